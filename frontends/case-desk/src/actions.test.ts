import { describe, expect, it } from 'vitest';
import { deskActions } from './actions';

/** The subgraph's `availableActions` per status (services/cases/src/domain/lifecycle.ts), as the desk names them. */
describe('the steps offered per status', () => {
  it('offers acceptance, the notice, referral and refusal only before acceptance', () => {
    expect(deskActions(['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFER', 'REJECT', 'WITHDRAW'])).toEqual(['accept', 'supplement', 'refer', 'reject', 'withdraw']);
    expect(deskActions(['START_REVIEW', 'REQUEST_SUPPLEMENT', 'WITHDRAW'])).toEqual(['startReview', 'supplement', 'withdraw']);
  });

  it('follows the review, the decision and the delivery', () => {
    expect(deskActions(['START_REVIEW', 'WITHDRAW'])).toEqual(['startReview', 'withdraw']);
    expect(deskActions(['APPROVE', 'DENY', 'REQUEST_SUPPLEMENT', 'SUSPEND', 'WITHDRAW'])).toEqual(['approve', 'deny', 'supplement', 'suspend', 'withdraw']);
    expect(deskActions(['RESUME', 'WITHDRAW'])).toEqual(['resume', 'withdraw']);
    expect(deskActions(['RESUBMIT', 'WITHDRAW'])).toEqual(['resubmit', 'withdraw']);
    expect(deskActions(['COMPLETE'])).toEqual(['complete']);
    expect(deskActions(['DELIVER'])).toEqual(['deliver']);
  });

  it('offers nothing on a closed case', () => {
    expect(deskActions([])).toEqual([]);
  });
});
