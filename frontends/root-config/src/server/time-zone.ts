/** HALL_TZ's default, as in the services (services/kit/src/calendar/days.ts `hallTimeZone`). */
export const DEFAULT_HALL_TIME_ZONE = 'Asia/Shanghai';

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The hall's time zone from `HALL_TZ` (default Asia/Shanghai); an unknown zone stops the server at start. */
export function hallTimeZoneFromEnv(env: NodeJS.ProcessEnv): string {
  const zone = env.HALL_TZ || DEFAULT_HALL_TIME_ZONE;
  if (!isKnownTimeZone(zone)) throw new Error(`HALL_TZ=${zone} is not a known time zone`);
  return zone;
}
