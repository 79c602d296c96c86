import { create } from 'qrcode';

/** The light margin around the symbol the QR standard asks for (4 modules). */
const QUIET_ZONE = 4;

export interface QrPath {
  /** The symbol's width in modules, quiet zone included: the SVG's viewBox side. */
  size: number;
  /** One SVG path of every dark module, one unit per module. */
  d: string;
}

/**
 * The QR symbol of `text` (error correction M, readable off a printed A4 sheet) as an SVG path, drawn by Vue as a
 * plain <svg> element: no data: URL and no inline style for the page's Content-Security-Policy to refuse.
 */
export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, d: runs.join('') };
}
