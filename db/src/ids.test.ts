import { describe, expect, it } from 'vitest';
import { uuidV7Layout } from './ids';

describe('uuidV7Layout', () => {
  it('puts the prefix first, marks version 7 and the RFC 9562 variant, and takes the rest from the random bytes', () => {
    const random = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 0xab, 0xcd]);
    expect(uuidV7Layout(0x0123_4567_89ab, random)).toBe('01234567-89ab-7fff-bfff-010203040506');
    expect(uuidV7Layout(0x0123_4567_89ab, random, 2)).toBe('01234567-89ab-7fff-8102-03040506abcd');
  });

  it('sorts by prefix whatever the random part, so ids written in order ascend', () => {
    const high = new Uint8Array(10).fill(0xff);
    const low = new Uint8Array(10);
    const ids = [
      uuidV7Layout(1, high),
      uuidV7Layout(2, low),
      uuidV7Layout(Date.UTC(2026, 10, 21), high),
      uuidV7Layout(Date.UTC(2026, 10, 22), low),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(uuidV7Layout(-5, low)).toBe('00000000-0000-7000-8000-000000000000');
  });
});
