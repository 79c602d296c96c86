import { formatPercent } from '@hall/styleguide';
import type { DashboardData } from './dashboard.graphql';
import { formatMinutes, formatScore } from './format';
import { t } from './messages';

export interface Kpi {
  label: string;
  value: string;
  tone?: 'danger' | 'warning';
}

/** The four KPI cards' figures; null for a card whose figures are unavailable. */
export function caseKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.caseStats;
  if (!stats) return null;
  return [
    { label: t('kpi.accepted'), value: String(stats.accepted) },
    { label: t('kpi.completed'), value: String(stats.completed) },
    { label: t('kpi.completionRate'), value: formatPercent(stats.completionRate) },
    { label: t('kpi.onTimeRate'), value: formatPercent(stats.onTimeRate) },
    { label: t('kpi.instantCount'), value: String(stats.instantCount) },
    { label: t('kpi.oneVisitRate'), value: formatPercent(stats.oneVisitRate) },
    { label: t('kpi.honestOneVisitRate'), value: formatPercent(stats.honestOneVisitRate) },
    { label: t('kpi.warnings'), value: `${stats.yellowCards} / ${stats.redCards}`, ...(stats.redCards > 0 ? { tone: 'danger' as const } : {}) },
  ];
}

export function evaluationKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.evaluationStats;
  if (!stats) return null;
  return [
    { label: t('kpi.evaluationTotal'), value: String(stats.total) },
    { label: t('kpi.satisfactionRate'), value: formatPercent(stats.satisfactionRate, 2) },
    { label: t('kpi.badRate'), value: formatPercent(stats.badRate, 2) },
    { label: t('kpi.evaluationRate'), value: formatPercent(stats.evaluationRate) },
  ];
}

export function dutyKpis(data: DashboardData | null): Kpi[] | null {
  const duty = data?.dutyStats;
  const queue = data?.queueStats;
  if (!duty || !queue) return null;
  return [
    { label: t('kpi.attendanceRate'), value: formatPercent(duty.attendanceRate) },
    { label: t('kpi.late'), value: String(duty.late) },
    { label: t('kpi.absent'), value: String(duty.absent) },
    { label: t('kpi.unattended'), value: String(duty.unattendedIncidents), ...(duty.unattendedIncidents > 0 ? { tone: 'warning' as const } : {}) },
    { label: t('kpi.tickets'), value: String(queue.tickets) },
    { label: t('kpi.averageWait'), value: formatMinutes(queue.averageWaitMinutes) },
    { label: t('kpi.waitsAbove'), value: String(queue.waitsAboveServiceLevel) },
  ];
}

export function inspectionKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.inspectionStats;
  if (!stats) return null;
  return [
    { label: t('kpi.inspectionCount'), value: String(stats.inspections) },
    { label: t('kpi.averageScore'), value: formatScore(stats.averageScore) },
    { label: t('kpi.findings'), value: String(stats.findings) },
    { label: t('kpi.openRectifications'), value: String(stats.openRectifications) },
    { label: t('kpi.overdueRectifications'), value: String(stats.overdueRectifications), ...(stats.overdueRectifications > 0 ? { tone: 'danger' as const } : {}) },
  ];
}

/** 投诉: received, answered on time (within the answer deadline) and the complainants' satisfaction at closing. */
export function complaintKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.complaintStats;
  if (!stats) return null;
  return [
    { label: t('kpi.complaintsReceived'), value: String(stats.received) },
    { label: t('kpi.complaintsAnswered'), value: String(stats.answered) },
    { label: t('kpi.complaintsOnTime'), value: formatPercent(stats.onTimeRate) },
    { label: t('kpi.complaintsOverdue'), value: String(stats.overdueOpen), ...(stats.overdueOpen > 0 ? { tone: 'danger' as const } : {}) },
    { label: t('kpi.complaintsSatisfaction'), value: formatPercent(stats.satisfactionRate) },
  ];
}

/** 差评整改: on-time rectification, callbacks (the rule is every real-name review), appeals and those upheld. */
export function badReviewKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.badReviewStats;
  if (!stats) return null;
  const callbacksShort = stats.callbacksDone < stats.callbacksDue;
  return [
    { label: t('kpi.badReviews'), value: String(stats.reviews) },
    { label: t('kpi.rectifiedOnTime'), value: formatPercent(stats.onTimeRate) },
    { label: t('kpi.callbackRate'), value: formatPercent(stats.callbackRate), ...(callbacksShort ? { tone: 'warning' as const } : {}) },
    { label: t('kpi.appeals'), value: `${stats.appeals} / ${stats.appealsUpheld}` },
  ];
}

/** 督办: raised (automatic at a card, or by the manager), answered on time, climbed to hall leadership, still open. */
export function escalationKpis(data: DashboardData | null): Kpi[] | null {
  const stats = data?.escalationStats;
  if (!stats) return null;
  return [
    { label: t('kpi.escalationsRaised'), value: String(stats.raised) },
    { label: t('kpi.escalationsOnTime'), value: `${stats.respondedOnTime} / ${stats.responded}` },
    { label: t('kpi.escalationsClimbed'), value: String(stats.climbed), ...(stats.climbed > 0 ? { tone: 'danger' as const } : {}) },
    { label: t('kpi.escalationsOpen'), value: String(stats.open), ...(stats.open > 0 ? { tone: 'warning' as const } : {}) },
  ];
}
