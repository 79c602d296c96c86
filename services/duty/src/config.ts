import { isKnownTimeZone } from './domain/days';

/** The hall's time zone (`HALL_TZ`, default Asia/Shanghai): days, periods and opening hours are counted in it. */
export function hallTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.HALL_TZ || 'Asia/Shanghai';
  if (!isKnownTimeZone(zone)) throw new Error(`HALL_TZ=${zone} is not a time zone this runtime knows`);
  return zone;
}
