import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkEvidence, detectType, MAX_BYTES } from './evidence';

export const samples = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  wav: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WAVEfmt ')]),
  mp3: Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 0])]),
  mp3Frame: Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0]),
  aac: Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0]),
  m4a: Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A '), Buffer.from([0, 0, 0, 0])]),
  pdf: Buffer.from('%PDF-1.7\n'),
};

describe('detectType (magic bytes)', () => {
  it.each([
    ['jpeg', 'PHOTO', 'image/jpeg'],
    ['png', 'PHOTO', 'image/png'],
    ['webp', 'PHOTO', 'image/webp'],
    ['wav', 'AUDIO', 'audio/wav'],
    ['mp3', 'AUDIO', 'audio/mpeg'],
    ['mp3Frame', 'AUDIO', 'audio/mpeg'],
    ['aac', 'AUDIO', 'audio/aac'],
    ['m4a', 'AUDIO', 'audio/mp4'],
  ] as const)('recognises %s', (name, kind, mimeType) => {
    expect(detectType(samples[name])).toEqual({ kind, mimeType });
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectType(samples.pdf)).toBeNull();
    expect(checkEvidence(samples.pdf.toString('base64'))).toMatchObject({ ok: false });
  });
});

describe('checkEvidence', () => {
  it('stores the SHA-256 of the bytes', () => {
    const result = checkEvidence(samples.png.toString('base64'));
    expect(result).toMatchObject({ ok: true, kind: 'PHOTO', sha256: createHash('sha256').update(samples.png).digest('hex') });
  });

  it('limits photos to 10 MB and audio to 20 MB', () => {
    const photo = Buffer.concat([samples.jpeg, Buffer.alloc(MAX_BYTES.PHOTO)]);
    expect(checkEvidence(photo.toString('base64'))).toMatchObject({ ok: false, reason: expect.stringContaining('photo') });
    const audio = Buffer.concat([samples.wav, Buffer.alloc(MAX_BYTES.PHOTO)]);
    expect(checkEvidence(audio.toString('base64'))).toMatchObject({ ok: true, kind: 'AUDIO' });
    const tooLong = Buffer.concat([samples.wav, Buffer.alloc(MAX_BYTES.AUDIO)]);
    expect(checkEvidence(tooLong.toString('base64'))).toMatchObject({ ok: false });
  });

  it('refuses what is not base64', () => {
    expect(checkEvidence('not base64!')).toMatchObject({ ok: false, reason: 'the content is not base64' });
  });
});
