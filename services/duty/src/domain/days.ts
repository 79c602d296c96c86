/** Calendar days as `YYYY-MM-DD` strings and the hall's time zone: the platform's shared helpers. */
export { addDays, daysBetween, isKnownTimeZone, localDateOf, mondayOf } from '@hall/service-kit';
