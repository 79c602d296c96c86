/**
 * A UUID laid out as version 7 (RFC 9562): `prefix` in the first 48 bits (a millisecond time, or any number that
 * grows), then 74 bits taken from `random` (10 bytes from `offset`). Rows written in the order of their prefix land at
 * the right edge of each B-tree instead of on random pages, which keeps a bulk load's index writes local (ADR 0008).
 */
export function uuidV7Layout(prefix: number, random: Uint8Array, offset = 0): string {
  const bytes = Buffer.allocUnsafe(16);
  bytes.writeUIntBE(Math.max(0, Math.min(Math.floor(prefix), 2 ** 48 - 1)), 0, 6);
  bytes.set(random.subarray(offset, offset + 10), 6);
  bytes.writeUInt8(0x70 | (bytes.readUInt8(6) & 0x0f), 6); // version 7
  bytes.writeUInt8(0x80 | (bytes.readUInt8(8) & 0x3f), 8); // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
