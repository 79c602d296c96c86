/**
 * Integrity flags (诚信预警) of the monthly report (docs/dashboard.md), defined here once:
 *
 * - LOW_EVALUATION_RATE: a department or window that completed at least 10 cases in the month with an evaluation rate
 *   (评议率) below 50 %: unrated cases must not pass for satisfied ones.
 * - IMPLAUSIBLE_STREAK: a window with 30 or more consecutive 非常满意 (level 5) evaluations in the month.
 * - MANY_INVALID: a department or window with at least 3 bad reviews in the month of which half or more were declared
 *   invalid (无效差评).
 * - QUIET_INSPECTIONS: a window with at least 3 submitted inspections, none of which found anything that counts.
 */
import type { DepartmentRow } from '../stats.graphql';
import type { InspectionRow, ServiceRecord, WindowRecord } from './model';

export const THRESHOLDS = { minCompleted: 10, minEvaluationRate: 0.5, streak: 30, minBadReviews: 3, invalidShare: 0.5, quietInspections: 3 } as const;

export type FlagKind = 'LOW_EVALUATION_RATE' | 'IMPLAUSIBLE_STREAK' | 'MANY_INVALID' | 'QUIET_INSPECTIONS';

export interface IntegrityFlag {
  kind: FlagKind;
  /** 部门 or 窗口 and its name. */
  subject: string;
  /** The figures behind the flag, e.g. "评议率 32% (8/25)". */
  detail: string;
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

function lowRate(subject: string, completed: number, rate: number | null): IntegrityFlag | null {
  if (completed < THRESHOLDS.minCompleted || rate === null || rate >= THRESHOLDS.minEvaluationRate) return null;
  return { kind: 'LOW_EVALUATION_RATE', subject, detail: `评议率 ${percent(rate)}，办结 ${completed} 件` };
}

function manyInvalid(subject: string, record: Pick<ServiceRecord, 'badReviews' | 'invalidBadReviews'>): IntegrityFlag | null {
  if (record.badReviews < THRESHOLDS.minBadReviews || record.invalidBadReviews / record.badReviews < THRESHOLDS.invalidShare) return null;
  return { kind: 'MANY_INVALID', subject, detail: `差评 ${record.badReviews} 条，其中认定无效 ${record.invalidBadReviews} 条` };
}

export function integrityFlags(input: {
  departments: readonly DepartmentRow[];
  windows: readonly WindowRecord[];
  departmentInvalid: ReadonlyMap<string, { badReviews: number; invalidBadReviews: number }>;
  inspections: readonly InspectionRow[];
}): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  for (const department of input.departments) {
    const subject = `部门：${department.name}`;
    const low = lowRate(subject, department.caseStats?.completed ?? 0, department.evaluationStats?.evaluationRate ?? null);
    if (low) flags.push(low);
    const invalid = input.departmentInvalid.get(department.id);
    const many = invalid ? manyInvalid(subject, invalid) : null;
    if (many) flags.push(many);
  }
  for (const record of input.windows) {
    const subject = `窗口：${record.window ? `${record.window.number} ${record.window.name}` : record.subjectId}`;
    const low = lowRate(subject, record.completed, record.evaluationRate);
    if (low) flags.push(low);
    if (record.longestVerySatisfiedStreak >= THRESHOLDS.streak) {
      flags.push({ kind: 'IMPLAUSIBLE_STREAK', subject, detail: `连续 ${record.longestVerySatisfiedStreak} 次“非常满意”` });
    }
    const many = manyInvalid(subject, record);
    if (many) flags.push(many);
  }
  const byWindow = new Map<string, { name: string; visits: number; findings: number }>();
  for (const inspection of input.inspections) {
    if (!inspection.window) continue;
    const entry = byWindow.get(inspection.window.id) ?? { name: `${inspection.window.number} ${inspection.window.name}`, visits: 0, findings: 0 };
    entry.visits += 1;
    entry.findings += inspection.findings.filter((finding) => finding.counts).length;
    byWindow.set(inspection.window.id, entry);
  }
  for (const entry of byWindow.values()) {
    if (entry.visits >= THRESHOLDS.quietInspections && entry.findings === 0) {
      flags.push({ kind: 'QUIET_INSPECTIONS', subject: `窗口：${entry.name}`, detail: `暗访 ${entry.visits} 次均未发现问题` });
    }
  }
  return flags;
}
