import { dayOf, isoOf, isWeekend, localTime, subtractWorkingDays, type DemoClock } from './calendar';
import { demoId } from './ids';
import { Random } from './random';
import {
  type DemoAttendance,
  type DemoDepartment,
  type DemoDuty,
  type DemoHallSettings,
  type DemoMatter,
  type DemoShift,
  type DemoStaff,
  type DemoSwapRequest,
  type DemoTicket,
  type DemoUnattendedIncident,
  type DemoWindow,
  type DemoWindowService,
  type MatterCategory,
  type ShiftPeriod,
  type StaffPost,
} from './types';

/** The duty subgraph's default hall settings, which the demo's check-ins and tickets are generated against. */
export const DEMO_HALL_SETTINGS: DemoHallSettings = {
  morningStart: '09:00',
  morningEnd: '12:00',
  afternoonStart: '13:30',
  afternoonEnd: '17:00',
  graceMinutes: 5,
  unattendedAfterMinutes: 15,
  swapNoticeWorkingDays: 7,
  minimumPostingMonths: 24,
  queueServiceLevelMinutes: 20,
};

/**
 * The rostered weeks: the one before the reference date's, its own and the one after (Monday to Friday; the demo's
 * calendar has no holiday); 2026-11-09 to 2026-11-27 for the fixed reference.
 */
/** The rostered days of the fixed reference (2026-11-20). */
export const DEMO_ROSTER_FROM = '2026-11-09';
export const DEMO_ROSTER_TO = '2026-11-27';

function rosterDays(clock: DemoClock): string[] {
  const days: string[] = [];
  for (let day = clock.monday - 7; day <= clock.monday + 11; day++) if (!isWeekend(day)) days.push(isoOf(day));
  return days;
}

const ALL_CATEGORIES: MatterCategory[] = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'];

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const MORNING_START = minuteOf(DEMO_HALL_SETTINGS.morningStart);
const MORNING_END = minuteOf(DEMO_HALL_SETTINGS.morningEnd);
const AFTERNOON_START = minuteOf(DEMO_HALL_SETTINGS.afternoonStart);
const AFTERNOON_END = minuteOf(DEMO_HALL_SETTINGS.afternoonEnd);

/** Minute of the day a shift starts and ends. */
export function shiftMinutes(period: ShiftPeriod): { start: number; end: number } {
  return {
    start: period === 'AFTERNOON' ? AFTERNOON_START : MORNING_START,
    end: period === 'MORNING' ? MORNING_END : AFTERNOON_END,
  };
}

/** Which tickets a window calls: the pickup and consultation desks take "other" matters, self-service none. */
function windowServices(windows: readonly DemoWindow[]): DemoWindowService[] {
  return windows.map((window) => ({
    windowId: window.id,
    matterCategories:
      window.category === 'SELF_SERVICE'
        ? []
        : window.category === 'PICKUP' || window.category === 'CONSULTATION'
          ? ['OTHER']
          : window.number === 'A04'
            ? ['PERMIT', 'CHANGE', 'RENEWAL']
            : [...ALL_CATEGORIES],
    openingHours: window.category === 'SELF_SERVICE' ? '24小时自助服务' : null,
  }));
}

const POST_ORDER: Record<StaffPost, number> = { ACCEPTANCE: 0, APPROVAL: 1, CONSULTATION: 2, CHIEF_REPRESENTATIVE: 3 };

/**
 * Who sits at which window on an ordinary day: windows serving one department first, then the shared ones; acceptance
 * clerks before approval and consultation staff, chief representatives last (the consultation desk prefers
 * consultation staff). Deterministic, in the hall's staff order, so each department's first acceptance clerk (a demo
 * user) has a window.
 */
function baseAssignment(windows: readonly DemoWindow[], staff: readonly DemoStaff[]): Map<string, DemoStaff> {
  const staffed = windows.filter((window) => window.category !== 'SELF_SERVICE');
  const order = [...staffed].sort((a, b) => a.departmentIds.length - b.departmentIds.length || a.number.localeCompare(b.number));
  const taken = new Set<string>();
  const assignment = new Map<string, DemoStaff>();
  for (const window of order) {
    const rank = (member: DemoStaff) =>
      window.category === 'CONSULTATION' && member.post === 'CONSULTATION' ? -1 : POST_ORDER[member.post];
    const candidates = staff
      .filter((member) => window.departmentIds.includes(member.departmentId) && !taken.has(member.id))
      .sort((a, b) => rank(a) - rank(b) || window.departmentIds.indexOf(a.departmentId) - window.departmentIds.indexOf(b.departmentId));
    const chosen = candidates[0];
    if (!chosen) throw new Error(`Nobody left to staff window ${window.number}`);
    taken.add(chosen.id);
    assignment.set(window.id, chosen);
  }
  return assignment;
}

const shiftId = (date: string, windowNumber: string, period: ShiftPeriod) => demoId('shift', `${date}:${windowNumber}:${period}`);

interface DutyInputs {
  departments: readonly DemoDepartment[];
  matters: readonly DemoMatter[];
  staff: readonly DemoStaff[];
  windows: readonly DemoWindow[];
  clock: DemoClock;
}

/** Working days after `from` up to `to` (weekends only: the demo's dates hold no holiday). */
function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = dayOf(from) + 1; day <= dayOf(to); day++) if (!isWeekend(day)) count += 1;
  return count;
}

function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * The duty side of the demo hall: three weeks of rosters around the reference date (a few windows split into a
 * morning and an afternoon shift), check-ins for every past shift with a few late arrivals and one window left
 * unattended past the threshold (an incident), three swap requests (an approved replacement, an approved emergency
 * replacement, both reflected in the roster, and a pending permanent replacement), and a day of queue tickets on the
 * reference date, called only by the person rostered and checked in at the window.
 */
export function buildDuty({ matters, staff, windows, clock }: DutyInputs): DemoDuty {
  const rng = new Random('demo-hall:duty');
  const services = windowServices(windows);
  const base = baseAssignment(windows, staff);
  const windowById = new Map(windows.map((window) => [window.id, window]));
  const staffById = new Map(staff.map((member) => [member.id, member]));
  const rostered = new Set([...base.values()].map((member) => member.id));
  const spares = staff.filter((member) => !rostered.has(member.id));

  // Two windows split their day between the regular person (morning) and a spare of a department they serve (afternoon).
  const splits = new Map<string, DemoStaff>();
  for (const number of ['A01', 'A06']) {
    const window = windows.find((candidate) => candidate.number === number);
    const spare =
      window && spares.find((member) => window.departmentIds.includes(member.departmentId) && ![...splits.values()].includes(member));
    if (window && spare) splits.set(window.id, spare);
  }

  const shifts: DemoShift[] = [];
  for (const date of rosterDays(clock)) {
    for (const [windowId, member] of base) {
      const window = windowById.get(windowId) as DemoWindow;
      const afternoon = splits.get(windowId);
      if (afternoon) {
        shifts.push({
          id: shiftId(date, window.number, 'MORNING'),
          date,
          period: 'MORNING',
          windowId,
          staffId: member.id,
          swapRequestId: null,
        });
        shifts.push({
          id: shiftId(date, window.number, 'AFTERNOON'),
          date,
          period: 'AFTERNOON',
          windowId,
          staffId: afternoon.id,
          swapRequestId: null,
        });
      } else {
        shifts.push({
          id: shiftId(date, window.number, 'FULL_DAY'),
          date,
          period: 'FULL_DAY',
          windowId,
          staffId: member.id,
          swapRequestId: null,
        });
      }
    }
  }
  shifts.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (windowById.get(a.windowId)?.number ?? '').localeCompare(windowById.get(b.windowId)?.number ?? '') ||
      a.period.localeCompare(b.period),
  );

  // Swap requests, by departments that have a spare person (not rostered, not on a split afternoon).
  const busy = new Set([...rostered, ...[...splits.values()].map((member) => member.id)]);
  const withSpare = [...base.values()]
    .map((member) => ({ member, spare: staff.find((other) => other.departmentId === member.departmentId && !busy.has(other.id)) }))
    .filter((pair): pair is { member: DemoStaff; spare: DemoStaff } => pair.spare !== undefined);
  const usedDepartments = new Set<string>();
  const pickPair = (prefer?: (member: DemoStaff) => boolean) => {
    const free = withSpare.filter((pair) => !usedDepartments.has(pair.member.departmentId));
    const pair = free.find((candidate) => prefer?.(candidate.member) ?? false) ?? free[0];
    if (!pair) throw new Error('No department with a spare person for a demo swap request');
    usedDepartments.add(pair.member.departmentId);
    return pair;
  };
  const recent = (member: DemoStaff, from: string) => member.postedSince > monthsBefore(from, DEMO_HALL_SETTINGS.minimumPostingMonths);
  const request = (options: {
    key: string;
    pair: { member: DemoStaff; spare: DemoStaff };
    from: string;
    to: string | null;
    filed: Date;
    filedOn: string;
    reason: string;
    documentNo: string | null;
    emergency: boolean;
    decided: Date | null;
    note: string | null;
  }): DemoSwapRequest => ({
    id: demoId('swap-request', options.key),
    departmentId: options.pair.member.departmentId,
    kind: 'REPLACEMENT',
    staffId: options.pair.member.id,
    otherStaffId: options.pair.spare.id,
    effectiveFrom: options.from,
    effectiveTo: options.to,
    reason: options.reason,
    documentNo: options.documentNo,
    emergency: options.emergency,
    noticeWorkingDays: workingDaysAfter(options.filedOn, options.from),
    recentlyPostedStaffIds: [options.pair.member, options.pair.spare]
      .filter((person) => recent(person, options.from))
      .map((person) => person.id),
    status: options.decided ? 'APPROVED' : 'PENDING',
    filedAt: options.filed,
    decidedAt: options.decided,
    decisionNote: options.note,
    shiftsChanged: null,
  });

  // Dated from the reference week's Monday M (2026-11-16) and the reference working day R (2026-11-20).
  const { monday, workday } = clock;
  const trainingFiled = monday - 21;
  const training = request({
    key: `${isoOf(trainingFiled)}:training`,
    pair: pickPair(),
    from: isoOf(monday),
    to: isoOf(monday + 2),
    filed: localTime(trainingFiled, 10 * 60),
    filedOn: isoOf(trainingFiled),
    reason: '原窗口人员参加省政务服务业务培训（11月16日至18日），由本单位同事顶岗。',
    documentNo: '人事〔2026〕41号',
    emergency: false,
    decided: localTime(trainingFiled + 2, 15 * 60),
    note: '同意，顶岗人员须提前熟悉窗口业务。',
  });
  const sickDay = subtractWorkingDays(workday, 1);
  const sickFiled = subtractWorkingDays(workday, 2);
  const emergency = request({
    key: `${isoOf(sickFiled)}:sick-leave`,
    pair: pickPair(),
    from: isoOf(sickDay),
    to: isoOf(sickDay),
    filed: localTime(sickFiled, 8 * 60 + 40),
    filedOn: isoOf(sickFiled),
    reason: '原窗口人员突发急性肠胃炎住院，紧急申请由本单位同事顶岗一天。',
    documentNo: null,
    emergency: true,
    decided: localTime(sickFiled, 9 * 60 + 30),
    note: '紧急情况，同意；请补交病假证明。',
  });
  const rotationFrom = isoOf(monday + 15);
  const rotationFiled = subtractWorkingDays(workday, 1);
  const rotation = request({
    key: `${isoOf(rotationFiled)}:rotation`,
    pair: pickPair((member) => recent(member, rotationFrom)),
    from: rotationFrom,
    to: null,
    filed: localTime(rotationFiled, 14 * 60),
    filedOn: isoOf(rotationFiled),
    reason: '因单位内部岗位调整，拟将原窗口人员调回局机关，由本单位同事长期接替窗口工作。',
    documentNo: '人事〔2026〕57号',
    emergency: false,
    decided: null,
    note: null,
  });

  // The approved replacements are in the roster.
  for (const approved of [training, emergency]) {
    let changed = 0;
    for (const shift of shifts) {
      if (
        shift.staffId === approved.staffId &&
        shift.date >= approved.effectiveFrom &&
        shift.date <= (approved.effectiveTo ?? '9999-12-31')
      ) {
        shift.staffId = approved.otherStaffId;
        shift.swapRequestId = approved.id;
        changed += 1;
      }
    }
    approved.shiftsChanged = changed;
  }

  // Check-ins: every shift up to the reference date, a few late, one after the unattended threshold; none, and no
  // check-out, later than "now".
  const today = clock.date;
  const past = shifts.filter((shift) => shift.date <= today);
  const [incidentShift, ...lateShifts] = rng.sample(
    past.filter((shift) => shift.date !== today),
    5,
  ) as [DemoShift, ...DemoShift[]];
  const records: DemoAttendance[] = past.map((shift) => {
    const { start, end } = shiftMinutes(shift.period);
    const day = dayOf(shift.date);
    let checkIn = localTime(day, start - rng.int(3, 25), rng.int(0, 59));
    if (shift === incidentShift)
      checkIn = localTime(day, start + DEMO_HALL_SETTINGS.unattendedAfterMinutes + rng.int(8, 20), rng.int(0, 59));
    else if (lateShifts.includes(shift)) checkIn = localTime(day, start + DEMO_HALL_SETTINGS.graceMinutes + rng.int(1, 8), rng.int(0, 59));
    return {
      shiftId: shift.id,
      staffId: shift.staffId,
      windowId: shift.windowId,
      checkInAt: checkIn,
      checkOutAt: localTime(day, end + rng.int(0, 12), rng.int(0, 59)),
    };
  });
  const attendance = records
    .filter((record) => record.checkInAt <= clock.now)
    .map((record) => (record.checkOutAt && record.checkOutAt > clock.now ? { ...record, checkOutAt: null } : record));
  const incidentStart = shiftMinutes(incidentShift.period).start;
  const incidents: DemoUnattendedIncident[] = [
    {
      windowId: incidentShift.windowId,
      date: incidentShift.date,
      half: incidentShift.period === 'AFTERNOON' ? 'AFTERNOON' : 'MORNING',
      shiftId: incidentShift.id,
      staffId: incidentShift.staffId,
      departmentId: (staffById.get(incidentShift.staffId) as DemoStaff).departmentId,
      since: localTime(dayOf(incidentShift.date), incidentStart + DEMO_HALL_SETTINGS.unattendedAfterMinutes),
    },
  ];

  const tickets = buildTickets(rng, { matters, windows, services, shifts, attendance, date: today, now: clock.now });
  return {
    settings: { ...DEMO_HALL_SETTINGS },
    windowServices: services,
    shifts,
    attendance,
    incidents,
    swapRequests: [training, emergency, rotation],
    tickets,
  };
}

interface TicketInputs {
  matters: readonly DemoMatter[];
  windows: readonly DemoWindow[];
  services: readonly DemoWindowService[];
  shifts: readonly DemoShift[];
  attendance: readonly DemoAttendance[];
  date: string;
  now: Date;
}

/**
 * A day of tickets on the reference date, simulated minute by minute: tickets arrive through opening hours (a
 * department's matters pick the category), each free window with its rostered person checked in calls the oldest
 * waiting ticket it serves, a few applicants do not come forward (no-shows), services take a few minutes to a
 * quarter of an hour. Windows close for lunch, so the morning's last tickets wait past the service level.
 */
function buildTickets(rng: Random, { matters, windows, services, shifts, attendance, date, now: cut }: TicketInputs): DemoTicket[] {
  const day = dayOf(date);
  if (isWeekend(day)) return []; // the hall is closed
  const serviceOf = new Map(services.map((service) => [service.windowId, service]));
  const serves = (window: DemoWindow, departmentId: string, category: MatterCategory) =>
    window.departmentIds.includes(departmentId) && (serviceOf.get(window.id)?.matterCategories.includes(category) ?? false);
  const sortedWindows = [...windows].sort((a, b) => a.number.localeCompare(b.number));
  const checkIns = new Map(attendance.map((record) => [record.shiftId, record]));
  const todays = shifts.filter((shift) => shift.date === date);

  /** Who is at the window at minute `m`, per the roster and the check-ins. */
  const onDuty = (windowId: string, m: number): string | null => {
    for (const shift of todays) {
      if (shift.windowId !== windowId) continue;
      const inMorning = shift.period !== 'AFTERNOON' && m >= MORNING_START && m < MORNING_END;
      const inAfternoon = shift.period !== 'MORNING' && m >= AFTERNOON_START && m < AFTERNOON_END;
      const record = checkIns.get(shift.id);
      if ((inMorning || inAfternoon) && record && record.checkInAt.getTime() <= localTime(day, m).getTime()) return shift.staffId;
    }
    return null;
  };

  // Arrivals: about 170 tickets, a little busier mid-morning and mid-afternoon.
  const arrivals: number[] = [];
  for (let m = MORNING_START; m < MORNING_END - 10; m++) if (rng.chance(m < MORNING_START + 120 ? 0.65 : 0.45)) arrivals.push(m);
  for (let m = AFTERNOON_START; m < AFTERNOON_END - 35; m++) if (rng.chance(m < AFTERNOON_START + 90 ? 0.55 : 0.35)) arrivals.push(m);
  const counters = new Map<string, number>();
  const tickets: DemoTicket[] = arrivals.map((minute) => {
    const matter = rng.pick(matters);
    const first = sortedWindows.find((window) => serves(window, matter.departmentId, matter.category));
    const category: MatterCategory = first ? matter.category : 'OTHER';
    const prefix = (first ?? sortedWindows.find((window) => serves(window, matter.departmentId, 'OTHER')))?.number.slice(0, 1) ?? 'A';
    const sequence = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, sequence);
    const number = `${prefix}${String(sequence).padStart(3, '0')}`;
    return {
      id: demoId('ticket', `${date}:${number}`),
      day: date,
      number,
      departmentId: matter.departmentId,
      category,
      status: 'WAITING',
      issuedAt: localTime(day, minute, rng.int(0, 59)),
      calledAt: null,
      windowId: null,
      staffId: null,
      serviceStartedAt: null,
      serviceEndedAt: null,
      noShowAt: null,
    };
  });
  tickets.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.number.localeCompare(b.number));

  const freeAt = new Map<string, number>();
  for (let m = MORNING_START; m < AFTERNOON_END; m++) {
    const now = localTime(day, m).getTime();
    if (now > cut.getTime()) break;
    for (const window of sortedWindows) {
      if ((freeAt.get(window.id) ?? 0) > now) continue;
      const staffId = onDuty(window.id, m);
      if (!staffId) continue;
      const next = tickets.find(
        (ticket) => ticket.status === 'WAITING' && ticket.issuedAt.getTime() <= now && serves(window, ticket.departmentId, ticket.category),
      );
      if (!next) continue;
      const calledAt = new Date(now + rng.int(0, 40) * 1000);
      Object.assign(next, { calledAt, windowId: window.id, staffId });
      if (rng.chance(0.05)) {
        Object.assign(next, { status: 'NO_SHOW', noShowAt: new Date(calledAt.getTime() + 3 * 60_000) });
        freeAt.set(window.id, calledAt.getTime() + 3 * 60_000);
        continue;
      }
      const startedAt = new Date(calledAt.getTime() + rng.int(30, 120) * 1000);
      const minutes = window.category === 'CONSULTATION' || window.category === 'PICKUP' ? rng.int(2, 6) : rng.int(5, 18);
      const endedAt = new Date(startedAt.getTime() + minutes * 60_000 + rng.int(0, 59) * 1000);
      Object.assign(next, { status: 'DONE', serviceStartedAt: startedAt, serviceEndedAt: endedAt });
      freeAt.set(window.id, endedAt.getTime() + 30_000);
    }
  }
  if (cut.getTime() >= localTime(day, AFTERNOON_END).getTime()) {
    const left = tickets.filter((ticket) => ticket.status === 'WAITING');
    if (left.length > 0) throw new Error(`${left.length} demo tickets were never called (${left.map((ticket) => ticket.number).join(', ')})`);
    return tickets;
  }
  return tickets.filter((ticket) => ticket.issuedAt <= cut).map((ticket) => asOf(ticket, cut));
}

/** A ticket as it stood at `cut`: what happened to it later has not happened yet. */
function asOf(ticket: DemoTicket, cut: Date): DemoTicket {
  const before = (at: Date | null) => at !== null && at <= cut;
  if (ticket.calledAt !== null && !before(ticket.calledAt))
    return { ...ticket, status: 'WAITING', calledAt: null, windowId: null, staffId: null, serviceStartedAt: null, serviceEndedAt: null, noShowAt: null };
  if (ticket.status === 'NO_SHOW' && !before(ticket.noShowAt)) return { ...ticket, status: 'CALLED', noShowAt: null };
  if (ticket.status !== 'DONE' || before(ticket.serviceEndedAt)) return ticket;
  if (before(ticket.serviceStartedAt)) return { ...ticket, status: 'SERVING', serviceEndedAt: null };
  return { ...ticket, status: 'CALLED', serviceStartedAt: null, serviceEndedAt: null };
}
