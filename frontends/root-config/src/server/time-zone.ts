// The root page hands the hall's time zone to the apps; it is the services' HALL_TZ, read by the kit's one rule.
export { DEFAULT_HALL_TIME_ZONE, hallTimeZone as hallTimeZoneFromEnv, isKnownTimeZone } from '@hall/service-kit/calendar';
