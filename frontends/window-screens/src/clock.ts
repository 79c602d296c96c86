/** An instant as HH:MM on the hall's clock. */
export function hallClock(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** Today in the hall's time zone, YYYY-MM-DD (en-CA writes dates that way). */
export function hallToday(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
