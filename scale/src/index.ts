export { generate, periodOf, DatabaseNotEmptyError, type GenerateOptions, type GenerationSummary } from './generate';
export { buildOrganisation, type Organisation, type ScaleMatter } from './organisation';
export { PROFILES, SCALE_NAMES, type ScaleName, type ScaleProfile } from './profiles';
export type { GenerationContext, LoadReport, Loader } from './context';
