import { GraphQLRequestError, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskDepartments, refusalText, retryMinutes } from './kiosk';
import { kioskOption } from './testing/fixtures';

afterEach(() => setLocale('zh-CN'));

const refused = (code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError(code, 'English text from the server', { errors: [{ message: 'English text from the server', extensions: { code, ...extensions } }] });

describe('kioskDepartments', () => {
  it('groups the lines by department in the order given, leaving out a department nobody could name', () => {
    const options = [
      kioskOption('d-scjg', '市场监督管理局', 'PERMIT', 3),
      kioskOption('d-gaj', '公安局', 'PERMIT', 0),
      kioskOption('d-scjg', '市场监督管理局', 'CHANGE', 1),
      { ...kioskOption('d-x', '?', 'OTHER', 2), department: null },
    ];
    expect(kioskDepartments(options)).toEqual([
      { id: 'd-scjg', name: '市场监督管理局', hallZone: 'A', lines: [{ category: 'PERMIT', waiting: 3 }, { category: 'CHANGE', waiting: 1 }] },
      { id: 'd-gaj', name: '公安局', hallZone: 'A', lines: [{ category: 'PERMIT', waiting: 0 }] },
    ]);
  });
});

describe('refusalText', () => {
  it('translates RATE_LIMITED with the wait in whole minutes, never the server’s English', () => {
    expect(retryMinutes(refused('RATE_LIMITED', { retryAfter: 61 }))).toBe(2);
    expect(retryMinutes(refused('RATE_LIMITED'))).toBe(1);
    expect(refusalText(refused('RATE_LIMITED', { retryAfter: 600 }))).toBe('取号过于频繁，请 10 分钟后再试，或到导服台咨询');
    setLocale('en');
    expect(refusalText(refused('RATE_LIMITED', { retryAfter: 30 }))).toBe(
      'Too many tickets from this kiosk; try again in 1 minute or ask at the information desk',
    );
  });

  it('says that no window serves the line for BAD_USER_INPUT, and the shared text for anything else', () => {
    expect(refusalText(refused('BAD_USER_INPUT'))).toBe('该业务当前没有窗口办理，请到导服台咨询');
    expect(refusalText(refused('NETWORK_ERROR'))).not.toContain('English');
    setLocale('en');
    expect(refusalText(refused('BAD_USER_INPUT'))).toBe('No window serves this right now; please ask at the information desk');
  });
});
