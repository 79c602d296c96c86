import './styles/tokens.css';
import './styles/base.css';

export { tokens, tokenProperty, tokenVar, type TokenName } from './tokens';

export { default as HallPage } from './components/HallPage.vue';
export { default as SectionCard } from './components/SectionCard.vue';
export { default as EmptyState } from './components/EmptyState.vue';
export { default as StatusTag } from './components/StatusTag.vue';
export { default as QueryError } from './components/QueryError.vue';
export type { StatusTone } from './components/status-tone';

export { LOCALES, DEFAULT_LOCALE, LOCALE_STORAGE_KEY, LOCALE_CHANGED_EVENT, isLocale, setLocale, type Locale } from './i18n/locale';
export { createHallI18n, type HallI18n, type MessageCatalogue, type MessageParams, type Translate } from './i18n/define-messages';
export { enumLabel, enumOptions, enumValues, type HallEnums } from './i18n/enum-labels';
export { t, type CommonMessageKey } from './i18n/messages';
export { useLocale, type LocaleControls } from './i18n/use-locale';
export { formatPercent, formatWorkingDays, formatYuan, roleLabel } from './format';

export {
  SESSION_STORAGE_KEY,
  SESSION_CHANGED_EVENT,
  ROLES,
  getSession,
  setSession,
  onSessionChange,
  parseSession,
  useSession,
  type Role,
  type Session,
  type SessionUser,
} from './session';

export { DEFAULT_GATEWAY_URL, DEFAULT_HALL_TIME_ZONE, getHallConfig, type HallConfig } from './config';
export { addHallDays, answeredTimeZone, formatHallDateTime, formatHallTime, hallDay, hallTimeZone, type HallDateTimeStyle } from './hall-time';
export { gql, gqlPartial, type GqlOptions, type GraphQLVariables, type PartialAnswer, type ResultOf, type TypedDocument, type VariablesOf } from './graphql/client';
export { GraphQLRequestError, describeError, type GraphQLErrorEntry, type HallErrorCode } from './graphql/errors';
export { useQuery, type QueryOptions, type QueryResult } from './graphql/use-query';

export { installStyleguide } from './install';
export {
  cssLifecycles,
  ensureStylesheet,
  ensureBaseStylesheets,
  styleguideCssUrl,
  elementPlusCssUrl,
  type CssLifecycles,
  type LifecycleFn,
} from './stylesheets';
export { useMediaQuery, NARROW_SCREEN } from './use-media-query';
export { checkEvidenceFile, dataUrl, formatSize, MAX_BYTES as EVIDENCE_MAX_BYTES, toBase64, type EvidenceKind, type EvidenceProblem } from './evidence';
