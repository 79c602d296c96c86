import { describe, expect, it } from 'vitest';
import { applicantKey } from './applicant-key';

const secret = new TextEncoder().encode('a test key of the applicant link');

describe('the applicant link', () => {
  it('is the same for one ID number however it is typed, different for another number or another key', () => {
    const key = applicantKey('33990119850505123X', secret);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(applicantKey(' 33990119850505123x ', secret)).toBe(key);
    expect(applicantKey('339901198505051231', secret)).not.toBe(key);
    expect(applicantKey('33990119850505123X', new TextEncoder().encode('another key'))).not.toBe(key);
  });
});
