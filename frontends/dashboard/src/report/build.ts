/**
 * The monthly report (月度通报) as plain rows: what the page shows and what the workbook holds, built once from the
 * one report query's answer. A section whose subgraph did not answer is null.
 */
import { enumLabel, hallDay } from '@hall/styleguide';
import type { IntegrityFlagKind, RecognitionKind } from '../gql/graphql';
import { byBureau } from '../ranking';
import type { CandidateRow, FlagRow, ReportData } from './model';

export type Cell = string | number | null;

export interface Candidate {
  kind: RecognitionKind;
  subjectId: string;
  name: string;
  /** Within the month's limit by merit, as the server proposes. */
  proposed: boolean;
  /** The rule's figures, kept as the note of the confirmation. */
  reason: string;
  confirmed: { by: string; at: string } | null;
}

export interface Flag {
  kind: IntegrityFlagKind;
  /** The kind's label (the page and the workbook print the same words). */
  label: string;
  /** 部门 or 窗口 and its name. */
  subject: string;
  /** The figures behind the flag and the threshold it crossed, e.g. "评议率 32%（低于 50%），办结 25 件". */
  detail: string;
}

export interface MonthlyReportModel {
  month: string;
  summary: Array<[label: string, value: Cell]> | null;
  rankings: Array<{ place: Cell; previousPlace: Cell; department: string; score: Cell; accepted: Cell; completionRate: Cell; onTimeRate: Cell; satisfactionRate: Cell; attendanceRate: Cell; inspectionScore: Cell }> | null;
  idleDepartments: string[] | null;
  overdueCases: Array<{ number: string; department: string; matter: string; dueAt: string; completedAt: string; status: string }> | null;
  /** Episodes done in one trip by their last case after more trips before (the honest one-visit rate's difference). */
  episodes: Array<{ cases: string; departments: string; trips: number }> | null;
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
  flags: Flag[] | null;
  /** 零推诿: each department's referral loops, third hand-offs and turn-aways in the month. */
  buckPassing: Array<{ department: string; loops: number; thirdHandOffs: number; turnedAway: number }> | null;
  /** Published (frozen): by whom and when; null while the month's report is computed live. */
  published: { by: string; at: string } | null;
  /** The month the ranking's previous places come from. */
  comparedWith: string | null;
  /** Subgraphs the server could not ask for the ranking, the candidates and the flags. */
  unavailable: string[];
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

function candidateName(candidate: CandidateRow): string {
  if (candidate.staff) return `${candidate.staff.name}${candidate.department ? `（${candidate.department.shortName}）` : ''}`;
  if (candidate.window) return `${candidate.window.number} ${candidate.window.name}`;
  return candidate.subjectId;
}

function reasonOf(candidate: CandidateRow): string {
  const figures = `满意率 ${pct(candidate.satisfactionRate)}%，评价 ${candidate.evaluations} 次（非常满意 ${candidate.verySatisfied}），无投诉、无超期、无有效差评`;
  return candidate.kind === 'RED_FLAG_WINDOW' ? `${figures}，无空岗、暗访合格` : figures;
}

function flagSubject(flag: FlagRow): string {
  if (flag.window) return `窗口：${flag.window.number} ${flag.window.name}`;
  if (flag.department) return `部门：${flag.department.name}`;
  return '';
}

/** The figures behind a flag, in the report's words. */
function flagDetail(flag: FlagRow): string {
  switch (flag.kind) {
    case 'LOW_EVALUATION_RATE':
      return `评议率 ${pct(flag.value)}%（低于 ${pct(flag.threshold)}%），办结 ${flag.basis} 件`;
    case 'IMPLAUSIBLE_STREAK':
      return `连续 ${flag.value} 次“非常满意”（达到 ${flag.threshold} 次），当月评价 ${flag.basis} 次`;
    case 'MANY_INVALID':
      return `差评 ${flag.basis} 条，认定无效占 ${pct(flag.value)}%（不低于 ${pct(flag.threshold)}%）`;
    case 'QUIET_INSPECTIONS':
      return `近十二个月暗访 ${flag.basis} 次均未发现问题`;
  }
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
          ['一次办结率（按事项，含往返）（%）', pct(cs.honestOneVisitRate)],
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
  const written = data.monthlyReport;
  const ranked = written && !written.ranking.unavailable.includes('catalog') ? written.ranking.entries : null;
  // Each bureau followed by its branch offices, marked └, so that a city's list reads by bureau.
  const rankings: MonthlyReportModel['rankings'] = !ranked
    ? null
    : byBureau(ranked)
        .flatMap(({ bureau, branches }) => [{ entry: bureau, branch: false }, ...branches.map((entry) => ({ entry, branch: true }))])
        .map(({ entry, branch }) => ({
          place: entry.standing === 'NO_BUSINESS' || entry.standing === 'FEW_CASES' ? enumLabel('RankingStanding', entry.standing) : entry.place,
          previousPlace: entry.previousPlace,
          department: branch ? `└ ${entry.department.name}` : entry.department.name,
          score: round1(entry.score),
          accepted: entry.accepted,
          completionRate: pct(entry.completionRate),
          onTimeRate: pct(entry.onTimeRate),
          satisfactionRate: pct(entry.satisfactionRate),
          attendanceRate: pct(entry.attendanceRate),
          inspectionScore: round1(entry.inspectionScore),
        }));
  const monthBad = data.badReviews?.filter((review) => inMonth(review.evaluatedAt, month)) ?? null;
  const monthInspections = data.inspections?.filter((inspection) => inMonth(inspection.visitedAt, month)) ?? null;
  const threshold = data.inspectionSettings?.passThreshold ?? null;

  const candidates: Candidate[] | null =
    written?.candidates.map((candidate) => ({
      kind: candidate.kind,
      subjectId: candidate.subjectId,
      name: candidateName(candidate),
      proposed: candidate.proposed,
      reason: reasonOf(candidate),
      confirmed: candidate.confirmed ? { by: candidate.confirmed.confirmedBy, at: candidate.confirmed.confirmedAt } : null,
    })) ?? null;
  const flags: Flag[] | null = written?.flags.map((flag) => ({ kind: flag.kind, label: enumLabel('IntegrityFlagKind', flag.kind), subject: flagSubject(flag), detail: flagDetail(flag) })) ?? null;

  const br = data.badReviewStats;
  const cp = data.complaintStats;
  const esc = data.escalationStats;

  return {
    month,
    summary,
    rankings,
    idleDepartments: ranked?.filter((entry) => entry.standing === 'NO_BUSINESS').map((entry) => entry.department.name) ?? null,
    episodes:
      data.visitEpisodes?.map((episode) => ({
        cases: episode.cases.map((kase) => kase.number).join(' → '),
        departments: [...new Set(episode.cases.map((kase) => kase.department?.shortName ?? ''))].join('、'),
        trips: episode.trips,
      })) ?? null,
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
    flags,
    buckPassing:
      written?.buckPassing.map((entry) => ({ department: entry.department.name, loops: entry.loops, thirdHandOffs: entry.thirdHandOffs, turnedAway: entry.turnedAway })) ?? null,
    published: written?.publishedAt ? { by: written.publishedBy ?? '', at: written.publishedAt } : null,
    comparedWith: written?.comparedWith ?? null,
    unavailable: written?.unavailable ?? [],
  };
}
