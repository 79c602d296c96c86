/**
 * Recognition candidates of the monthly report (docs/dashboard.md), defined here once:
 *
 * - 服务明星 (SERVICE_STAR, two a month): staff members with at least minEvaluations evaluations in the month, no
 *   complaint naming them, no overdue case (as first owner), and no bad review other than those declared invalid
 *   (无效差评).
 * - 流动红旗 (RED_FLAG_WINDOW, one a month): a window meeting the same conditions, with no unattended-window incident
 *   (空岗) and no submitted inspection scoring below the pass threshold in the month.
 *
 * Candidates are ordered by merit: the best satisfaction rate first, then more evaluations, then more 非常满意, then id.
 * The first ones within the month's limit are proposed; `confirmRecognition` accepts any eligible candidate.
 */
import type { ServiceRecord } from '../../data/service-records';
import { RECOGNITION_LIMITS } from './rules';

export type RecognitionKind = keyof typeof RECOGNITION_LIMITS;

/** Why a subject is not eligible; none means it is. */
export type Disqualification = 'FEW_EVALUATIONS' | 'COMPLAINTS' | 'OVERDUE_CASES' | 'BAD_REVIEWS' | 'UNATTENDED' | 'FAILED_INSPECTION';

export interface WindowContext {
  /** Windows with an unattended-window incident in the month. */
  unattended: ReadonlySet<string>;
  /** Windows with a submitted inspection in the month scoring below the pass threshold. */
  failedInspection: ReadonlySet<string>;
}

export function disqualifications(kind: RecognitionKind, record: ServiceRecord, minEvaluations: number, windows: WindowContext): Disqualification[] {
  const reasons: Disqualification[] = [];
  if (record.evaluations < minEvaluations || record.satisfactionRate === null) reasons.push('FEW_EVALUATIONS');
  if (record.complaints > 0) reasons.push('COMPLAINTS');
  if (record.overdueCases > 0) reasons.push('OVERDUE_CASES');
  if (record.badReviews - record.invalidBadReviews > 0) reasons.push('BAD_REVIEWS');
  if (kind === 'RED_FLAG_WINDOW') {
    if (windows.unattended.has(record.subjectId)) reasons.push('UNATTENDED');
    if (windows.failedInspection.has(record.subjectId)) reasons.push('FAILED_INSPECTION');
  }
  return reasons;
}

export function byMerit(a: ServiceRecord, b: ServiceRecord): number {
  return (
    (b.satisfactionRate ?? 0) - (a.satisfactionRate ?? 0) ||
    b.evaluations - a.evaluations ||
    b.verySatisfied - a.verySatisfied ||
    a.subjectId.localeCompare(b.subjectId)
  );
}

export interface Candidate {
  kind: RecognitionKind;
  record: ServiceRecord;
  /** Within the month's limit by merit. */
  proposed: boolean;
}

/** The eligible subjects of one kind, best first, the first ones within the limit proposed. */
export function candidates(kind: RecognitionKind, records: readonly ServiceRecord[], minEvaluations: number, windows: WindowContext): Candidate[] {
  return records
    .filter((record) => disqualifications(kind, record, minEvaluations, windows).length === 0)
    .sort(byMerit)
    .map((record, index) => ({ kind, record, proposed: index < RECOGNITION_LIMITS[kind] }));
}
