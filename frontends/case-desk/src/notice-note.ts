/**
 * The cases subgraph keeps a notice's free-text note but no supplement deadline, so the desk writes the deadline as
 * the note's first line, in words a reader of the raw trail understands too, and reads it back for the print view.
 */
const DEADLINE_LINE = /^补正期限：(\d{4}-\d{2}-\d{2})(?:\n|$)/;

export function composeNoticeNote(deadline: string | null, note: string): string {
  const text = note.trim();
  if (!deadline) return text;
  return text ? `补正期限：${deadline}\n${text}` : `补正期限：${deadline}`;
}

export function parseNoticeNote(raw: string): { deadline: string | null; note: string } {
  const match = DEADLINE_LINE.exec(raw);
  if (!match) return { deadline: null, note: raw.trim() };
  return { deadline: match[1] ?? null, note: raw.slice(match[0].length).trim() };
}
