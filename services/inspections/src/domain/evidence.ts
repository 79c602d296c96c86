import { createHash } from 'node:crypto';

export type EvidenceKind = 'PHOTO' | 'AUDIO';

export interface DetectedType {
  kind: EvidenceKind;
  mimeType: string;
}

/** Largest accepted file per kind (bytes). */
export const MAX_BYTES: Record<EvidenceKind, number> = { PHOTO: 10 * 1024 * 1024, AUDIO: 20 * 1024 * 1024 };

const ascii = (bytes: Uint8Array, start: number, text: string) =>
  bytes.length >= start + text.length && [...text].every((char, i) => bytes[start + i] === char.charCodeAt(0));

/**
 * The file's real type from its first bytes (magic numbers), whatever name or type it was declared with:
 * JPEG, PNG, WebP photos; MP3 (ID3 tag or MPEG frame sync), M4A (ISO BMFF `ftyp` with an M4A/audio brand),
 * AAC (ADTS sync), WAV (RIFF…WAVE) audio. Anything else is null.
 */
export function detectType(bytes: Uint8Array): DetectedType | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { kind: 'PHOTO', mimeType: 'image/jpeg' };
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((value, i) => b(i) === value)) return { kind: 'PHOTO', mimeType: 'image/png' };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { kind: 'PHOTO', mimeType: 'image/webp' };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return { kind: 'AUDIO', mimeType: 'audio/wav' };
  if (ascii(bytes, 0, 'ID3')) return { kind: 'AUDIO', mimeType: 'audio/mpeg' };
  if (ascii(bytes, 4, 'ftyp') && ['M4A ', 'M4B ', 'mp42', 'isom'].some((brand) => ascii(bytes, 8, brand))) return { kind: 'AUDIO', mimeType: 'audio/mp4' };
  // ADTS (AAC): 12 sync bits, layer 00; MPEG audio frame (MP3): 11 sync bits, layer 01 (Layer III).
  if (b(0) === 0xff && (b(1) & 0xf6) === 0xf0) return { kind: 'AUDIO', mimeType: 'audio/aac' };
  if (b(0) === 0xff && (b(1) & 0xe6) === 0xe2) return { kind: 'AUDIO', mimeType: 'audio/mpeg' };
  return null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict base64 (no whitespace, correct padding); null when it is not base64. */
export function decodeBase64(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  return Buffer.from(text, 'base64');
}

export type EvidenceCheck = { ok: true; kind: EvidenceKind; mimeType: string; bytes: Buffer; sha256: string } | { ok: false; reason: string };

export function checkEvidence(base64: string): EvidenceCheck {
  if (base64.length > Math.ceil(MAX_BYTES.AUDIO / 3) * 4) return { ok: false, reason: `the file is larger than ${MAX_BYTES.AUDIO} bytes` };
  const bytes = decodeBase64(base64);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'the content is not base64' };
  const type = detectType(bytes);
  if (!type) return { ok: false, reason: 'the file is not a JPEG, PNG or WebP photo nor an MP3, M4A, AAC or WAV recording' };
  if (bytes.length > MAX_BYTES[type.kind]) return { ok: false, reason: `a ${type.kind.toLowerCase()} may be at most ${MAX_BYTES[type.kind]} bytes` };
  return { ok: true, ...type, bytes, sha256: sha256Hex(bytes) };
}
