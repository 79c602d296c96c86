import { describe, expect, it } from 'vitest';
import { availableActions } from './transitions';

describe('the steps offered per status', () => {
  it('offers acceptance, the notice, referral and refusal only before acceptance', () => {
    expect(availableActions('SUBMITTED', false)).toEqual(['accept', 'supplement', 'refer', 'reject', 'withdraw']);
    expect(availableActions('RESUBMITTED', false)).toEqual(['accept', 'supplement', 'refer', 'reject', 'withdraw']);
    expect(availableActions('RESUBMITTED', true)).toEqual(['startReview', 'supplement', 'withdraw']);
  });

  it('follows the review, the decision and the delivery', () => {
    expect(availableActions('ACCEPTED', true)).toEqual(['startReview', 'withdraw']);
    expect(availableActions('UNDER_REVIEW', true)).toEqual(['approve', 'deny', 'supplement', 'suspend', 'withdraw']);
    expect(availableActions('SUSPENDED', true)).toEqual(['resume', 'withdraw']);
    expect(availableActions('SUPPLEMENT_REQUESTED', true)).toEqual(['resubmit', 'withdraw']);
    expect(availableActions('APPROVED', true)).toEqual(['complete']);
    expect(availableActions('DENIED', true)).toEqual(['complete']);
    expect(availableActions('COMPLETED', true)).toEqual(['deliver']);
  });

  it('offers nothing on a closed case', () => {
    for (const status of ['DELIVERED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED'] as const) expect(availableActions(status, false)).toEqual([]);
  });
});
