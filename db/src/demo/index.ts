export type * from './types';
export { DEMO_ID_NAMESPACE, demoId, uuidV5 } from './ids';
export { Random, hashSeed } from './random';
export { DEMO_NOW, DEMO_REFERENCE_DATE, HALL_TIME_ZONE } from './calendar';
export { isValidResidentId, residentIdCheckDigit } from './resident-id';
export { demoHall } from './hall';
export { demoUsers } from './users';
export { DEFAULT_CHECKLIST } from './checklist';
