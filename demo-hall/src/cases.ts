import {
  CLOSING_MINUTE,
  OPENING_MINUTE,
  type DemoClock,
  addWorkingDays,
  dayOf,
  dueAtFor,
  isoOf,
  localDayOf,
  localTime,
  subtractWorkingDays,
} from './calendar';
import { CITY_NAME, DISTRICT_CODES } from './city';
import { demoId } from './ids';
import { PUBLIC_APPLICANT, randomMobile, randomPerson } from './people';
import { Random } from './random';
import { makeResidentId } from './resident-id';
import {
  type CaseStatus,
  type Channel,
  type DemoCase,
  type DemoCaseEvent,
  type DemoDepartment,
  type DemoMatter,
  type DemoStaff,
  type DemoWindow,
} from './types';

/** A matter with the generator-only facts about it. */
export interface MatterProfile {
  matter: DemoMatter;
  /** Frequently requested: about 90 % of the demo cases are for hot matters. */
  hot: boolean;
  applicantAge: [number, number];
}

type Outcome =
  | 'instant'
  | 'delivered'
  | 'completed'
  | 'approved'
  | 'underReview'
  | 'accepted'
  | 'suspended'
  | 'supplement'
  | 'resubmitted'
  | 'notAccepted'
  | 'referred'
  | 'withdrawn';

interface Scenario {
  outcome: Outcome;
  /** Pins the scenario to the matter with this name. */
  matter?: string;
  /** For a referral: the code of the department the applicant went to first. */
  referredFrom?: string;
  /** Reason recorded on the scenario's distinctive transition. */
  reason?: string;
  /** Delivered, but decided one working day after the committed deadline. */
  late?: boolean;
  /** Still under review after the committed deadline passed. */
  overdue?: boolean;
  /** Decided with a denial (不予许可), then concluded and the decision delivered. */
  denied?: boolean;
  greenChannel?: boolean;
  /** The case belongs to the demo public user. */
  publicApplicant?: boolean;
  /** Forces a supplement notice answered in person at the window (an extra visit). */
  supplementAtWindow?: boolean;
  /** Forces delivery by pickup at the window (an extra visit). */
  pickup?: boolean;
  /** Submitted online (no window); the result is picked up at the window. */
  online?: boolean;
}

const repeat = (count: number, scenario: Scenario): Scenario[] => Array.from({ length: count }, () => ({ ...scenario }));

/** 60 cases: most concluded, a realistic handful in progress, and one of each unhappy path. */
const SCENARIOS: readonly Scenario[] = [
  ...repeat(18, { outcome: 'instant' }),
  ...repeat(13, { outcome: 'delivered' }),
  { outcome: 'delivered', online: true },
  { outcome: 'delivered', supplementAtWindow: true, pickup: true },
  { outcome: 'delivered', late: true },
  { outcome: 'delivered', matter: '不动产转移登记（存量房买卖）', publicApplicant: true },
  { outcome: 'delivered', matter: '建筑工程施工许可证核发', greenChannel: true, reason: '市重点建设项目，经绿色通道优先受理' },
  {
    outcome: 'delivered',
    matter: '娱乐场所经营活动审批',
    denied: true,
    reason:
      '经现场核查，拟设场所位于居民楼内，不符合《娱乐场所管理条例》第七条规定，依法作出不予许可决定，并告知申请行政复议或者提起行政诉讼的权利',
  },
  ...repeat(5, { outcome: 'completed' }),
  { outcome: 'approved' },
  ...repeat(4, { outcome: 'underReview' }),
  { outcome: 'underReview', overdue: true },
  { outcome: 'underReview', matter: '户口迁入（购房落户）', publicApplicant: true },
  ...repeat(3, { outcome: 'accepted' }),
  {
    outcome: 'suspended',
    matter: '建设项目环境影响报告表审批',
    reason: '需组织专家技术评审，依据《中华人民共和国行政许可法》第四十五条，评审时间不计入办理时限，已书面告知申请人',
  },
  ...repeat(3, { outcome: 'supplement' }),
  { outcome: 'resubmitted' },
  {
    outcome: 'notAccepted',
    matter: '食品经营许可证核发',
    reason:
      '经窗口集体研判，申请人仅销售预包装食品，依法不需要取得食品经营许可；已出具《不予受理通知书》，载明理由和依据，并告知办理备案的途径',
  },
  { outcome: 'referred', matter: '医疗费用零星报销', referredFrom: 'RSJ' },
  { outcome: 'withdrawn', matter: '个人住房公积金贷款', reason: '购房合同已协商解除，申请人书面申请撤回贷款申请' },
];

/** Cases are spread over the 23 working days from 2026-10-21 to the reference date (k = working days before it). */
const MAX_DAYS_BACK = 22;
const LAST_EVENT_MINUTE = CLOSING_MINUTE - 1;

function fits(outcome: Outcome, matter: DemoMatter): boolean {
  switch (outcome) {
    case 'instant':
      return matter.kind === 'INSTANT';
    case 'supplement':
    case 'notAccepted':
    case 'referred':
      return true;
    default:
      return matter.kind === 'COMMITTED' && matter.committedLimitDays >= 1 && matter.committedLimitDays <= 10;
  }
}

/** Records a case's transitions in order, moving a cursor through the hall's office hours. */
class Trail {
  readonly events: DemoCaseEvent[] = [];
  private day: number;
  private minute: number;

  constructor(
    private readonly rng: Random,
    private readonly startDay: number,
  ) {
    this.day = startDay;
    this.minute = rng.int(OPENING_MINUTE, 16 * 60);
  }

  get status(): CaseStatus | null {
    return this.events.at(-1)?.to ?? null;
  }

  /** Later the same day, capped just before closing time. */
  wait(minMinutes: number, maxMinutes: number): this {
    this.minute = Math.min(this.minute + this.rng.int(minMinutes, maxMinutes), LAST_EVENT_MINUTE);
    return this;
  }

  /** To the working day `offset` working days after submission (the same day means a little later). */
  goTo(offset: number): this {
    const day = addWorkingDays(this.startDay, offset);
    if (day < this.day) throw new Error('A case trail cannot go back in time');
    if (day === this.day) return this.wait(20, 120);
    this.day = day;
    this.minute = this.rng.int(OPENING_MINUTE, 16 * 60 + 30);
    return this;
  }

  add(to: CaseStatus, actorRole: DemoCaseEvent['actorRole'], reason: string | null = null, second = 0): Date {
    let at = localTime(this.day, this.minute, second);
    const previous = this.events.at(-1)?.at;
    if (previous && at.getTime() <= previous.getTime()) at = new Date(previous.getTime() + 20_000);
    this.events.push({ from: this.status, to, at, actorRole, reason });
    return at;
  }

  /** 即办件: submitted, accepted and completed within one minute. */
  instant(): void {
    const s0 = this.rng.int(0, 10);
    const s1 = s0 + this.rng.int(8, 20);
    const s2 = s1 + this.rng.int(10, 25);
    this.add('SUBMITTED', 'public', null, s0);
    this.add('ACCEPTED', 'staff', null, s1);
    this.add('COMPLETED', 'staff', null, s2);
  }
}

/** The 一次性告知 reason: every missing item at once, naming materials of the matter itself. */
function supplementReason(rng: Random, matter: DemoMatter): string {
  // Electronic, shared, collected or signed on the spot: none of these can be missing.
  const candidates = matter.materials.filter(
    (m) =>
      m.form !== 'ELECTRONIC' &&
      !m.name.includes('身份证') &&
      !/申请(书|表)|登记表/.test(m.name) &&
      !['窗口现场采集', '现场签署'].includes(m.source),
  );
  if (candidates.length === 0) return '申请材料签字不完整，已一次性告知需补正的全部内容';
  const [first, second] = rng.sample(candidates, Math.min(candidates.length, rng.chance(0.35) ? 2 : 1));
  if (!first) throw new Error('unreachable');
  if (second !== undefined) return `缺少${first.name}、${second.name}，已一次性告知`;
  if (first.form === 'COPY' && rng.chance(0.4)) return `${first.name}复印件内容与原件不一致，已一次性告知需补正的全部内容`;
  return `缺少${first.name}，已一次性告知`;
}

interface Applicant {
  name: string;
  idNumber: string;
  phone: string;
}

interface CaseInputs {
  departments: readonly DemoDepartment[];
  matters: readonly MatterProfile[];
  staff: readonly DemoStaff[];
  windows: readonly DemoWindow[];
  clock: DemoClock;
}

type UnnumberedCase = Omit<DemoCase, 'id' | 'number'>;

/**
 * The demo cases, each trail ending by the reference day (its last working day on a weekend); what lies after the
 * reference's "now" has not happened yet: the trail is cut there, and a case with nothing left is not in the hall.
 */
export function buildCases({ departments, matters, staff, windows, clock }: CaseInputs): DemoCase[] {
  const rng = new Random('demo-hall:cases');
  const referenceDay = clock.workday;
  const usedIds = new Set<string>();
  const usedPhones = new Set<string>();

  const departmentByCode = (code: string): DemoDepartment => {
    const department = departments.find((d) => d.code === code);
    if (!department) throw new Error(`Unknown department ${code}`);
    return department;
  };
  const counterWindows = (departmentId: string): DemoWindow[] =>
    windows.filter((w) => w.departmentIds.includes(departmentId) && (w.category === 'SPECIALISED' || w.category === 'COMPREHENSIVE'));

  const newApplicant = (profile: MatterProfile): Applicant => {
    for (;;) {
      const person = randomPerson(rng);
      const [minAge, maxAge] = profile.applicantAge;
      const birthYear = 2026 - rng.int(minAge, maxAge);
      const birthDate = isoOf(dayOf(`${birthYear}-01-01`) + rng.int(0, 364));
      const idNumber = makeResidentId(rng.pick(DISTRICT_CODES), birthDate, rng.int(0, 499), person.male);
      const phone = randomMobile(rng);
      if (usedIds.has(idNumber) || usedPhones.has(phone)) continue;
      usedIds.add(idNumber);
      usedPhones.add(phone);
      return { name: person.name, idNumber, phone };
    }
  };
  const publicApplicant: Applicant = {
    name: PUBLIC_APPLICANT.name,
    idNumber: makeResidentId(PUBLIC_APPLICANT.districtCode, PUBLIC_APPLICANT.birthDate, PUBLIC_APPLICANT.sequence, PUBLIC_APPLICANT.male),
    phone: PUBLIC_APPLICANT.phone,
  };
  usedIds.add(publicApplicant.idNumber);
  usedPhones.add(publicApplicant.phone);

  const pickMatter = (scenario: Scenario): MatterProfile => {
    if (scenario.matter !== undefined) {
      const pinned = matters.find((p) => p.matter.name === scenario.matter);
      if (!pinned || !fits(scenario.outcome, pinned.matter))
        throw new Error(`Matter ${scenario.matter} does not fit a ${scenario.outcome} case`);
      return pinned;
    }
    const eligible = matters.filter(
      (p) => fits(scenario.outcome, p.matter) && (scenario.online !== true || p.matter.channels.includes('ONLINE')),
    );
    const hot = eligible.filter((p) => p.hot);
    const cold = eligible.filter((p) => !p.hot);
    return rng.pick(hot.length > 0 && (cold.length === 0 || rng.chance(0.9)) ? hot : cold);
  };

  const generate = (scenario: Scenario): UnnumberedCase | null => {
    const profile = pickMatter(scenario);
    const { matter } = profile;
    const limit = matter.committedLimitDays;
    const referredTo = scenario.referredFrom === undefined ? undefined : matter.departmentId;
    const department = scenario.referredFrom === undefined ? undefined : departmentByCode(scenario.referredFrom);
    const departmentId = department?.id ?? matter.departmentId;

    let channel: Channel = 'WINDOW';
    if (scenario.greenChannel !== true) {
      const mayBeOnline = scenario.outcome === 'delivered' && scenario.supplementAtWindow !== true && matter.channels.includes('ONLINE');
      if (scenario.online === true || (mayBeOnline && rng.chance(0.1))) channel = 'ONLINE';
      else if (matter.channels.includes('APPOINTMENT') && rng.chance(0.25)) channel = 'APPOINTMENT';
    }
    const window =
      channel === 'ONLINE'
        ? null
        : scenario.greenChannel === true
          ? windows.find((w) => w.category === 'GREEN_CHANNEL' && w.departmentIds.includes(departmentId))
          : rng.pick(counterWindows(departmentId).filter((w) => referredTo === undefined || !w.departmentIds.includes(referredTo)));
    if (window === undefined) throw new Error(`No window for a case of ${matter.name}`);
    const receivers = staff.filter((s) => s.departmentId === departmentId && s.post === 'ACCEPTANCE');
    const firstOwner = rng.pick(receivers.length > 0 ? receivers : staff.filter((s) => s.departmentId === departmentId));
    const applicant = scenario.publicApplicant === true ? publicApplicant : newApplicant(profile);

    // Plan the trail in working-day offsets from the submission day, then place it so that it ends by the reference date.
    const supplement =
      scenario.supplementAtWindow === true ||
      (['delivered', 'completed', 'approved', 'underReview', 'accepted'].includes(scenario.outcome) && rng.chance(0.18));
    const resubmitOffset = supplement ? rng.int(1, 3) : 0;
    const resubmitAtWindow = scenario.supplementAtWindow === true || (supplement && channel !== 'ONLINE' && rng.chance(0.6));
    const acceptOffset = resubmitOffset;
    const reviewOffset = acceptOffset + (limit > 1 && rng.chance(0.5) ? 1 : 0);
    const decisionOffset =
      scenario.late === true
        ? acceptOffset + limit + 1
        : rng.int(Math.max(reviewOffset, acceptOffset + Math.ceil(limit * 0.4)), acceptOffset + limit);
    const pickup = scenario.pickup === true || channel === 'ONLINE' || rng.chance(0.35);
    // The trips beyond the first: the events made at the window.
    const extraVisits: DemoCaseEvent[] = [];
    const visitedAtLast = (trail: Trail): void => {
      const event = trail.events.at(-1);
      if (event) extraVisits.push(event);
    };

    let daysBack: number;
    let steps: (trail: Trail) => void;
    const submitAndAccept = (trail: Trail): void => {
      trail.add('SUBMITTED', 'public');
      if (supplement) {
        trail.wait(5, 25).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(rng, matter));
        trail.goTo(resubmitOffset).add('RESUBMITTED', 'public', resubmitAtWindow ? '申请人到窗口补齐材料' : '通过网上办事平台补齐材料');
        if (resubmitAtWindow) visitedAtLast(trail);
      }
      trail.wait(5, 30).add('ACCEPTED', 'staff', scenario.greenChannel === true ? (scenario.reason ?? null) : null);
    };
    const decide = (trail: Trail): void => {
      trail.goTo(reviewOffset).add('UNDER_REVIEW', 'staff');
      if (scenario.denied === true) trail.goTo(decisionOffset).add('DENIED', 'staff', scenario.reason ?? null);
      else trail.goTo(decisionOffset).add('APPROVED', 'staff');
    };

    switch (scenario.outcome) {
      case 'instant':
        daysBack = rng.int(0, MAX_DAYS_BACK);
        steps = (trail) => trail.instant();
        break;
      case 'delivered': {
        const deliveryOffset = decisionOffset + (pickup ? rng.int(0, 3) : rng.int(1, 2));
        daysBack = rng.int(deliveryOffset, MAX_DAYS_BACK);
        steps = (trail) => {
          submitAndAccept(trail);
          decide(trail);
          trail.wait(10, 90).add('COMPLETED', 'staff');
          const what = scenario.denied === true ? '《不予许可决定书》' : '办理结果';
          trail.goTo(deliveryOffset).add('DELIVERED', 'staff', pickup ? `申请人到窗口领取${what}` : `${what}邮寄送达（EMS），申请人已签收`);
          if (pickup) visitedAtLast(trail);
        };
        break;
      }
      case 'completed':
        daysBack = decisionOffset + rng.int(0, 2);
        steps = (trail) => {
          submitAndAccept(trail);
          decide(trail);
          trail.wait(10, 90).add('COMPLETED', 'staff');
        };
        break;
      case 'approved':
        daysBack = decisionOffset + rng.int(0, 1);
        steps = (trail) => {
          submitAndAccept(trail);
          decide(trail);
        };
        break;
      case 'underReview': {
        const today =
          scenario.overdue === true
            ? acceptOffset + limit + rng.int(1, 2)
            : rng.int(reviewOffset, Math.max(reviewOffset, acceptOffset + limit - 1));
        daysBack = today;
        steps = (trail) => {
          submitAndAccept(trail);
          trail.goTo(reviewOffset).add('UNDER_REVIEW', 'staff');
        };
        break;
      }
      case 'accepted':
        daysBack = acceptOffset + (limit > 1 ? rng.int(0, 1) : 0);
        steps = submitAndAccept;
        break;
      case 'suspended': {
        const suspendOffset = reviewOffset + rng.int(1, 3);
        daysBack = suspendOffset + rng.int(1, 4);
        steps = (trail) => {
          submitAndAccept(trail);
          trail.goTo(reviewOffset).add('UNDER_REVIEW', 'staff');
          trail.goTo(suspendOffset).add('SUSPENDED', 'staff', scenario.reason ?? null);
        };
        break;
      }
      case 'supplement':
        daysBack = rng.int(0, 4);
        steps = (trail) => {
          trail.add('SUBMITTED', 'public');
          trail.wait(5, 25).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(rng, matter));
        };
        break;
      case 'resubmitted': {
        const resubmitDay = rng.int(2, 4);
        daysBack = resubmitDay;
        steps = (trail) => {
          trail.add('SUBMITTED', 'public');
          trail.wait(5, 25).add('SUPPLEMENT_REQUESTED', 'staff', supplementReason(rng, matter));
          trail.goTo(resubmitDay).add('RESUBMITTED', 'public', '申请人到窗口补齐材料');
          visitedAtLast(trail);
        };
        break;
      }
      case 'notAccepted':
        daysBack = rng.int(1, MAX_DAYS_BACK);
        steps = (trail) => {
          trail.add('SUBMITTED', 'public');
          trail.goTo(1).add('NOT_ACCEPTED', 'manager', scenario.reason ?? null);
        };
        break;
      case 'referred': {
        const target = departments.find((d) => d.id === referredTo);
        const targetWindow =
          target && (counterWindows(target.id).find((w) => w.category === 'SPECIALISED') ?? counterWindows(target.id)[0]);
        if (!target || !targetWindow) throw new Error('A referral needs a target department with a window');
        daysBack = rng.int(0, MAX_DAYS_BACK);
        steps = (trail) => {
          trail.add('SUBMITTED', 'public');
          trail
            .wait(3, 15)
            .add(
              'REFERRED',
              'staff',
              `${matter.name}由${CITY_NAME}${target.name}办理，已转办至${targetWindow.number}${targetWindow.name}，并告知申请人`,
            );
        };
        break;
      }
      case 'withdrawn': {
        const withdrawOffset = reviewOffset + rng.int(1, Math.max(1, Math.min(3, limit - 1)));
        daysBack = withdrawOffset + rng.int(0, 10);
        steps = (trail) => {
          submitAndAccept(trail);
          trail.goTo(reviewOffset).add('UNDER_REVIEW', 'staff');
          trail.goTo(withdrawOffset).add('WITHDRAWN', 'public', scenario.reason ?? null);
        };
        break;
      }
    }
    if (daysBack > MAX_DAYS_BACK) throw new Error(`A ${scenario.outcome} case of ${matter.name} does not fit the demo period`);

    const trail = new Trail(rng, subtractWorkingDays(referenceDay, daysBack));
    steps(trail);
    const events = trail.events.filter((event) => event.at <= clock.now);
    const first = events[0];
    const last = events.at(-1);
    if (!first || !last) return null;
    const visits = (channel === 'ONLINE' ? 0 : 1) + extraVisits.filter((event) => events.includes(event)).length;
    const acceptedAt = events.find((e) => e.to === 'ACCEPTED')?.at ?? null;
    return {
      matterId: matter.id,
      departmentId,
      windowId: window?.id ?? null,
      firstOwnerStaffId: firstOwner.id,
      status: last.to,
      applicantName: applicant.name,
      applicantIdNumber: applicant.idNumber,
      applicantPhone: applicant.phone,
      submittedAt: first.at,
      acceptedAt,
      dueAt: acceptedAt ? dueAtFor(acceptedAt, limit) : null,
      completedAt: events.find((e) => e.to === 'COMPLETED')?.at ?? null,
      visits,
      events,
      channel,
      ...(referredTo === undefined ? {} : { referredToDepartmentId: referredTo }),
    };
  };

  const drafts = SCENARIOS.map(generate)
    .filter((draft): draft is UnnumberedCase => draft !== null)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());

  // Case numbers: ZW + submission date + a daily sequence that leaves room for the hall's other cases that day.
  const sequences = new Map<number, number>();
  return drafts.map((draft) => {
    const day = localDayOf(draft.submittedAt);
    const sequence = (sequences.get(day) ?? rng.int(0, 40)) + rng.int(3, 45);
    sequences.set(day, sequence);
    const number = `ZW${isoOf(day).replaceAll('-', '')}${String(sequence).padStart(5, '0')}`;
    return { id: demoId('case', number), number, ...draft };
  });
}
