import jsQR from 'jsqr';

const SCALE = 4;

/** Reads back what an SVG path of unit squares (as drawn by qr-path.ts) encodes, with a real QR decoder. */
export function readQrPath(size: number, d: string): string | null {
  const side = size * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let dy = 0; dy < SCALE; dy += 1) {
      for (let dx = 0; dx < Number(width) * SCALE; dx += 1) {
        const offset = ((Number(y) * SCALE + dy) * side + Number(x) * SCALE + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}
