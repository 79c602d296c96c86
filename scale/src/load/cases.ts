import {
  casesSubgraph,
  importCaseRows,
  importComplaintRows,
  settingsFromEnv,
  snapshotOf,
  visitsOfTrail,
  type CaseImportDependencies,
  type CasesTables,
  type DirectoryMatter,
  type ImportRow,
} from '@hall/cases-subgraph';
import type { Database } from '@hall/db';
import {
  CLOSING_MINUTE,
  DISTRICT_CODES,
  OPENING_MINUTE,
  Random,
  dayOf,
  isoOf,
  localTime,
  makeResidentId,
  randomMobile,
  randomPerson,
  type CaseStatus,
  type DemoStaff,
  type DemoWindow,
} from '@hall/demo-hall';
import { openServiceDatabase, WorkingCalendar, type DayOverride } from '@hall/service-kit';
import type { GenerationContext, Loader } from '../context';
import type { Organisation, ScaleMatter } from '../organisation';

/** One row of the cases import (`importCaseRows` in-process, or the `importCases` mutation once JSON-encoded). */
export interface CaseImportRow {
  number: string;
  matterId: string;
  windowId: string | null;
  firstOwnerStaffId: string;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  visits: number;
  events: CaseImportEvent[];
  evaluation: { level: number; channel: EvaluationChannel; comment: string | null; evaluatedAt: Date; realName: boolean } | null;
  /** Only in-process: the GraphQL input has no such field (leave it out of a mutation's rows). */
  referredToDepartmentId?: string;
}

export interface CaseImportEvent {
  at: Date;
  to: CaseStatus;
  reason: string | null;
  actorRole: 'public' | 'staff' | 'dept_admin' | 'manager';
}

type EvaluationChannel = NonNullable<ImportRow['evaluation']>['channel'];
type Period = Pick<GenerationContext, 'profile' | 'organisation' | 'from' | 'until' | 'now'>;

/** Rows per `importCaseRows` call and per transaction, and calls in flight at once. */
const CASE_BATCH = 2_000;
const WRITERS = 2;
/** The daily sequence of a case number has five digits: loaded cases use 00001–09999, import seed n uses n0000–n9999. */
const BLOCK = 10_000;
const MINUTE_MS = 60_000;

// Shares (tolerances in cases.test.ts).
const INSTANT_SHARE = 0.94;
const ONLINE_SHARE = 0.15;
const EVALUATED_SHARE = 0.6;
const LATE_SHARE = 0.04;
/** Cases stuck for weeks past their deadline (a missing joint approval, a dispute): red cards while still open. */
const STALLED_SHARE = 0.015;

/** Hourly weights of submissions from 09:00 to 16:59: a morning peak, a lunch dip, a smaller afternoon peak. */
const HOUR_WEIGHTS = [1.3, 1.45, 1.1, 0.45, 0.8, 1.2, 1.1, 0.7];

const NOT_ACCEPTED_REASONS = [
  '申请人不具备申请资格，已出具《不予受理通知书》并说明理由',
  '申请事项依法不需要取得行政许可，已告知申请人办理备案的途径',
  '申请事项不属于本机关职权范围，已出具《不予受理通知书》并告知向有关机关申请',
];
const SUSPENSION_REASONS = [
  '需组织专家评审，评审时间不计入办理时限，已书面告知申请人',
  '需进行现场核查，核查时间不计入办理时限，已书面告知申请人',
  '依申请人要求举行听证，听证时间不计入办理时限',
  '需进行检验检测，检测时间不计入办理时限，已书面告知申请人',
];
const WITHDRAWAL_REASONS = ['申请人书面申请撤回', '申请人因个人原因申请撤回，已退回申请材料', '申请人逾期未补正材料，书面申请撤回'];
const DENIAL_REASON = '经审查不符合法定条件，依法作出不予许可决定，并告知申请行政复议或者提起行政诉讼的权利';
const GOOD_COMMENTS = [
  '服务热情，办事效率高',
  '一次就办好了，非常满意',
  '工作人员耐心细致',
  '材料一次性告知清楚，点赞',
  '不用跑腿，很方便',
];
const FAIR_COMMENTS = ['排队时间有点长', '办理还算顺利', '指引标识不够清楚'];
const BAD_COMMENTS = ['等候时间太长，窗口只开了一个', '工作人员态度生硬', '材料要求前后不一致，多跑了一趟', '超过承诺时限才办结'];

interface Weighted<T> {
  items: T[];
  cumulative: Float64Array;
}

function weighted<T>(items: T[], weight: (item: T) => number): Weighted<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((item, index) => (cumulative[index] = total += weight(item)));
  return { items, cumulative };
}

/** A weighted pick in O(log n): the city has 5,000 matters and a million draws. */
function pickWeighted<T>(rng: Random, { items, cumulative }: Weighted<T>): T {
  const target = rng.next() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return items[low] as T;
}

/** The working days (as local day numbers) of a period and far enough after it for every planned trail. */
class WorkingDays {
  readonly days: number[] = [];
  /** Index of the first working day on or after `from`, and one past the last on or before `until`. */
  readonly first: number;
  readonly end: number;

  constructor(calendar: WorkingCalendar, from: string, until: string) {
    const start = dayOf(from);
    const last = dayOf(until);
    for (let day = start - 5; day <= last + 400; day++) if (calendar.isWorkingDay(isoOf(day))) this.days.push(day);
    this.first = this.days.findIndex((day) => day >= start);
    this.end = this.days.findIndex((day) => day > last);
  }

  day(index: number): number {
    const day = this.days[index];
    if (day === undefined) throw new Error(`working day ${index} is outside the calendar`);
    return day;
  }

  /** A Monday, or the first working day after a holiday: the busiest day of a week. */
  afterBreak(index: number): boolean {
    return this.day(index) - this.day(index - 1) > 1;
  }
}

/** The lookups the generator draws from, built once from the organisation. */
class Hall {
  readonly matters: Record<'INSTANT' | 'COMMITTED', Weighted<ScaleMatter>>;
  readonly windows = new Map<string, DemoWindow[]>();
  readonly receivers = new Map<string, DemoStaff[]>();
  readonly staff = new Map<string, DemoStaff[]>();
  readonly missing = new Map<string, string[]>();

  constructor(readonly organisation: Organisation) {
    const ofKind = (kind: ScaleMatter['kind']) => organisation.matters.filter((matter) => matter.kind === kind && matter.weight > 0);
    const instant = ofKind('INSTANT');
    const committed = ofKind('COMMITTED');
    if (instant.length === 0 || committed.length === 0) throw new Error('the organisation needs instant and committed matters');
    this.matters = { INSTANT: weighted(instant, (m) => m.weight), COMMITTED: weighted(committed, (m) => m.weight) };
    for (const department of organisation.departments) {
      const own = organisation.windows.filter((w) => w.departmentIds.includes(department.id));
      const counters = own.filter((w) => w.category !== 'PICKUP');
      this.windows.set(department.id, counters.length > 0 ? counters : own);
      const staff = organisation.staff.filter((s) => s.departmentId === department.id);
      const receivers = staff.filter((s) => s.post === 'ACCEPTANCE');
      this.staff.set(department.id, staff);
      this.receivers.set(department.id, receivers.length > 0 ? receivers : staff);
    }
    for (const matter of organisation.matters) {
      // What can be missing: paper materials the applicant brings, never the ID card or the form filled in on the spot.
      const names = matter.materials
        .filter((m) => m.form !== 'ELECTRONIC' && !m.name.includes('身份证') && !/申请(书|表)|登记表/.test(m.name))
        .map((m) => m.name);
      this.missing.set(matter.id, names);
    }
  }
}

/** The directory `importCaseRows` asks: every matter of the organisation, published as version 1. */
export function organisationMatters(organisation: Organisation): CaseImportDependencies['matters'] {
  const directory = new Map<string, DirectoryMatter>(
    organisation.matters.map((m) => [m.id, { status: 'PUBLISHED', snapshot: snapshotOf(m) }]),
  );
  return async (ids) => new Map(ids.map((id) => [id, directory.get(id) ?? null]));
}

/** Whole cases per working day of the period: more on Mondays and after holidays, a slight growth over the period. */
function casesPerDay(days: WorkingDays, count: number, now: Date): Array<{ index: number; cases: number; closingMinute: number }> {
  const open: Array<{ index: number; weight: number; closingMinute: number }> = [];
  for (let index = days.first; index < days.end; index++) {
    const opening = localTime(days.day(index), OPENING_MINUTE).getTime();
    const closingMinute = Math.min(CLOSING_MINUTE, OPENING_MINUTE + Math.floor((now.getTime() - opening) / MINUTE_MS));
    if (closingMinute < OPENING_MINUTE + 30) continue;
    const growth = 0.9 + (0.2 * (index - days.first)) / Math.max(1, days.end - days.first);
    const share = (closingMinute - OPENING_MINUTE) / (CLOSING_MINUTE - OPENING_MINUTE);
    open.push({ index, weight: (days.afterBreak(index) ? 1.35 : 1) * growth * share, closingMinute });
  }
  const total = open.reduce((sum, day) => sum + day.weight, 0);
  let cumulative = 0;
  let assigned = 0;
  return open.map((day) => {
    cumulative += day.weight;
    const upTo = Math.round((cumulative / total) * count);
    const cases = upTo - assigned;
    assigned = upTo;
    return { index: day.index, cases, closingMinute: day.closingMinute };
  });
}

/** A second within the office hours of a day, drawn from the hourly weights, before `closingMinute`. */
function submissionSecond(rng: Random, closingMinute: number): number {
  for (;;) {
    const hour = pickWeighted(rng, HOURS);
    const second = (OPENING_MINUTE + hour * 60) * 60 + rng.int(0, 3599);
    if (second < closingMinute * 60) return second;
  }
}
const HOURS = weighted(
  HOUR_WEIGHTS.map((_, hour) => hour),
  (hour) => HOUR_WEIGHTS[hour] ?? 0,
);

/** Records a trail: working-day indices for the days, office hours for the times, every event after the one before. */
class Trail {
  readonly events: CaseImportEvent[] = [];
  private index: number;
  private time: number;

  constructor(
    private readonly rng: Random,
    private readonly days: WorkingDays,
    startIndex: number,
    startTime: number,
  ) {
    this.index = startIndex;
    this.time = startTime;
  }

  get dayIndex(): number {
    return this.index;
  }

  add(to: CaseStatus, actorRole: CaseImportEvent['actorRole'], reason: string | null = null): this {
    this.events.push({ at: new Date(this.time), to, reason, actorRole });
    return this;
  }

  /** Later the same day. */
  wait(minSeconds: number, maxSeconds: number): this {
    this.time += this.rng.int(minSeconds, maxSeconds) * 1000;
    return this;
  }

  /** To a later working day (by index) at an office-hours time; the same or an earlier index means later today. */
  goTo(index: number): this {
    if (index <= this.index) return this.wait(20 * 60, 120 * 60);
    this.index = index;
    const at = localTime(this.days.day(index), this.rng.int(OPENING_MINUTE, CLOSING_MINUTE - 30), this.rng.int(0, 59)).getTime();
    this.time = Math.max(at, this.time + MINUTE_MS);
    return this;
  }
}

interface GeneratorOptions {
  count: number;
  /** 0 for the loaded history, 1–9 for extra rows that never collide with it or with each other. */
  block: number;
  calendar: WorkingCalendar;
  /** Name the department a referred case went to: only `importCaseRows` knows the field, the mutation's input does not. */
  referralTargets: boolean;
}

/** The cases of a period in submission order: see the loader's comment for the distributions. */
function* generateCases(period: Period, options: GeneratorOptions): Generator<CaseImportRow> {
  const { now } = period;
  const rng = new Random(`scale:${period.profile.name}:cases:${options.block}`);
  const hall = new Hall(period.organisation);
  const days = new WorkingDays(options.calendar, period.from, period.until);
  const nowTime = now.getTime();
  const departments = period.organisation.departments;

  const applicant = () => {
    const person = randomPerson(rng);
    const age = rng.int(18, 78);
    const birthYear = Number(period.until.slice(0, 4)) - age;
    const birthDate = isoOf(dayOf(`${birthYear}-01-01`) + rng.int(0, 364));
    return {
      applicantName: person.name,
      applicantIdNumber: makeResidentId(rng.pick(DISTRICT_CODES), birthDate, rng.int(0, 499), person.male),
      applicantPhone: randomMobile(rng),
    };
  };
  const supplementReason = (matter: ScaleMatter) => {
    const names = hall.missing.get(matter.id) ?? [];
    if (names.length === 0) return '申请材料签字不完整，已一次性告知需补正的全部内容';
    const [first, second] = rng.sample(names, Math.min(names.length, rng.chance(0.3) ? 2 : 1));
    return second ? `缺少${first}、${second}，已一次性告知` : `缺少${first}，已一次性告知`;
  };
  /** Extra trips beyond the first: none for about 75 %, one for 24 %, two for 1 % of the cases served at a window. */
  const extraTrips = () => {
    const r = rng.next();
    return r < 0.75 ? 0 : r < 0.99 ? 1 : 2;
  };
  /** Working days from acceptance to an on-time decision: at least 30 % of the limit, most of them near its end. */
  const onTimeOffset = (limit: number) => {
    const earliest = Math.ceil(limit * 0.3);
    return Math.min(limit, earliest + Math.floor((limit - earliest + 1) * (1 - rng.next() ** 2)));
  };
  const lateness = () => Math.min(40, 1 + Math.floor(-Math.log(1 - rng.next()) * 4));

  /** The instant matter's trail: on the spot, after one or two supplements at the window, or refused. */
  const instantTrail = (trail: Trail, matter: ScaleMatter, online: boolean, departmentId: string) => {
    trail.add('SUBMITTED', 'public');
    const r = rng.next();
    if (r < 0.015) return trail.wait(120, 900).add('NOT_ACCEPTED', 'staff', rng.pick(NOT_ACCEPTED_REASONS));
    if (r < 0.023) return referral(trail, matter, departmentId);
    if (r < 0.03) {
      trail.wait(180, 900).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(matter));
      return trail.goTo(trail.dayIndex + rng.int(2, 15)).add('WITHDRAWN', 'public', rng.pick(WITHDRAWAL_REASONS));
    }
    const supplements = online ? (rng.chance(0.1) ? 1 : 0) : extraTrips();
    for (let n = 0; n < supplements; n++) {
      trail.wait(180, 900).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(matter));
      trail.goTo(trail.dayIndex + rng.int(1, 3)).add('RESUBMITTED', 'public', online ? '通过网上办事平台补齐材料' : '申请人到窗口补齐材料');
    }
    return trail.wait(20, 120).add('ACCEPTED', 'staff').wait(120, 900).add('COMPLETED', 'staff');
  };

  const referral = (trail: Trail, matter: ScaleMatter, departmentId: string) => {
    const target = departments.length > 1 ? rng.pick(departments.filter((d) => d.id !== departmentId)) : undefined;
    trail
      .wait(180, 900)
      .add('REFERRED', 'staff', `经核实，该申请应由${target?.name ?? '其他部门'}办理，已转办并告知申请人（${matter.name}）`);
    referredTo = target?.id;
    return trail;
  };
  let referredTo: string | undefined;

  /** The committed matter's trail: acceptance, review (paused now and then), decision within the limit or late, delivery. */
  const committedTrail = (trail: Trail, matter: ScaleMatter, online: boolean, departmentId: string) => {
    trail.add('SUBMITTED', 'public');
    const r = rng.next();
    const trips = online ? 0 : extraTrips();
    const resubmitAtWindow = trips === 2 || (trips === 1 && rng.chance(0.5));
    const pickup = trips === 2 || (trips === 1 && !resubmitAtWindow) || (online && rng.chance(0.3));
    if (resubmitAtWindow || (online && rng.chance(0.1))) {
      trail.wait(300, 1800).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(matter));
      trail
        .goTo(trail.dayIndex + rng.int(1, 4))
        .add('RESUBMITTED', 'public', resubmitAtWindow ? '申请人到窗口补齐材料' : '通过网上办事平台补齐材料');
    }
    if (r < 0.03) return trail.goTo(trail.dayIndex + rng.int(0, 2)).add('NOT_ACCEPTED', 'staff', rng.pick(NOT_ACCEPTED_REASONS));
    if (r < 0.04) return referral(trail, matter, departmentId);
    trail.goTo(trail.dayIndex + (rng.chance(0.7) ? 0 : 1)).add('ACCEPTED', 'staff');
    const accepted = trail.dayIndex;
    const limit = Math.max(1, matter.committedLimitDays);
    trail.goTo(accepted + (limit > 1 && rng.chance(0.5) ? 1 : 0)).add('UNDER_REVIEW', 'staff');
    let paused = 0;
    if (r < 0.06) {
      return trail.goTo(trail.dayIndex + rng.int(1, Math.max(1, limit - 1))).add('WITHDRAWN', 'public', rng.pick(WITHDRAWAL_REASONS));
    }
    if (limit >= 5 && rng.chance(0.04)) {
      const since = trail.dayIndex + rng.int(1, Math.max(1, Math.floor(limit / 2)));
      const until = since + rng.int(2, 10);
      trail.goTo(since).add('SUSPENDED', 'staff', rng.pick(SUSPENSION_REASONS));
      trail.goTo(until).add('UNDER_REVIEW', 'staff', '评审（核查）结束，恢复计时');
      paused += until - since;
    } else if (rng.chance(0.03)) {
      const since = trail.dayIndex + rng.int(0, Math.max(0, Math.floor(limit / 2)));
      const until = since + rng.int(1, 3);
      trail.goTo(since).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(matter));
      trail.goTo(until).add('RESUBMITTED', 'public', '通过网上办事平台补齐材料');
      trail.wait(600, 3600).add('UNDER_REVIEW', 'staff');
      paused += until - since;
    }
    const due = accepted + limit + paused;
    const d = rng.next();
    const decision =
      d < STALLED_SHARE
        ? due + rng.int(10, 60)
        : d < STALLED_SHARE + LATE_SHARE
          ? due + lateness()
          : Math.max(trail.dayIndex, accepted + onTimeOffset(limit) + paused);
    const denied = rng.chance(0.04);
    trail.goTo(decision).add(denied ? 'DENIED' : 'APPROVED', 'staff', denied ? DENIAL_REASON : null);
    trail.wait(300, 1800).add('COMPLETED', 'staff');
    if (pickup) return trail.goTo(trail.dayIndex + rng.int(0, 3)).add('DELIVERED', 'staff', '申请人到窗口领取办理结果');
    if (rng.chance(0.5))
      return trail.goTo(trail.dayIndex + rng.int(1, 2)).add('DELIVERED', 'staff', '办理结果邮寄送达（EMS），申请人已签收');
    return trail.wait(60, 1800).add('DELIVERED', 'staff', '电子证照已推送至申请人账户');
  };

  const evaluationOf = (events: CaseImportEvent[], online: boolean, instant: boolean): CaseImportRow['evaluation'] => {
    const completed = events.find((event) => event.to === 'COMPLETED');
    if (!completed || !rng.chance(EVALUATED_SHARE)) return null;
    const after = events.at(-1)?.at ?? completed.at;
    const evaluatedAt = new Date(after.getTime() + (instant ? rng.int(20, 900) * 1000 : rng.int(10, 2 * 24 * 60) * MINUTE_MS));
    if (evaluatedAt.getTime() > nowTime) return null;
    const r = rng.next();
    const level = r < 0.96 ? 5 : r < 0.985 ? 4 : r < 0.993 ? 3 : r < 0.9965 ? 2 : 1;
    const c = rng.next();
    const channel: EvaluationChannel = online
      ? c < 0.5
        ? 'PC'
        : c < 0.9
          ? 'MOBILE'
          : 'SMS'
      : instant
        ? c < 0.7
          ? 'WINDOW_TABLET'
          : c < 0.85
            ? 'QR_CODE'
            : c < 0.93
              ? 'SMS'
              : c < 0.98
                ? 'MOBILE'
                : 'HOTLINE'
        : c < 0.35
          ? 'SMS'
          : c < 0.6
            ? 'MOBILE'
            : c < 0.8
              ? 'WINDOW_TABLET'
              : c < 0.9
                ? 'QR_CODE'
                : c < 0.97
                  ? 'PC'
                  : 'HOTLINE';
    const comment =
      level <= 2 ? rng.pick(BAD_COMMENTS) : level === 3 ? rng.pick(FAIR_COMMENTS) : rng.chance(0.25) ? rng.pick(GOOD_COMMENTS) : null;
    return { level, channel, comment, evaluatedAt, realName: level <= 2 ? rng.chance(0.7) : rng.chance(0.9) };
  };

  for (const { index, cases, closingMinute } of casesPerDay(days, options.count, now)) {
    if (cases >= BLOCK) throw new Error(`${cases} cases on one day do not fit a five-digit sequence block`);
    const seconds = Array.from({ length: cases }, () => submissionSecond(rng, closingMinute)).sort((a, b) => a - b);
    const day = days.day(index);
    const datePart = isoOf(day).replaceAll('-', '');
    for (const [position, second] of seconds.entries()) {
      const kind = rng.chance(INSTANT_SHARE) ? 'INSTANT' : 'COMMITTED';
      const matter = pickWeighted(rng, hall.matters[kind]);
      const departmentId = matter.departmentId;
      const online = matter.channels.includes('ONLINE') && rng.chance(ONLINE_SHARE / 0.88);
      const windows = hall.windows.get(departmentId) ?? [];
      const window = online || windows.length === 0 ? null : rng.pick(windows);
      const owner = rng.pick(hall.receivers.get(departmentId) ?? []);
      const trail = new Trail(rng, days, index, localTime(day, 0, second).getTime());
      referredTo = undefined;
      if (kind === 'INSTANT') instantTrail(trail, matter, online, departmentId);
      else committedTrail(trail, matter, online, departmentId);
      // The history ends now: later steps have not happened yet, so recent cases are still open.
      const events = trail.events.filter((event) => event.at.getTime() <= nowTime);
      const row: CaseImportRow = {
        number: `ZW${datePart}${String(options.block * BLOCK + position + 1).padStart(5, '0')}`,
        matterId: matter.id,
        windowId: window?.id ?? null,
        firstOwnerStaffId: owner.id,
        ...applicant(),
        visits: visitsOfTrail(window?.id, events).length,
        events,
        evaluation: evaluationOf(events, online, kind === 'INSTANT'),
      };
      if (options.referralTargets && referredTo && events.at(-1)?.to === 'REFERRED') row.referredToDepartmentId = referredTo;
      yield row;
    }
  }
}

/**
 * Extra valid rows for the `importCases` mutation (the bench's import throughput): `count` cases over the same period,
 * numbered in sequence block `seed` (1–9), so they collide neither with the loaded history nor with another seed's rows.
 */
export function caseImportRows(
  period: Period,
  options: { count: number; seed: number; calendar?: WorkingCalendar },
): Generator<CaseImportRow> {
  if (!Number.isInteger(options.seed) || options.seed < 1 || options.seed > 9) throw new Error('seed must be a whole number from 1 to 9');
  return generateCases(period, {
    count: options.count,
    block: options.seed,
    calendar: options.calendar ?? new WorkingCalendar(),
    referralTargets: false,
  });
}

const COMPLAINT_TEXTS = {
  WINDOW: [
    '上午窗口无人值守，等了二十多分钟才有人回来',
    '窗口暂停服务没有提前告知，排队一小时后被告知下午再来',
    '叫号后窗口迟迟不办理，工作人员在处理其他事情',
  ],
  STAFF: ['工作人员态度生硬，解释材料要求很不耐烦', '工作人员办理时一直接听私人电话', '工作人员要求提供清单之外的证明材料'],
  MATTER: ['网上公布的材料清单与窗口要求不一致，白跑了一趟', '超过承诺时限仍未办结，也没有人告知原因', '同一份材料被要求重复提交'],
  DEPARTMENT: ['同一件事被两个部门来回推，说不归自己管', '部门咨询电话长期无人接听', '办事指南更新不及时，按指南准备的材料不被接受'],
} as const;
const COMPLAINT_ANSWERS = [
  '经核实情况属实，已批评教育当事工作人员并纳入月度考核，已向投诉人致歉',
  '已更新办事指南并对窗口人员开展专项培训，已回访投诉人',
  '经核实系系统故障所致，已修复并向投诉人说明情况',
  '已督促部门整改，增开窗口缓解高峰排队，已回访投诉人',
];

/** Complaints (投诉) over the period: about `complaintsPerThousandCases` per 1,000 cases, most answered and closed. */
function* generateComplaints(period: Period, days: WorkingDays, count: number): Generator<Record<string, unknown>> {
  const rng = new Random(`scale:${period.profile.name}:complaints`);
  const hall = new Hall(period.organisation);
  const nowTime = period.now.getTime();
  for (const { index, cases, closingMinute } of casesPerDay(days, count, period.now)) {
    const seconds = Array.from({ length: cases }, () => rng.int(OPENING_MINUTE * 60, closingMinute * 60 - 1)).sort((a, b) => a - b);
    const day = days.day(index);
    for (const [position, second] of seconds.entries()) {
      const matter = pickWeighted(rng, hall.matters[rng.chance(INSTANT_SHARE) ? 'INSTANT' : 'COMMITTED']);
      const departmentId = matter.departmentId;
      const s = rng.next();
      const subject = s < 0.3 ? 'WINDOW' : s < 0.6 ? 'STAFF' : s < 0.8 ? 'MATTER' : 'DEPARTMENT';
      const c = rng.next();
      const channel = c < 0.35 ? 'HOTLINE' : c < 0.55 ? 'WEB' : c < 0.75 ? 'MOBILE' : c < 0.88 ? 'WINDOW' : c < 0.96 ? 'BOX' : 'LETTER';
      const anonymous = (channel === 'BOX' || channel === 'LETTER') && rng.chance(0.5);
      const person = randomPerson(rng);
      const receivedAt = localTime(day, 0, second);
      const assignedAt = new Date(receivedAt.getTime() + rng.int(1, 6) * 3_600_000);
      const answerDay = index + (rng.chance(0.92) ? rng.int(2, 9) : rng.int(11, 15));
      const answeredAt = localTime(days.day(answerDay), rng.int(OPENING_MINUTE, CLOSING_MINUTE - 30));
      const closedAt = localTime(days.day(answerDay + rng.int(1, 3)), rng.int(OPENING_MINUTE, CLOSING_MINUTE - 30));
      const reached = (at: Date) => at.getTime() <= nowTime;
      const status = reached(closedAt) ? 'CLOSED' : reached(answeredAt) ? 'ANSWERED' : reached(assignedAt) ? 'ASSIGNED' : 'RECEIVED';
      const assigned = status !== 'RECEIVED';
      yield {
        number: `TS${isoOf(day).replaceAll('-', '')}${String(position + 1).padStart(4, '0')}`,
        channel,
        subject,
        departmentId: assigned || subject === 'DEPARTMENT' ? departmentId : null,
        windowId: subject === 'WINDOW' ? rng.pick(hall.windows.get(departmentId) ?? []).id : null,
        staffId: subject === 'STAFF' ? rng.pick(hall.staff.get(departmentId) ?? []).id : null,
        matterId: subject === 'MATTER' ? matter.id : null,
        content: rng.pick(COMPLAINT_TEXTS[subject]),
        complainantName: anonymous ? null : person.name,
        complainantPhone: anonymous ? null : randomMobile(rng),
        status,
        receivedAt,
        assignedAt: assigned ? assignedAt : null,
        answeredAt: status === 'ANSWERED' || status === 'CLOSED' ? answeredAt : null,
        answer: status === 'ANSWERED' || status === 'CLOSED' ? rng.pick(COMPLAINT_ANSWERS) : null,
        closedAt: status === 'CLOSED' ? closedAt : null,
      };
    }
  }
}

async function hallCalendar(database: Database<CasesTables>): Promise<WorkingCalendar> {
  const { rows } = await database.pool.query<{ day: string; kind: DayOverride }>(`SELECT day::text AS day, kind FROM cases.calendar_days`);
  return new WorkingCalendar(new Map(rows.map((row) => [row.day, row.kind])));
}

/**
 * The case history of a generated hall or city, through the cases subgraph's bulk import path (validated, COPY):
 * `profile.cases` cases over the working days of the period (office hours, busier on Mondays), ~94 % for instant
 * matters (kind first, then a matter by popularity), ~85 % at one of the department's windows and the rest online,
 * received by one of the department's acceptance staff. Committed cases are accepted, reviewed (now and then suspended
 * or sent back for a supplement), approved or (a few) denied, completed and delivered; ~4 % are decided a few days after their
 * deadline and ~1.5 % weeks after it, so the recent ones are still open past it (yellow and red cards). A few are refused, referred or withdrawn. Window cases take one
 * trip (~75 %), two (~24 %) or three (~1 %). About 60 % of completed cases are evaluated, nearly all very satisfied.
 * Complaints: `complaintsPerThousandCases` per 1,000 cases.
 */
export const loadCases: Loader = async (context) => {
  const started = performance.now();
  const database = openServiceDatabase(casesSubgraph, context.databaseUrls.cases);
  const rows: Record<string, number> = { cases: 0, case_events: 0, case_visits: 0, evaluations: 0, complaints: 0 };
  const inflight = new Set<Promise<void>>();
  try {
    const calendar = await hallCalendar(database);
    const dependencies: CaseImportDependencies = {
      calendar,
      settings: settingsFromEnv(),
      matters: organisationMatters(context.organisation),
    };
    const write = async (batch: unknown[], importer: typeof importCaseRows) => {
      const report = await importer(database, dependencies, batch, { batchSize: batch.length });
      if (report.errors.length > 0) {
        throw new Error(
          `the generated rows were refused: ${report.errors
            .slice(0, 3)
            .map((e) => `${e.field}: ${e.message}`)
            .join('; ')}`,
        );
      }
      for (const [table, count] of Object.entries(report.written)) rows[table] = (rows[table] ?? 0) + count;
    };
    // Two batches in flight on two connections: PostgreSQL ingests one while the other is generated and validated here.
    let failure: unknown = null;
    const launch = (cases: CaseImportRow[]) => {
      const pending: Promise<void> = write(cases, importCaseRows)
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => inflight.delete(pending));
      inflight.add(pending);
    };
    let batch: CaseImportRow[] = [];
    let lastLog = performance.now();
    for (const row of generateCases(context, { count: context.profile.cases, block: 0, calendar, referralTargets: true })) {
      batch.push(row);
      // Lets the batches in flight feed their COPY streams while this one is generated.
      if (batch.length % 256 === 0) await new Promise(setImmediate);
      if (batch.length < CASE_BATCH) continue;
      while (inflight.size >= WRITERS) await Promise.race(inflight);
      if (failure) throw failure;
      launch(batch);
      batch = [];
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        context.log(`cases: ${rows.cases?.toLocaleString('en')} of ${context.profile.cases.toLocaleString('en')} cases`);
      }
    }
    if (batch.length > 0) launch(batch);
    await Promise.all(inflight);
    if (failure) throw failure;
    const complaints = [
      ...generateComplaints(
        context,
        new WorkingDays(calendar, context.from, context.until),
        Math.round((context.profile.cases * context.profile.complaintsPerThousandCases) / 1000),
      ),
    ];
    for (let start = 0; start < complaints.length; start += CASE_BATCH)
      await write(complaints.slice(start, start + CASE_BATCH), importComplaintRows);
    context.log(`cases: ${rows.cases?.toLocaleString('en')} cases, ${rows.complaints?.toLocaleString('en')} complaints`);
    return { service: 'cases', rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    await Promise.allSettled(inflight);
    await database.close();
  }
};
