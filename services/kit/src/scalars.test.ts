import { Kind, type ValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, isIsoDate } from './scalars';

function codeOf(work: () => unknown): unknown {
  try {
    work();
    return 'accepted';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('Date scalar', () => {
  it('accepts real calendar days written YYYY-MM-DD, as variables and as literals', () => {
    expect(DateScalar.parseValue('2026-11-20')).toBe('2026-11-20');
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-10-01' } as ValueNode)).toBe('2026-10-01');
    expect(DateScalar.serialize('2026-01-04')).toBe('2026-01-04');
  });

  it('refuses anything else with BAD_USER_INPUT', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-5',
      '20261120',
      '2026-11-20T00:00:00Z',
      ' 2026-11-20',
      '',
      20261120,
      null,
    ]) {
      expect(codeOf(() => DateScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20261120' } as ValueNode))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => DateScalar.serialize(new Date()))).toBe('BAD_USER_INPUT');
  });

  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('DateTime scalar', () => {
  it('round-trips ISO timestamps and refuses garbage', () => {
    expect(DateTimeScalar.serialize(DateTimeScalar.parseValue('2026-11-20T09:06:00+08:00'))).toBe('2026-11-20T01:06:00.000Z');
    expect(codeOf(() => DateTimeScalar.parseValue('yesterday'))).toBe('BAD_USER_INPUT');
  });
});
