import { z } from 'zod';

/**
 * The monthly report's thresholds (月度通报), kept by the manager as settings (`setReportRules`); the newest row counts,
 * older rows are the history. Defaults are the ones the hall started with (docs/dashboard.md).
 */
export interface ReportRules {
  /** A department with fewer cases in the period (the larger of accepted and completed) is listed, not ranked (样本不足). */
  minRankedCases: number;
  /** Evaluations a staff member or window needs in the month to be a recognition candidate. */
  minEvaluations: number;
  /** LOW_EVALUATION_RATE: cases completed in the month before the evaluation rate is judged … */
  minCompletedForRate: number;
  /** … and the evaluation rate (评议率) below which it is flagged. */
  minEvaluationRate: number;
  /** IMPLAUSIBLE_STREAK: consecutive 非常满意 (level 5) evaluations of one window in the month. */
  implausibleStreak: number;
  /** MANY_INVALID: bad reviews in the month before the share declared invalid (无效差评) is judged … */
  minBadReviews: number;
  /** … and the share at or above which it is flagged. */
  invalidShare: number;
  /** QUIET_INSPECTIONS: submitted inspections of one window over the twelve months to the month's end, none finding anything. */
  quietInspections: number;
}

export const DEFAULT_REPORT_RULES: ReportRules = {
  minRankedCases: 30,
  minEvaluations: 3,
  minCompletedForRate: 10,
  minEvaluationRate: 0.5,
  implausibleStreak: 30,
  minBadReviews: 3,
  invalidShare: 0.5,
  quietInspections: 3,
};

// The messages are matched by the dashboard's rules dialog (frontends/dashboard/src/report/RulesDialog.vue).
const count = (max: number) => z.number().int('a whole number').min(1, 'at least 1').max(max, `at most ${max}`);
const share = z.number().gt(0, 'above 0 %').max(1, 'at most 100 %');

export const reportRulesInput = z.object({
  minRankedCases: count(10_000),
  minEvaluations: count(1_000),
  minCompletedForRate: count(10_000),
  minEvaluationRate: share,
  implausibleStreak: count(10_000),
  minBadReviews: count(1_000),
  invalidShare: share,
  quietInspections: count(100),
});

/** 服务明星: two a month; 流动红旗: one (PRODUCT.md). */
export const RECOGNITION_LIMITS = { SERVICE_STAR: 2, RED_FLAG_WINDOW: 1 } as const;

/** A month as the report names it: YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM');
