/**
 * Integrity flags (诚信预警) of the monthly report (docs/dashboard.md), defined here once, with the thresholds of the
 * manager's report rules:
 *
 * - LOW_EVALUATION_RATE: a department or window that completed at least minCompletedForRate cases in the month with an
 *   evaluation rate (评议率) below minEvaluationRate: unrated cases must not pass for satisfied ones.
 * - IMPLAUSIBLE_STREAK: a window with implausibleStreak or more consecutive 非常满意 (level 5) evaluations in the month.
 * - MANY_INVALID: a department or window with at least minBadReviews bad reviews in the month, invalidShare or more of
 *   them declared invalid (无效差评).
 * - QUIET_INSPECTIONS: a window with at least quietInspections submitted inspections over the twelve months to the
 *   month's end (a window is visited about once a month), none of which found anything that counts.
 *
 * Each flag carries the figure (value), the threshold it crossed and what the figure rests on (basis: cases completed,
 * bad reviews, inspections; for a streak, the window's evaluations).
 */
import type { ReportRules } from './rules';

export type FlagKind = 'LOW_EVALUATION_RATE' | 'IMPLAUSIBLE_STREAK' | 'MANY_INVALID' | 'QUIET_INSPECTIONS';

export type FlagSubject = { departmentId: string; windowId?: undefined } | { windowId: string; departmentId?: undefined };

export interface IntegrityFlag {
  kind: FlagKind;
  subject: FlagSubject;
  value: number;
  threshold: number;
  basis: number;
}

/** What the rules read of a department or a window in the month. */
export interface SubjectFigures {
  completed: number;
  evaluationRate: number | null;
  badReviews: number;
  invalidBadReviews: number;
}

export interface WindowFigures extends SubjectFigures {
  windowId: string;
  evaluations: number;
  longestVerySatisfiedStreak: number;
}

export interface DepartmentIntegrityFigures extends SubjectFigures {
  departmentId: string;
}

/** A window's submitted inspections over the rule's trailing year: how many, and the findings that count. */
export interface WindowInspections {
  windowId: string;
  inspections: number;
  findings: number;
}

function subjectFlags(subject: FlagSubject, figures: SubjectFigures, rules: ReportRules): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  if (figures.completed >= rules.minCompletedForRate && figures.evaluationRate !== null && figures.evaluationRate < rules.minEvaluationRate) {
    flags.push({ kind: 'LOW_EVALUATION_RATE', subject, value: figures.evaluationRate, threshold: rules.minEvaluationRate, basis: figures.completed });
  }
  if (figures.badReviews >= rules.minBadReviews && figures.invalidBadReviews / figures.badReviews >= rules.invalidShare) {
    flags.push({ kind: 'MANY_INVALID', subject, value: figures.invalidBadReviews / figures.badReviews, threshold: rules.invalidShare, basis: figures.badReviews });
  }
  return flags;
}

export function integrityFlags(
  input: { departments: readonly DepartmentIntegrityFigures[]; windows: readonly WindowFigures[]; inspections: readonly WindowInspections[] },
  rules: ReportRules,
): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  for (const department of input.departments) flags.push(...subjectFlags({ departmentId: department.departmentId }, department, rules));
  for (const window of input.windows) {
    const subject = { windowId: window.windowId };
    flags.push(...subjectFlags(subject, window, rules));
    if (window.longestVerySatisfiedStreak >= rules.implausibleStreak) {
      flags.push({ kind: 'IMPLAUSIBLE_STREAK', subject, value: window.longestVerySatisfiedStreak, threshold: rules.implausibleStreak, basis: window.evaluations });
    }
  }
  for (const window of input.inspections) {
    if (window.inspections >= rules.quietInspections && window.findings === 0) {
      flags.push({ kind: 'QUIET_INSPECTIONS', subject: { windowId: window.windowId }, value: window.inspections, threshold: rules.quietInspections, basis: window.inspections });
    }
  }
  return flags;
}
