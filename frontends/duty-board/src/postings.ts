/** The day `months` months before `date` (clamped to the month's last day), as the posting rule counts. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Whether someone posted on `postedSince` has served less than the minimum at `on` (the request's first day). */
export function postedTooRecently(postedSince: string | null, on: string, minimumMonths: number): boolean {
  if (!postedSince) return false;
  return postedSince > monthsBefore(on, minimumMonths);
}

