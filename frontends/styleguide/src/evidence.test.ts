import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, toBase64 } from './evidence';

const MB = 1024 * 1024;

describe('checkEvidenceFile', () => {
  it('refuses photos over 10 MB and recordings over 20 MB before uploading', () => {
    expect(checkEvidenceFile({ size: 10 * MB, type: 'image/jpeg' }, 'PHOTO')).toBeNull();
    expect(checkEvidenceFile({ size: 10 * MB + 1, type: 'image/jpeg' }, 'PHOTO')).toEqual({ reason: 'tooLarge', limitMb: 10 });
    expect(checkEvidenceFile({ size: 15 * MB, type: 'audio/mpeg' }, 'AUDIO')).toBeNull();
    expect(checkEvidenceFile({ size: 20 * MB + 1, type: 'audio/mpeg' }, 'AUDIO')).toEqual({ reason: 'tooLarge', limitMb: 20 });
  });

  it('refuses types the server cannot read, and empty files; an unknown type is left to the server', () => {
    expect(checkEvidenceFile({ size: 100, type: 'image/heic' }, 'PHOTO')).toEqual({ reason: 'type' });
    expect(checkEvidenceFile({ size: 0, type: 'image/png' }, 'PHOTO')).toEqual({ reason: 'empty' });
    expect(checkEvidenceFile({ size: 100, type: '' }, 'PHOTO')).toBeNull();
  });
});

describe('toBase64', () => {
  it('encodes bytes as the server expects', () => {
    expect(toBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer)).toBe('iVBORw==');
  });
});
