import { GraphQLRequestError, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRespondError } from './errors';

afterEach(() => setLocale('zh-CN'));

const refused = (code: string) => new GraphQLRequestError(code, 'this escalation has already been responded to', { errors: [{ message: 'server text', extensions: { code } }] });

describe('a refused response to an escalation', () => {
  it('is told in the page’s language from extensions.code, never the server’s text', () => {
    expect(describeRespondError(refused('CONFLICT'))).toBe('该督办已经答复过，不能重复答复。请刷新后查看。');
    expect(describeRespondError(refused('BAD_USER_INPUT'))).toBe('书面答复不能为空，且不得超过 4000 字');
    expect(describeRespondError(refused('FORBIDDEN'))).toBe('只有办件的承办部门或大厅管理员可以答复督办');
    setLocale('en');
    expect(describeRespondError(refused('CONFLICT'))).toBe('This escalation has already been answered; it cannot be answered twice. Reload to see it.');
    expect(describeRespondError(refused('CONFLICT'))).not.toContain('responded to');
  });
});
