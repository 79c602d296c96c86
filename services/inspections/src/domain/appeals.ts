const DAY_MS = 86_400_000;

/** A department may appeal a finding within `appealDays` × 24 h of the inspection's submission (申诉期). */
export function appealDeadline(submittedAt: Date | null, appealDays: number): Date | null {
  return submittedAt ? new Date(submittedAt.getTime() + appealDays * DAY_MS) : null;
}

export function appealWindowOpen(submittedAt: Date | null, appealDays: number, now: Date): boolean {
  const deadline = appealDeadline(submittedAt, appealDays);
  return deadline !== null && now.getTime() < deadline.getTime();
}
