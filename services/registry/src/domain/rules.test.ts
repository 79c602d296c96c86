// The registry's rules without a database: the two number formats and the stage machine.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { certificateNumberSchema, unitNumberSchema } from './numbers';
import { applyStep, nextStage, REGISTRATION_STAGES, type RegistrationState } from './stages';

const UNIT = '339902001003GB00012F00010203';
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : String(error);
  }
};

describe('unit number (不动产单元号)', () => {
  it('is 28 digits and capital letters, trimmed', () => {
    expect(unitNumberSchema.parse(` ${UNIT}\t`)).toBe(UNIT);
    expect(unitNumberSchema.safeParse('A'.repeat(28)).success).toBe(true);
    for (const bad of [UNIT.slice(1), `${UNIT}1`, UNIT.toLowerCase(), `${UNIT.slice(0, 27)}Ｆ`, `${UNIT.slice(0, 27)}-`, '']) {
      expect(unitNumberSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('certificate number (不动产权证书号)', () => {
  it('reads province (year) city 不动产权第 7 digits 号, or 不动产证明 for a mortgage', () => {
    for (const good of [
      '浙(2026)临江市不动产权第0012345号',
      '浙（2026）临江市不动产权第0012345号',
      '苏(2025)南京市不动产证明第0000001号',
      '京(2026)朝阳区不动产权第1234567号',
    ]) {
      expect(certificateNumberSchema.safeParse(good).success, good).toBe(true);
    }
    for (const bad of [
      '浙(26)临江市不动产权第0012345号',
      '浙(2026)临江市不动产权第001234号',
      '(2026)临江市不动产权第0012345号',
      'ZJ(2026)LJ不动产权第0012345号',
      '浙(2026)临江市房产证第0012345号',
    ]) {
      expect(certificateNumberSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('stages', () => {
  it('follow 受理 → 审核 → 登簿 → 缮证 → 发证', () => {
    expect(REGISTRATION_STAGES.map((stage) => nextStage(stage))).toEqual(['REVIEWED', 'RECORDED', 'CERTIFIED', 'ISSUED', null]);
  });

  it('start at ACCEPTED with the unit number and move forward one at a time', () => {
    let state: RegistrationState | null = null;
    state = applyStep(state, { stage: 'ACCEPTED', unitNumber: UNIT });
    state = applyStep(state, { stage: 'REVIEWED' });
    state = applyStep(state, { stage: 'RECORDED', unitNumber: UNIT });
    state = applyStep(state, { stage: 'CERTIFIED', certificateNumber: '浙(2026)临江市不动产权第0012345号' });
    state = applyStep(state, { stage: 'ISSUED' });
    expect(state).toEqual({ stage: 'ISSUED', unitNumber: UNIT, certificateNumber: '浙(2026)临江市不动产权第0012345号' });
  });

  it('refuse every other move: CONFLICT for the order, BAD_USER_INPUT for the numbers', () => {
    const at = (stage: RegistrationState['stage'], certificateNumber: string | null = null): RegistrationState => ({
      stage,
      unitNumber: UNIT,
      certificateNumber,
    });
    expect(codeOf(() => applyStep(null, { stage: 'REVIEWED', unitNumber: UNIT }))).toBe('CONFLICT');
    expect(codeOf(() => applyStep(null, { stage: 'ACCEPTED' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => applyStep(at('ACCEPTED'), { stage: 'RECORDED' }))).toBe('CONFLICT');
    expect(codeOf(() => applyStep(at('RECORDED'), { stage: 'REVIEWED' }))).toBe('CONFLICT');
    expect(codeOf(() => applyStep(at('RECORDED'), { stage: 'RECORDED' }))).toBe('CONFLICT');
    expect(codeOf(() => applyStep(at('ISSUED', 'x'), { stage: 'ISSUED' }))).toBe('CONFLICT');
    expect(codeOf(() => applyStep(at('RECORDED'), { stage: 'CERTIFIED' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => applyStep(at('ACCEPTED'), { stage: 'REVIEWED', certificateNumber: 'x' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => applyStep(at('ACCEPTED'), { stage: 'REVIEWED', unitNumber: 'OTHER' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => applyStep(at('CERTIFIED', 'a'), { stage: 'ISSUED', certificateNumber: 'b' }))).toBe('BAD_USER_INPUT');
  });
});
