export type * from './types';
export { DEMO_ID_NAMESPACE, demoId, uuidV5 } from './ids';
export { Random, hashSeed } from './random';
export { DEMO_NOW, DEMO_REFERENCE, DEMO_REFERENCE_DATE, HALL_TIME_ZONE, type DemoReference } from './calendar';
export {
  DEMO_NOW_ENV,
  DEMO_REFERENCE_DATE_ENV,
  demoReferenceEnv,
  demoReferenceFromEnv,
  hallDateOf,
  persistedDemoReference,
} from './reference';
export { isValidResidentId, residentIdCheckDigit } from './resident-id';
export { demoHall } from './hall';
export { demoUsers } from './users';
export { DEFAULT_CHECKLIST } from './checklist';
// Building blocks the scale generator (`@hall/scale`) shares with the demo hall.
export {
  CLOSING_MINUTE,
  OPENING_MINUTE,
  addWorkingDays,
  dayOf,
  isoOf,
  isWeekend,
  localDayOf,
  localTime,
  workingDayOnOrAfter,
} from './calendar';
export { CITY_NAME, DISTRICT_CODES, HALL_NAME, PHONE_AREA_CODE, REGION_CODE } from './city';
export { DEPARTMENT_SEEDS, HALL_ZONES } from './departments';
export { matterCoder, matterFromSeed } from './matter-factory';
export { MATTER_SEEDS } from './matters';
export { randomMobile, randomPerson } from './people';
export { makeResidentId } from './resident-id';
