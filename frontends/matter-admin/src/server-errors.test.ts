import { GraphQLRequestError } from '@hall/styleguide';
import { describe, expect, it } from 'vitest';
import { describeRefusal } from './server-errors';

function refused(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLRequestError(code, message, { errors: [{ message, extensions: { code, ...extensions } }], status: 200 });
}

describe('describeRefusal', () => {
  it('puts BAD_USER_INPUT fields beside their fields, in Chinese where the rule is known', () => {
    const refusal = describeRefusal(
      refused('BAD_USER_INPUT', 'invalid input', {
        fields: [
          { path: 'committedLimitDays', message: 'the committed limit must not exceed the legal limit' },
          { path: 'materials.1.condition', message: 'a conditional material needs its condition' },
          { path: 'processSteps', message: 'the steps take 9 working days, more than the committed 5' },
          { path: 'name', message: 'String must contain at least 2 character(s)' },
        ],
      }),
    );
    expect(refusal.fields).toEqual({
      committedLimitDays: '承诺时限不能超过法定时限',
      'materials.1.condition': '非必要材料须说明提交情形',
      processSteps: '各环节合计 9 个工作日，超过承诺时限 5 个工作日',
      name: '服务器校验未通过：String must contain at least 2 character(s)',
    });
    expect(refusal).toMatchObject({ alert: '保存失败：服务器发现 4 处输入问题，已在对应字段标出', blocking: false });
  });

  it('shows a taken code at the code field', () => {
    const refusal = describeRefusal(refused('CONFLICT', 'a matter with this code already exists', { field: 'code' }));
    expect(refusal.fields).toEqual({ code: '该事项编码已被使用' });
  });

  it('explains FORBIDDEN and a CONFLICT without a field as refusals of the whole action', () => {
    expect(describeRefusal(refused('FORBIDDEN', 'a department admin edits only its own matters'))).toEqual({
      fields: {},
      alert: '无权操作：部门管理员只能管理本部门的事项',
      blocking: true,
    });
    const conflict = describeRefusal(refused('CONFLICT', 'version 2 is history; edit the current version 3'));
    expect(conflict.blocking).toBe(true);
    expect(conflict.alert).toContain('version 2 is history');
    expect(conflict.alert).toContain('请刷新后重试');
  });
});
