import { describe, expect, it } from 'vitest';
import { composeNoticeNote, parseNoticeNote } from './notice-note';

describe('the notice’s supplement deadline', () => {
  it('round-trips through the note', () => {
    const note = composeNoticeNote('2026-12-04', '  请携带原件  ');
    expect(note).toBe('补正期限：2026-12-04\n请携带原件');
    expect(parseNoticeNote(note)).toEqual({ deadline: '2026-12-04', note: '请携带原件' });
    expect(parseNoticeNote(composeNoticeNote('2026-12-04', ''))).toEqual({ deadline: '2026-12-04', note: '' });
  });

  it('reads a note written elsewhere as a plain note', () => {
    expect(parseNoticeNote('缺少经营场所证明')).toEqual({ deadline: null, note: '缺少经营场所证明' });
    expect(composeNoticeNote(null, '说明')).toBe('说明');
  });
});
