import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');

describe('the print layout', () => {
  it('prints on A4 with 15 mm margins', () => {
    expect(read('print.css')).toMatch(/@page\s*{\s*size:\s*A4;\s*margin:\s*15mm;\s*}/);
  });

  it('hides the print view’s toolbar on paper and names a Chinese font first', () => {
    const view = read('components/PrintGuide.vue');
    const print = view.slice(view.indexOf('@media print'));
    expect(print).toMatch(/\.guide-print__toolbar\s*{\s*display:\s*none/);
    expect(print).toMatch(/font-family:\s*'Noto Sans CJK SC'/);
  });
});
