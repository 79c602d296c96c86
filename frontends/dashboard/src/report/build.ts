/**
 * The monthly report (月度通报) as plain rows: what the page shows and what the workbook holds, built once from the
 * one report query's answer. A section whose subgraph did not answer is null.
 */
import { enumLabel, hallDay } from '@hall/styleguide';
import type { RecognitionKind } from '../gql/graphql';
import { t } from '../messages';
import { byBureau, DEFAULT_WEIGHTS, rankDepartments } from '../ranking';
import { integrityFlags, type IntegrityFlag } from './integrity';
import type { ReportData, StaffRecord, WindowRecord } from './model';
import { redFlagCandidate, serviceStarCandidates } from './recognition';

export type Cell = string | number | null;

export interface Candidate {
  kind: RecognitionKind;
  subjectId: string;
  departmentId: string | null;
  name: string;
  /** The rule's figures, kept as the note of the confirmation. */
  reason: string;
  confirmed: { by: string; at: string } | null;
}

export interface MonthlyReportModel {
  month: string;
  summary: Array<[label: string, value: Cell]> | null;
  rankings: Array<{ place: Cell; department: string; score: Cell; accepted: Cell; completionRate: Cell; onTimeRate: Cell; satisfactionRate: Cell; attendanceRate: Cell; inspectionScore: Cell }> | null;
  idleDepartments: string[] | null;
  overdueCases: Array<{ number: string; department: string; matter: string; dueAt: string; completedAt: string; status: string }> | null;
  badReviews: Array<{ case: string; department: string; window: string; level: number; comment: string; evaluatedAt: string; handling: string }> | null;
  inspections: Array<{ visitedAt: string; window: string; department: string; score: Cell; findings: number; passed: string }> | null;
  /** 差评整改: the month's bad reviews by tag (every tag of the taxonomy, labelled) and the desk's rates. */
  badReviewTags: Array<[tag: string, count: number]> | null;
  badReviewDesk: Array<[label: string, value: Cell]> | null;
  /** 投诉: received, answered (on time) and the complainants' satisfaction. */
  complaints: Array<[label: string, value: Cell]> | null;
  /** 督办: raised, answered on time, climbed to hall leadership. */
  escalations: Array<[label: string, value: Cell]> | null;
  candidates: Candidate[] | null;
  /** Each flag with its kind's label (the page and the workbook print the same words). */
  flags: Array<IntegrityFlag & { label: string }> | null;
}

/** A rate as a percentage with one decimal (98.9), or null. */
function pct(rate: number | null | undefined): Cell {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
}

function round1(value: number | null | undefined): Cell {
  return value === null || value === undefined ? null : Math.round(value * 10) / 10;
}

/** The hall day of an instant; '' for none. */
function dayOf(at: string | null): string {
  return at ? hallDay(at) : '';
}

function inMonth(at: string | null, month: string): boolean {
  return at !== null && dayOf(at).startsWith(month);
}

function staffName(record: StaffRecord): string {
  return record.staff ? `${record.staff.name}${record.staff.department ? `（${record.staff.department.shortName}）` : ''}` : record.subjectId;
}

function windowName(record: WindowRecord): string {
  return record.window ? `${record.window.number} ${record.window.name}` : record.subjectId;
}

function reasonOf(record: StaffRecord | WindowRecord): string {
  return `满意率 ${pct(record.satisfactionRate)}%，评价 ${record.evaluations} 次（非常满意 ${record.verySatisfied}），无投诉、无超期、无有效差评`;
}

export function buildReport(month: string, data: ReportData): MonthlyReportModel {
  const cs = data.caseStats;
  const es = data.evaluationStats;
  const ds = data.dutyStats;
  const is = data.inspectionStats;
  const summary: MonthlyReportModel['summary'] =
    cs && es
      ? [
          ['受理件数', cs.accepted],
          ['办结件数', cs.completed],
          ['办结率（%）', pct(cs.completionRate)],
          ['按时办结率（%）', pct(cs.onTimeRate)],
          ['即办件', cs.instantCount],
          ['一次办结率（%）', pct(cs.oneVisitRate)],
          ['预警 / 黄牌 / 红牌', `${cs.preWarnings} / ${cs.yellowCards} / ${cs.redCards}`],
          ['评价数', es.total],
          ['满意率（%）', pct(es.satisfactionRate)],
          ['差评率（%）', pct(es.badRate)],
          ['评议率（%）', pct(es.evaluationRate)],
          ['到岗率（%）', ds ? pct(ds.attendanceRate) : null],
          ['空岗次数', ds ? ds.unattendedIncidents : null],
          ['暗访次数', is ? is.inspections : null],
          ['暗访平均分', is ? round1(is.averageScore) : null],
          ['逾期整改', is ? is.overdueRectifications : null],
        ]
      : null;
  const ranked = data.departments ? rankDepartments(data.departments, data.rankingWeights ?? DEFAULT_WEIGHTS) : null;
  // Each bureau followed by its branch offices, marked └, so that a city's list reads by bureau.
  const rankings: MonthlyReportModel['rankings'] = !ranked
    ? null
    : byBureau(ranked)
        .flatMap(({ bureau, branches }) => [{ entry: bureau, branch: false }, ...branches.map((entry) => ({ entry, branch: true }))])
        .map(({ entry, branch }) => ({
          place: entry.noBusiness ? '本期无业务' : entry.fewCases ? '样本不足' : entry.place,
          department: branch ? `└ ${entry.department.name}` : entry.department.name,
          score: round1(entry.score),
          accepted: entry.department.caseStats?.accepted ?? null,
          completionRate: pct(entry.department.caseStats?.completionRate),
          onTimeRate: pct(entry.department.caseStats?.onTimeRate),
          satisfactionRate: pct(entry.department.evaluationStats?.satisfactionRate),
          attendanceRate: pct(entry.department.dutyStats?.attendanceRate),
          inspectionScore: round1(entry.department.inspectionStats?.averageScore),
        }));
  const monthBad = data.badReviews?.filter((review) => inMonth(review.evaluatedAt, month)) ?? null;
  const monthInspections = data.inspections?.filter((inspection) => inMonth(inspection.visitedAt, month)) ?? null;
  const threshold = data.inspectionSettings?.passThreshold ?? null;

  let candidates: Candidate[] | null = null;
  if (data.staffRecords && data.windowRecords && data.recognitions) {
    const confirmed = new Map(data.recognitions.map((row) => [`${row.kind}:${row.subjectId}`, { by: row.confirmedBy, at: row.confirmedAt }]));
    const stars = serviceStarCandidates(data.staffRecords).map<Candidate>((record) => ({
      kind: 'SERVICE_STAR',
      subjectId: record.subjectId,
      departmentId: record.staff?.department?.id ?? null,
      name: staffName(record),
      reason: reasonOf(record),
      confirmed: confirmed.get(`SERVICE_STAR:${record.subjectId}`) ?? null,
    }));
    const flag = redFlagCandidate(data.windowRecords, {
      inspections: monthInspections ?? [],
      passThreshold: threshold ?? 0,
      unattendedWindowIds: new Set((data.unattendedIncidents ?? []).map((incident) => incident.window.id)),
    });
    candidates = [
      ...stars,
      ...(flag
        ? [{ kind: 'RED_FLAG_WINDOW' as const, subjectId: flag.subjectId, departmentId: null, name: windowName(flag), reason: `${reasonOf(flag)}，无空岗、暗访合格`, confirmed: confirmed.get(`RED_FLAG_WINDOW:${flag.subjectId}`) ?? null }]
        : []),
    ];
  }

  const departmentInvalid = new Map<string, { badReviews: number; invalidBadReviews: number }>();
  for (const review of monthBad ?? []) {
    if (!review.department) continue;
    const entry = departmentInvalid.get(review.department.id) ?? { badReviews: 0, invalidBadReviews: 0 };
    entry.badReviews += 1;
    if (review.rectificationStatus === 'INVALID') entry.invalidBadReviews += 1;
    departmentInvalid.set(review.department.id, entry);
  }
  const flags =
    data.departments && data.windowRecords && data.inspections
      ? integrityFlags({ departments: data.departments, windows: data.windowRecords, departmentInvalid, inspections: data.inspections })
      : null;

  const br = data.badReviewStats;
  const cp = data.complaintStats;
  const esc = data.escalationStats;

  return {
    month,
    summary,
    rankings,
    idleDepartments: ranked?.filter((entry) => entry.noBusiness).map((entry) => entry.department.name) ?? null,
    overdueCases:
      data.overdueCases?.map((kase) => ({
        number: kase.number,
        department: kase.department?.shortName ?? '',
        matter: kase.matter?.name ?? '',
        dueAt: dayOf(kase.dueAt),
        completedAt: dayOf(kase.completedAt),
        status: enumLabel('CaseStatus', kase.status),
      })) ?? null,
    badReviews:
      monthBad?.map((review) => ({
        case: review.case?.number ?? '',
        department: review.department?.shortName ?? '',
        window: review.window?.number ?? '',
        level: review.level,
        comment: review.comment ?? '',
        evaluatedAt: dayOf(review.evaluatedAt),
        handling: review.rectificationStatus ? enumLabel('BadReviewStatus', review.rectificationStatus) : '',
      })) ?? null,
    inspections:
      monthInspections?.map((inspection) => {
        const findings = inspection.findings.filter((finding) => finding.counts).length;
        return {
          visitedAt: dayOf(inspection.visitedAt),
          window: inspection.window ? `${inspection.window.number} ${inspection.window.name}` : '',
          department: inspection.department?.shortName ?? '',
          score: round1(inspection.score),
          findings,
          passed: inspection.score === null || threshold === null ? '' : inspection.score >= threshold ? '合格' : '不合格',
        };
      }) ?? null,
    badReviewTags: br ? br.byTag.map((entry) => [enumLabel('BadReviewTag', entry.tag), entry.count]) : null,
    badReviewDesk: br
      ? [
          ['差评数', br.reviews],
          ['差评整改完成', br.rectified],
          ['差评按时整改', br.rectifiedOnTime],
          ['差评按时整改率（%）', pct(br.onTimeRate)],
          ['差评应回访（实名）', br.callbacksDue],
          ['差评已回访', br.callbacksDone],
          ['差评回访率（%）', pct(br.callbackRate)],
          ['差评申诉', br.appeals],
          ['差评申诉成立', br.appealsUpheld],
        ]
      : null,
    complaints: cp
      ? [
          ['投诉受理', cp.received],
          ['投诉已答复', cp.answered],
          ['投诉按时答复', cp.answeredOnTime],
          ['投诉按时答复率（%）', pct(cp.onTimeRate)],
          ['投诉逾期未答复', cp.overdueOpen],
          ['投诉已办结', cp.closed],
          ['投诉人满意（含基本满意）', cp.satisfied],
          ['投诉人满意率（%）', pct(cp.satisfactionRate)],
        ]
      : null,
    escalations: esc
      ? [
          ['督办发起', esc.raised],
          ['督办其中自动发起', esc.automatic],
          ['督办已答复', esc.responded],
          ['督办按时答复', esc.respondedOnTime],
          ['督办升级至大厅领导', esc.climbed],
          ['督办待答复', esc.open],
        ]
      : null,
    candidates,
    flags: flags?.map((flag) => ({ ...flag, label: t(`flag.${flag.kind}`) })) ?? null,
  };
}
