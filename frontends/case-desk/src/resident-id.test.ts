import { describe, expect, it } from 'vitest';
import { isMobileNumber, residentIdCheckChar, residentIdProblem } from './resident-id';

describe('the resident ID check', () => {
  it('computes the GB 11643 check character, X included', () => {
    // The standard's own example 11010519491231002X.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('33990219920315048')).toBe('8');
  });

  it('accepts a valid number, a lower-case x too', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdProblem('339902199203150488')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(residentIdProblem('110105194912310021')).toBe('checkDigit');
    expect(residentIdProblem('11010519490231002X')).toBe('birthDate');
    expect(residentIdProblem('1101051949123100')).toBe('format');
    expect(residentIdProblem('11010519491231002Y')).toBe('format');
  });
});

describe('the mobile number check', () => {
  it('takes 11 digits starting 13–19 only', () => {
    expect(isMobileNumber('13957160328')).toBe(true);
    expect(isMobileNumber('12957160328')).toBe(false);
    expect(isMobileNumber('1395716032')).toBe(false);
    expect(isMobileNumber('139571603281')).toBe(false);
  });
});
