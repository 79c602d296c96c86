import { GraphQLRequestError } from '@hall/styleguide';
import { describe, expect, it } from 'vitest';
import { describePlanRefusal } from './plan-errors';

const windows = [{ id: 'w-7', number: 'B07', name: '不动产登记窗口' }];
const refusal = (message: string, windowId?: string) =>
  new GraphQLRequestError('CONFLICT', message, { errors: [{ message, extensions: { code: 'CONFLICT', ...(windowId ? { windowId } : {}) } }] });

describe('describePlanRefusal', () => {
  it('names the window and the constraint that makes the plan impossible', () => {
    expect(describePlanRefusal(refusal('window w-7 cannot be covered: every supervisor is tied to a department it serves (conflict of interest)', 'w-7'), windows)).toBe(
      'B07 不动产登记窗口 无法安排：监督员与该窗口所属部门存在关联（回避）',
    );
    expect(describePlanRefusal(refusal('window w-7 cannot be covered: every eligible supervisor visited it less than 90 days before or after', 'w-7'), windows)).toContain(
      '90 天内同一监督员不得重复暗访同一窗口',
    );
    expect(describePlanRefusal(refusal('the period has no working day', 'w-7'), windows)).toBe('所选期间没有工作日');
  });

  it('keeps an unknown reason readable', () => {
    expect(describePlanRefusal(refusal('something new'), windows)).toBe('something new');
  });
});
