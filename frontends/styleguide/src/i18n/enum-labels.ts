import { en } from './enum-labels/en';
import type { EnumLabels, HallEnums } from './enum-labels/types';
import { zhCN } from './enum-labels/zh-CN';
import { currentLocale, type Locale } from './locale';

export type { EnumLabels, HallEnums } from './enum-labels/types';

/**
 * The one place that labels each of the platform's enums (generated from the supergraph into `../gql/enums.ts`), for
 * screens, prints and exports alike: `enumLabel('CaseStatus', 'UNDER_REVIEW')` → 审查中 / Under review.
 * A value added to the schema fails the typecheck in `enum-labels/zh-CN.ts` and `en.ts` until it has both labels.
 */
export const ENUM_LABELS: Readonly<Record<Locale, EnumLabels>> = { 'zh-CN': zhCN, en };

/** The label of an enum value in the page's language (reactive: a template using it re-renders on a switch). */
export function enumLabel<Kind extends keyof HallEnums>(kind: Kind, value: HallEnums[Kind]): string {
  const labels: Record<HallEnums[Kind], string> = ENUM_LABELS[currentLocale.value][kind];
  return labels[value];
}

/** Every value of an enum with its label, in workflow order (for pickers, filters and legends). */
export function enumOptions<Kind extends keyof HallEnums>(kind: Kind): Array<{ value: HallEnums[Kind]; label: string }> {
  return enumValues(kind).map((value) => ({ value, label: enumLabel(kind, value) }));
}

/** Every value of an enum, in workflow order. */
export function enumValues<Kind extends keyof HallEnums>(kind: Kind): Array<HallEnums[Kind]> {
  const labels: Record<HallEnums[Kind], string> = zhCN[kind];
  return Object.keys(labels).filter((value): value is HallEnums[Kind] => value in labels);
}
