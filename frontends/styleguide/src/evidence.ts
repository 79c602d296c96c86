/** Inspection evidence (photos, audio) as the inspections subgraph accepts it: checked here before uploading. */
export type EvidenceKind = 'PHOTO' | 'AUDIO';

/** The server's limits (services/inspections/README.md): photos ≤ 10 MB, audio ≤ 20 MB, types read from the bytes. */
export const MAX_BYTES: Record<EvidenceKind, number> = { PHOTO: 10 * 1024 * 1024, AUDIO: 20 * 1024 * 1024 };
const ACCEPTED: Record<EvidenceKind, readonly string[]> = {
  PHOTO: ['image/jpeg', 'image/png', 'image/webp'],
  AUDIO: ['audio/mpeg', 'audio/mp3', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/wav', 'audio/x-wav', 'audio/wave'],
};

export type EvidenceProblem = { reason: 'tooLarge'; limitMb: number } | { reason: 'type' } | { reason: 'empty' };

/** Checked before uploading, so a phone on a slow line does not send 15 MB only to be refused. */
export function checkEvidenceFile(file: Pick<File, 'size' | 'type'>, kind: EvidenceKind): EvidenceProblem | null {
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > MAX_BYTES[kind]) return { reason: 'tooLarge', limitMb: MAX_BYTES[kind] / 1024 / 1024 };
  // Some phones leave the type empty; the server reads the bytes anyway.
  if (file.type && !ACCEPTED[kind].includes(file.type)) return { reason: 'type' };
  return null;
}

export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) binary += String.fromCharCode(...view.subarray(i, i + chunk));
  return btoa(binary);
}

export const dataUrl = (evidence: { mimeType: string; contentBase64: string }): string => `data:${evidence.mimeType};base64,${evidence.contentBase64}`;

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
