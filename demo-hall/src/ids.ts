import { createHash } from 'node:crypto';

/**
 * Namespace of every demo id. It is a fixed, arbitrarily chosen UUID: never change it, because every subgraph
 * computes the same ids from it to reference records kept in other databases.
 */
export const DEMO_ID_NAMESPACE = '7d4f3a1c-2b8e-4c5d-9a06-51e3f0b2c8d7';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 version-5 (SHA-1, name-based) UUID of `name` in `namespace`, lowercase with dashes. */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Not a UUID: ${namespace}`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6); // version 5
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8); // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Deterministic id of a demo record, e.g. `demoId('department', 'SCJG')`; identical in every subgraph. */
export function demoId(kind: string, key: string): string {
  if (kind === '' || key === '') throw new Error('demoId needs a kind and a key');
  return uuidV5(DEMO_ID_NAMESPACE, `${kind}:${key}`);
}
