import { ENUM_LABELS, type HallEnums } from './enum-labels';
import type { Locale } from './locale';

type Prefixed<Prefix extends string, Kind extends keyof HallEnums> = Record<`${Prefix}.${HallEnums[Kind]}`, string>;

function prefixed<Prefix extends string, Kind extends keyof HallEnums>(locale: Locale, prefix: Prefix, kind: Kind): Prefixed<Prefix, Kind> {
  const labels: Record<string, string> = ENUM_LABELS[locale][kind];
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [`${prefix}.${value}`, label])) as Prefixed<Prefix, Kind>;
}

function catalogFor(locale: Locale) {
  return {
    ...prefixed(locale, 'kind', 'MatterKind'),
    ...prefixed(locale, 'category', 'MatterCategory'),
    ...prefixed(locale, 'form', 'MaterialForm'),
    ...prefixed(locale, 'channel', 'Channel'),
  };
}

/**
 * Labels of the catalog's enums (办件类型, 事项类别, 材料形式, 办理渠道) as `kind.*`, `category.*`, `form.*`, `channel.*`
 * keys for an app's `defineMessages` catalogue, taken from the enum labels. Prefer `enumLabel` in new code.
 */
export const catalogLabels = { 'zh-CN': catalogFor('zh-CN'), en: catalogFor('en') };
