import type { CaseStatus, Warning } from '../gql/enums';
import { createHallI18n } from './define-messages';

/**
 * The one place that labels each of the platform's enums (generated from the supergraph into `../gql/enums.ts`), for
 * screens, prints and exports alike: `enumLabel('CaseStatus', 'UNDER_REVIEW')` → 审查中 / Under review.
 * A value added to the schema fails the typecheck here until it has both labels.
 */
export interface HallEnums {
  CaseStatus: CaseStatus;
  Warning: Warning;
}

type EnumLabels = { [Kind in keyof HallEnums]: Record<HallEnums[Kind], string> };

const zhCN: EnumLabels = {
  CaseStatus: {
    SUBMITTED: '已提交',
    SUPPLEMENT_REQUESTED: '待补正',
    RESUBMITTED: '已补正',
    ACCEPTED: '已受理',
    NOT_ACCEPTED: '不予受理',
    REFERRED: '已转办',
    UNDER_REVIEW: '审查中',
    SUSPENDED: '已中止',
    APPROVED: '准予许可',
    DENIED: '不予许可',
    COMPLETED: '已办结',
    DELIVERED: '已送达',
    WITHDRAWN: '已撤回',
  },
  Warning: { NONE: '正常', PRE: '预警', YELLOW: '黄牌', RED: '红牌' },
};

const en: EnumLabels = {
  CaseStatus: {
    SUBMITTED: 'Submitted',
    SUPPLEMENT_REQUESTED: 'Supplement requested',
    RESUBMITTED: 'Resubmitted',
    ACCEPTED: 'Accepted',
    NOT_ACCEPTED: 'Not accepted',
    REFERRED: 'Referred',
    UNDER_REVIEW: 'Under review',
    SUSPENDED: 'Suspended',
    APPROVED: 'Approved',
    DENIED: 'Denied',
    COMPLETED: 'Completed',
    DELIVERED: 'Delivered',
    WITHDRAWN: 'Withdrawn',
  },
  Warning: { NONE: 'On track', PRE: 'Pre-warning', YELLOW: 'Yellow card', RED: 'Red card' },
};

function flatten(labels: EnumLabels): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).flatMap(([kind, values]: [string, Record<string, string>]) =>
      Object.entries(values).map(([value, label]) => [`${kind}.${value}`, label]),
    ),
  );
}

const { t } = createHallI18n({ 'zh-CN': flatten(zhCN), en: flatten(en) });

/** The label of an enum value in the page's language. */
export function enumLabel<Kind extends keyof HallEnums>(kind: Kind, value: HallEnums[Kind]): string {
  return t(`${kind}.${value}`);
}

/** Every value of an enum with its label, in the order the labels list them (for pickers and legends). */
export function enumOptions<Kind extends keyof HallEnums>(kind: Kind): Array<{ value: HallEnums[Kind]; label: string }> {
  return (Object.keys(zhCN[kind]) as Array<HallEnums[Kind]>).map((value) => ({ value, label: enumLabel(kind, value) }));
}
