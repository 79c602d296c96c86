import { GraphQLRequestError, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { describeDeskRefusal } from './desk-errors';

afterEach(() => setLocale('zh-CN'));

const refusal = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  GraphQLRequestError.fromErrors([{ message, extensions: { code, ...extensions } }], 200);

describe('describeDeskRefusal', () => {
  it('names the state and the step of an illegal bad-review step, never the server’s English', () => {
    const error = refusal('CONFLICT', 'COMPLETE is not allowed on a PENDING review', { status: 'PENDING' });
    expect(describeDeskRefusal(error, { desk: 'badReview', action: 'COMPLETE' })).toBe('该差评当前为“待整改”，不能整改完成');
    setLocale('en');
    expect(describeDeskRefusal(error, { desk: 'badReview', action: 'COMPLETE' })).toBe(
      'This review is "To rectify": cannot Mark rectified',
    );
  });

  it('tells who takes a bad-review step when the role may not', () => {
    const error = refusal('FORBIDDEN', 'the hall (the manager) verifies, calls back and decides on a bad review; the department rectifies');
    expect(describeDeskRefusal(error, { desk: 'badReview', action: 'DECLARE_INVALID' })).toBe(
      '核实、回访和无效差评、无法整改的认定由大厅管理员办理，部门负责整改',
    );
    expect(describeDeskRefusal(refusal('FORBIDDEN', 'x'), { desk: 'badReview', action: 'APPEAL' })).toBe(
      '申诉由被评价部门提出，大厅负责复核',
    );
  });

  it('recognises the callback rule and the single appeal', () => {
    expect(
      describeDeskRefusal(refusal('CONFLICT', 'a real-name bad review is closed only after the callback (回访) is recorded'), {
        desk: 'badReview',
        action: 'COMPLETE',
      }),
    ).toBe('实名差评须先完成回访，才能整改完成');
    expect(describeDeskRefusal(refusal('CONFLICT', 'a bad review is appealed once'), { desk: 'badReview', action: 'APPEAL' })).toBe(
      '每条差评只能申诉一次',
    );
  });

  it('names the complaint’s state, the escalation’s second response and the fields at fault', () => {
    expect(
      describeDeskRefusal(refusal('CONFLICT', 'a RECEIVED complaint cannot become CLOSED', { status: 'RECEIVED' }), {
        desk: 'complaint',
        step: 'close',
      }),
    ).toBe('该投诉当前为“已受理”，不能办结');
    expect(describeDeskRefusal(refusal('CONFLICT', 'this escalation has already been responded to'), { desk: 'escalation', step: 'respond' })).toBe(
      '该督办已回复，不能重复回复',
    );
    const fields = refusal('BAD_USER_INPUT', 'invalid input', {
      fields: [
        { path: 'input.complainantPhone', message: 'an 11-digit mobile number' },
        { path: 'content', message: 'too short' },
      ],
    });
    expect(describeDeskRefusal(fields, { desk: 'complaint', step: 'file' })).toBe('请检查：联系电话（11 位手机号）、投诉内容');
    expect(
      describeDeskRefusal(refusal('BAD_USER_INPUT', 'tags are chosen at verification (START) only', { field: 'tags' }), {
        desk: 'badReview',
        action: 'CALLBACK',
      }),
    ).toBe('请检查：差评标签');
  });

  it('tells the manager why a case cannot be escalated', () => {
    const raise = { desk: 'escalation', step: 'raise' } as const;
    expect(describeDeskRefusal(refusal('CONFLICT', 'this case is already escalated for its yellow card'), raise)).toBe('该办件的这张警示牌已督办');
    expect(describeDeskRefusal(refusal('CONFLICT', 'only a case with a yellow or red card is escalated (this one: NONE)'), raise)).toBe('只有亮黄牌或红牌的办件才能督办');
  });
});
