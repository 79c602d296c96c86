/** Calendar days and the hall's time zone: the platform's shared helpers. Working days come from the hall calendar. */
export { addDays, dayNumber, daysBetween, hallTimeZone, isKnownTimeZone, localDateOf as localDay } from '@hall/service-kit';
