/**
 * Recognition candidates (docs/dashboard.md), defined here once:
 *
 * - 服务明星 (two a month): staff members with at least MIN_EVALUATIONS evaluations in the month, no complaint naming
 *   them, no overdue case (as first owner), and no bad review other than those declared invalid (无效差评); the best
 *   satisfaction rate first, then more evaluations, then more 非常满意.
 * - 流动红旗 (one a month): a window meeting the same conditions, with no unattended-window incident (空岗) and no
 *   submitted inspection scoring below the pass threshold in the month; ranked the same way.
 */
import type { InspectionRow, ServiceRecord, StaffRecord, WindowRecord } from './model';

export const MIN_EVALUATIONS = 3;

export function eligible(record: ServiceRecord, minEvaluations = MIN_EVALUATIONS): boolean {
  return (
    record.evaluations >= minEvaluations &&
    record.complaints === 0 &&
    record.overdueCases === 0 &&
    record.badReviews - record.invalidBadReviews === 0 &&
    record.satisfactionRate !== null
  );
}

function byMerit(a: ServiceRecord, b: ServiceRecord): number {
  return (b.satisfactionRate ?? 0) - (a.satisfactionRate ?? 0) || b.evaluations - a.evaluations || b.verySatisfied - a.verySatisfied || a.subjectId.localeCompare(b.subjectId);
}

export function serviceStarCandidates(records: readonly StaffRecord[], minEvaluations = MIN_EVALUATIONS): StaffRecord[] {
  return records.filter((record) => eligible(record, minEvaluations)).sort(byMerit).slice(0, 2);
}

export function redFlagCandidate(
  records: readonly WindowRecord[],
  context: { inspections: readonly InspectionRow[]; passThreshold: number; unattendedWindowIds: ReadonlySet<string> },
  minEvaluations = MIN_EVALUATIONS,
): WindowRecord | null {
  const failed = new Set(context.inspections.filter((inspection) => inspection.score !== null && inspection.score < context.passThreshold).map((inspection) => inspection.window?.id));
  return (
    records
      .filter((record) => eligible(record, minEvaluations) && !failed.has(record.subjectId) && !context.unattendedWindowIds.has(record.subjectId))
      .sort(byMerit)[0] ?? null
  );
}
