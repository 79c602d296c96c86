import { describe, expect, it } from 'vitest';
import { appealOf, BAD_REVIEW_ACTIONS, badReviewOverdue } from './badReviews';

const at = (iso: string) => new Date(iso);

describe('the bad-review workflow table', () => {
  it('leaves appeals to the reviewed department and their decision to the hall', () => {
    expect(BAD_REVIEW_ACTIONS.APPEAL).toEqual({ from: ['PENDING', 'IN_PROGRESS'], to: 'APPEALED', actor: 'department' });
    expect(BAD_REVIEW_ACTIONS.UPHOLD_APPEAL).toEqual({ from: ['APPEALED'], to: 'INVALID', actor: 'manager' });
    expect(BAD_REVIEW_ACTIONS.REJECT_APPEAL).toEqual({ from: ['APPEALED'], to: 'IN_PROGRESS', actor: 'manager' });
    expect(Object.keys(BAD_REVIEW_ACTIONS)).not.toContain('OVERDUE');
  });
});

describe('badReviewOverdue', () => {
  const due = at('2026-12-11T09:00:00Z');
  it('is true for an open review past its deadline only', () => {
    expect(badReviewOverdue({ rectificationStatus: 'PENDING', rectificationDueAt: due }, at('2026-12-11T09:00:01Z'))).toBe(true);
    expect(badReviewOverdue({ rectificationStatus: 'IN_PROGRESS', rectificationDueAt: due }, at('2026-12-11T09:00:00Z'))).toBe(false);
    expect(badReviewOverdue({ rectificationStatus: 'APPEALED', rectificationDueAt: due }, at('2026-12-20T00:00:00Z'))).toBe(false);
    expect(badReviewOverdue({ rectificationStatus: 'DONE', rectificationDueAt: due }, at('2026-12-20T00:00:00Z'))).toBe(false);
    expect(badReviewOverdue({ rectificationStatus: null, rectificationDueAt: null }, at('2026-12-20T00:00:00Z'))).toBe(false);
  });
});

describe('appealOf', () => {
  const open = { action: 'OPEN', at: at('2026-11-20T02:00:00Z'), note: null };
  const appeal = { action: 'APPEAL', at: at('2026-11-21T02:00:00Z'), note: '评价对象错误' };
  it('is null without an appeal, undecided after it, and carries the hall’s decision', () => {
    expect(appealOf([open])).toBeNull();
    expect(appealOf([open, appeal])).toEqual({ reason: '评价对象错误', filedAt: appeal.at, decidedAt: null, upheld: null, decisionNote: null });
    const rejected = { action: 'REJECT_APPEAL', at: at('2026-11-23T02:00:00Z'), note: '差评属实' };
    expect(appealOf([open, appeal, rejected])).toEqual({ reason: '评价对象错误', filedAt: appeal.at, decidedAt: rejected.at, upheld: false, decisionNote: '差评属实' });
    const upheld = { ...rejected, action: 'UPHOLD_APPEAL', note: '申诉成立' };
    expect(appealOf([open, appeal, upheld])).toMatchObject({ upheld: true, decisionNote: '申诉成立' });
  });
});
