import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';
import { readQrPath } from './testing/read-qr';

describe('the QR code of the evaluation link', () => {
  it('encodes the link exactly, as a decoder reads it back', () => {
    const url = 'http://localhost:9000/evaluate?code=7K3MQ9ZT2HX4BC1D';
    const { size, d } = qrPath(url);
    expect(readQrPath(size, d)).toBe(url);
  });

  it('keeps the four-module quiet zone around the symbol', () => {
    const { size, d } = qrPath('http://localhost:9000/evaluate?code=7K3MQ9ZT2HX4BC1D');
    const starts = [...d.matchAll(/M(\d+) (\d+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(Math.min(...starts.map(([x]) => x ?? 0))).toBe(4);
    expect(Math.min(...starts.map(([, y]) => y ?? 0))).toBe(4);
    expect(Math.max(...starts.map(([, y]) => y ?? 0))).toBe(size - 5);
  });
});
