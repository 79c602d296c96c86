import { createDatabase, uuidV7Layout } from '@hall/db';
import { Random, dayOf, localDayOf, localTime, type DemoStaff, type DemoWindow, type MatterCategory } from '@hall/demo-hall';
import {
  dutyTables,
  writeDutyBatch,
  type BulkAttendance,
  type BulkShift,
  type BulkTicket,
  type BulkUnattendedIncident,
  type BulkWindow,
  type DutyBatchCounts,
} from '@hall/duty-subgraph';
import { WorkingCalendar } from '@hall/service-kit';
import type { GenerationContext, LoadReport, Loader } from '../context';
import type { ScaleMatter } from '../organisation';

/** The hall settings the migration creates (duty.hall_settings defaults), which check-ins and incidents follow. */
const MORNING_START = 9 * 60;
const MORNING_END = 12 * 60;
const AFTERNOON_START = 13 * 60 + 30;
const AFTERNOON_END = 17 * 60;
const GRACE_MINUTES = 5;
/** Minutes a morning window keeps calling its queue past noon. */
const MORNING_OVERTIME = 30;
const UNATTENDED_AFTER_MINUTES = 15;

/** Attendance: ~96 % on time, ~3 % late (a third of them past the unattended threshold), ~1 % absent. */
const ABSENT_SHARE = 0.01;
const LATE_SHARE = 0.03;
const NO_SHOW_SHARE = 0.03;
/** Rows per transaction, roughly: whole days, so a day's tickets and counters go together. */
const BATCH_ROWS = 60_000;
const PARALLEL_BATCHES = 2;

const ALL_CATEGORIES: readonly MatterCategory[] = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'];
const MINUTE = 60_000;

/**
 * Ticket arrivals per half hour from 09:00 and from 13:30: the morning's second half hour is the peak, the afternoon
 * is calmer, and the machine stops issuing 10 minutes before closing.
 */
const ARRIVAL_SLOTS: ReadonlyArray<{ from: number; to: number; weight: number }> = [
  ...[12, 16, 15, 12, 9, 6].map((weight, i) => ({
    from: MORNING_START + i * 30,
    to: Math.min(MORNING_START + i * 30 + 30, MORNING_END - 5),
    weight,
  })),
  ...[8, 10, 10, 9, 7, 5, 3].map((weight, i) => ({
    from: AFTERNOON_START + i * 30,
    to: Math.min(AFTERNOON_START + i * 30 + 30, AFTERNOON_END - 10),
    weight,
  })),
];
const PEAK_SLOT_SHARE = Math.max(...ARRIVAL_SLOTS.map((slot) => slot.weight)) / ARRIVAL_SLOTS.reduce((sum, slot) => sum + slot.weight, 0);
/** By weekday (Sunday first: make-up working days): Mondays busier, Fridays calmer. */
const WEEKDAY_FACTOR = [0.9, 1.12, 1.02, 1, 0.97, 0.89, 0.9];

/** UUIDs from a seeded stream, deterministic and cheap: a counter as the `uuidV7Layout` prefix, so each table's ids ascend. */
function idStream(seed: string): () => string {
  const rng = new Random(seed);
  const random = new Uint8Array(12);
  const words = new DataView(random.buffer);
  let serial = 0;
  return () => {
    serial += 1;
    for (let offset = 0; offset < 12; offset += 4) words.setUint32(offset, Math.floor(rng.next() * 0x1_0000_0000));
    return uuidV7Layout(serial, random);
  };
}

/** Cumulative weights for picking by binary search (rng.weighted is linear: too slow for a million tickets). */
class Picker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) this.cumulative.push((sum += weight(item)));
    this.total = sum;
  }
  get empty(): boolean {
    return !(this.total > 0);
  }
  pick(rng: Random): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** What a window takes tickets for (as the demo hall): pickup and consultation desks "other" matters, self-service none. */
export function windowMatterCategories(window: DemoWindow): MatterCategory[] {
  if (window.category === 'SELF_SERVICE') return [];
  if (window.category === 'PICKUP' || window.category === 'CONSULTATION') return ['OTHER'];
  return [...ALL_CATEGORIES];
}

interface Desk {
  window: DemoWindow;
  categories: ReadonlySet<MatterCategory>;
}

/** A department's side of the queue: its windows, its staff's rota and what its applicants come for. */
interface DepartmentPlan {
  id: string;
  desks: Desk[];
  /** The staff rostered at its windows, in rota order. */
  rota: DemoStaff[];
  categories: Picker<MatterCategory>;
}

interface Plan {
  departments: DepartmentPlan[];
  departmentPicker: Picker<DepartmentPlan>;
  staffDepartment: Map<string, string>;
}

function buildPlan(context: GenerationContext): Plan {
  const { organisation } = context;
  const staffed = organisation.windows.filter((window) => window.category !== 'SELF_SERVICE');
  const mattersOf = new Map<string, ScaleMatter[]>();
  for (const matter of organisation.matters) {
    const list = mattersOf.get(matter.departmentId) ?? [];
    list.push(matter);
    mattersOf.set(matter.departmentId, list);
  }
  const departments = organisation.departments.map((department): DepartmentPlan => {
    const desks = staffed
      .filter((window) => window.departmentIds[0] === department.id)
      .sort((a, b) => a.number.localeCompare(b.number))
      .map((window) => ({ window, categories: new Set(windowMatterCategories(window)) }));
    const weights = new Map<MatterCategory, number>();
    for (const matter of mattersOf.get(department.id) ?? [])
      weights.set(matter.category, (weights.get(matter.category) ?? 0) + matter.weight);
    return {
      id: department.id,
      desks,
      rota: organisation.staff.filter((member) => member.departmentId === department.id),
      categories: new Picker([...weights.keys()], (category) => weights.get(category) ?? 0),
    };
  });
  const weightOf = new Map<string, number>();
  for (const matter of organisation.matters) weightOf.set(matter.departmentId, (weightOf.get(matter.departmentId) ?? 0) + matter.weight);
  const queueing = departments.filter(
    (department) => department.desks.length > 0 && department.rota.length > 0 && !department.categories.empty,
  );
  return {
    departments,
    departmentPicker: new Picker(queueing, (department) => weightOf.get(department.id) ?? 0),
    staffDepartment: new Map(organisation.staff.map((member) => [member.id, member.departmentId])),
  };
}

export function windowRows(windows: readonly DemoWindow[]): BulkWindow[] {
  return windows.map((window) => ({
    ...window,
    matterCategories: windowMatterCategories(window),
    openingHours: window.category === 'SELF_SERVICE' ? '24小时自助服务' : null,
  }));
}

/** One rostered half day and how it went. */
interface Slot {
  shift: BulkShift;
  start: number;
  end: number;
  /** Check-in instant (ms), null when absent. */
  checkIn: number | null;
  /** Last service or no-show at the window in this half (ms), for the check-out. */
  lastActivity: number;
}

/** The rows of some working days, written as one batch. */
interface DayRows {
  shifts: BulkShift[];
  attendance: BulkAttendance[];
  incidents: BulkUnattendedIncident[];
  tickets: BulkTicket[];
}

/** Time of day in the day's local minutes → instant (ms). */
const at = (day: number, minute: number, second = 0) => localTime(day, minute, second).getTime();

class DayGenerator {
  private readonly rng: Random;
  private readonly nextId: () => string;
  private readonly nowMs: number;
  readonly today: number;

  constructor(
    context: GenerationContext,
    private readonly plan: Plan,
  ) {
    this.rng = new Random(`scale:${context.profile.name}:duty:days`);
    this.nextId = idStream(`scale:${context.profile.name}:duty:ids`);
    this.nowMs = context.now.getTime();
    this.today = localDayOf(context.now);
  }

  /** Shifts, attendance, incidents and tickets of one working day (`index` counts working days: the rota turns daily). */
  generate(date: string, index: number, ticketTarget: number, into: DayRows): void {
    const day = dayOf(date);
    const slots = new Map<string, { morning: Slot | null; afternoon: Slot | null }>();
    for (const department of this.plan.departments) {
      const { desks, rota } = department;
      const width = Math.min(desks.length, rota.length);
      for (let i = 0; i < width; i++) {
        const desk = desks[i] as Desk;
        const morning = this.slot(day, date, 'MORNING', desk.window.id, rota[(index * width + i) % rota.length] as DemoStaff);
        const afternoon = this.slot(day, date, 'AFTERNOON', desk.window.id, rota[(index * width + i + 1) % rota.length] as DemoStaff);
        slots.set(desk.window.id, { morning, afternoon });
      }
    }
    if (day <= this.today) this.tickets(day, date, ticketTarget, slots, into.tickets);
    for (const { morning, afternoon } of slots.values()) {
      for (const slot of [morning, afternoon]) if (slot) this.attend(day, date, slot, into);
    }
  }

  private slot(day: number, date: string, period: 'MORNING' | 'AFTERNOON', windowId: string, member: DemoStaff): Slot {
    const start = period === 'MORNING' ? MORNING_START : AFTERNOON_START;
    const end = period === 'MORNING' ? MORNING_END : AFTERNOON_END;
    const shift: BulkShift = { id: this.nextId(), date, period, windowId, staffId: member.id };
    const draw = this.rng.next();
    let checkIn: number | null;
    if (draw < ABSENT_SHARE) checkIn = null;
    else if (draw < ABSENT_SHARE + LATE_SHARE) {
      // Late: most within the unattended threshold, a third past it (and then an incident too).
      const minutes = this.rng.chance(0.66)
        ? this.rng.int(GRACE_MINUTES + 1, UNATTENDED_AFTER_MINUTES - 1)
        : this.rng.int(UNATTENDED_AFTER_MINUTES + 1, 50);
      checkIn = at(day, start + minutes, this.rng.int(0, 59));
    } else checkIn = at(day, start - this.rng.int(1, 25), this.rng.int(0, 59));
    return { shift, start, end, checkIn, lastActivity: 0 };
  }

  /** Attendance as of `now` for a rostered half day, and the incident its opening owes when nobody came in time. */
  private attend(day: number, date: string, slot: Slot, into: DayRows): void {
    const { shift } = slot;
    into.shifts.push(shift);
    if (at(day, slot.start) > this.nowMs) return;
    const checkIn = slot.checkIn !== null && slot.checkIn <= this.nowMs ? slot.checkIn : null;
    if (checkIn !== null) {
      const leaves = Math.max(at(day, slot.end, 0) + this.rng.int(0, 15 * 60) * 1000, slot.lastActivity + this.rng.int(30, 300) * 1000);
      into.attendance.push({
        id: this.nextId(),
        shiftId: shift.id,
        staffId: shift.staffId,
        windowId: shift.windowId,
        checkInAt: new Date(checkIn),
        checkOutAt: leaves <= this.nowMs ? new Date(leaves) : null,
      });
    }
    const since = at(day, slot.start + UNATTENDED_AFTER_MINUTES);
    const recordedAt = since + this.rng.int(5, 59) * 1000;
    // The rule of duty's sweep: nobody checked in by the opening plus the threshold; recorded within the minute.
    if (recordedAt <= this.nowMs && (slot.checkIn === null || slot.checkIn > since)) {
      into.incidents.push({
        id: this.nextId(),
        windowId: shift.windowId,
        date,
        half: shift.period === 'AFTERNOON' ? 'AFTERNOON' : 'MORNING',
        shiftId: shift.id,
        staffId: shift.staffId,
        departmentId: this.plan.staffDepartment.get(shift.staffId) as string,
        since: new Date(since),
        recordedAt: new Date(recordedAt),
      });
    }
  }

  /** Second of the day a ticket is issued. */
  private issueSecond(): number {
    const slot = ARRIVAL_PICKER.pick(this.rng);
    return slot.from * 60 + this.rng.int(0, (slot.to - slot.from) * 60 - 1);
  }

  /**
   * A day of queue tickets, simulated per department: applicants arrive through the day (morning peak), each staffed
   * window calls the next when free (a window serves one ticket at a time, nobody over lunch), a few do not come
   * forward. Service times shrink for departments whose peak would otherwise swamp their windows, so waits stay
   * mostly under a quarter of an hour with a tail at the peaks and over lunch.
   */
  private tickets(
    day: number,
    date: string,
    target: number,
    slots: ReadonlyMap<string, { morning: Slot | null; afternoon: Slot | null }>,
    out: BulkTicket[],
  ): void {
    const rng = this.rng;
    const perDepartment = new Map<DepartmentPlan, Array<{ second: number; category: MatterCategory }>>();
    for (let n = 0; n < target; n++) {
      const department = this.plan.departmentPicker.pick(rng);
      const list = perDepartment.get(department) ?? [];
      list.push({ second: this.issueSecond(), category: department.categories.pick(rng) });
      perDepartment.set(department, list);
    }
    const dayTickets: BulkTicket[] = [];
    const prefixOf = new Map<BulkTicket, string>();
    for (const [department, arrivals] of perDepartment) {
      arrivals.sort((a, b) => a.second - b.second);
      const desks = department.desks.filter((desk) => slots.has(desk.window.id));
      const freeAt = desks.map(() => 0);
      const peakPerMinute = (arrivals.length * PEAK_SLOT_SHARE) / 30;
      const meanService = Math.min(9, Math.max(1.2, (0.8 * desks.length) / Math.max(peakPerMinute, 1e-9)));
      const midnight = at(day, 0);
      for (const arrival of arrivals) {
        const issued = midnight + arrival.second * 1000;
        if (day === this.today && issued >= this.nowMs) continue;
        let category = arrival.category;
        if (!desks.some((desk) => desk.categories.has(category))) category = 'OTHER';
        const ready = issued + Math.min(25, -3 * Math.log(1 - rng.next())) * MINUTE;
        let best: { desk: number; slot: Slot; time: number } | null = null;
        desks.forEach((desk, i) => {
          if (!desk.categories.has(category)) return;
          const halves = slots.get(desk.window.id);
          for (const slot of [halves?.morning, halves?.afternoon]) {
            if (!slot || slot.checkIn === null) continue;
            const opens = Math.max(slot.checkIn, at(day, slot.start));
            const time = Math.max(ready, freeAt[i] as number, opens);
            // A morning serves its own queue until half past twelve at the latest, then it waits for the afternoon,
            // which serves whoever holds a ticket, even past closing.
            if (slot.shift.period === 'MORNING' && (issued >= at(day, slot.end) || time >= at(day, slot.end + MORNING_OVERTIME))) continue;
            if (!best || time < best.time) best = { desk: i, slot, time };
            break;
          }
        });
        if (!best) continue;
        const chosen: { desk: number; slot: Slot; time: number } = best;
        const desk = desks[chosen.desk] as Desk;
        const calledAt = chosen.time + rng.int(0, 40) * 1000;
        const ticket: BulkTicket = {
          id: this.nextId(),
          day: date,
          number: '',
          departmentId: department.id,
          category,
          status: 'DONE',
          issuedAt: new Date(issued),
          calledAt: new Date(calledAt),
          windowId: desk.window.id,
          staffId: chosen.slot.shift.staffId,
          serviceStartedAt: null,
          serviceEndedAt: null,
          noShowAt: null,
        };
        let done: number;
        if (rng.chance(NO_SHOW_SHARE)) {
          done = calledAt + rng.int(120, 240) * 1000;
          ticket.status = 'NO_SHOW';
          ticket.noShowAt = new Date(done);
        } else {
          const started = calledAt + rng.int(15, 90) * 1000;
          done = started + meanService * (0.4 + 0.6 * (rng.next() + rng.next())) * MINUTE;
          ticket.serviceStartedAt = new Date(started);
          ticket.serviceEndedAt = new Date(Math.round(done));
        }
        freeAt[chosen.desk] = done + rng.int(10, 40) * 1000;
        chosen.slot.lastActivity = Math.max(chosen.slot.lastActivity, done);
        if (day === this.today) asOf(ticket, this.nowMs);
        prefixOf.set(ticket, desks.find((candidate) => candidate.categories.has(category))?.window.number.slice(0, 1) ?? 'A');
        dayTickets.push(ticket);
      }
    }
    // Numbers per zone letter in the order of issue, as the ticket machine hands them out.
    dayTickets.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
    const sequences = new Map<string, number>();
    for (const ticket of dayTickets) {
      const prefix = prefixOf.get(ticket) as string;
      const sequence = (sequences.get(prefix) ?? 0) + 1;
      sequences.set(prefix, sequence);
      ticket.number = `${prefix}${sequence < 1000 ? String(sequence).padStart(3, '0') : sequence}`;
      out.push(ticket);
    }
  }
}

const ARRIVAL_PICKER = new Picker(ARRIVAL_SLOTS, (slot) => slot.weight);

/** A ticket of today as it stands at `now`: not called yet, called, being served, or done. */
function asOf(ticket: BulkTicket, now: number): void {
  const calledAt = ticket.calledAt?.getTime() ?? Infinity;
  if (calledAt > now) {
    Object.assign(ticket, {
      status: 'WAITING',
      calledAt: null,
      windowId: null,
      staffId: null,
      serviceStartedAt: null,
      serviceEndedAt: null,
      noShowAt: null,
    });
    return;
  }
  if (ticket.status === 'NO_SHOW') {
    if ((ticket.noShowAt?.getTime() ?? 0) > now) Object.assign(ticket, { status: 'CALLED', noShowAt: null });
    return;
  }
  if ((ticket.serviceStartedAt?.getTime() ?? 0) > now)
    Object.assign(ticket, { status: 'CALLED', serviceStartedAt: null, serviceEndedAt: null });
  else if ((ticket.serviceEndedAt?.getTime() ?? 0) > now) Object.assign(ticket, { status: 'SERVING', serviceEndedAt: null });
}

const emptyCounts = (): DutyBatchCounts => ({
  staff: 0,
  windows: 0,
  window_departments: 0,
  swap_requests: 0,
  shifts: 0,
  attendance: 0,
  unattended_incidents: 0,
  tickets: 0,
  ticket_counters: 0,
});

/** Tickets per working day: the cases over the past working days, busier on Mondays, with some day-to-day noise. */
function dailyTicketTargets(context: GenerationContext, days: readonly string[], today: number): number[] {
  const rng = new Random(`scale:${context.profile.name}:duty:volume`);
  const factors = days.map((date) => {
    const day = dayOf(date);
    if (day > today) return 0;
    const weekday = (((day + 4) % 7) + 7) % 7;
    return (WEEKDAY_FACTOR[weekday] ?? 1) * (0.9 + 0.2 * rng.next());
  });
  const total = factors.reduce((sum, factor) => sum + factor, 0);
  return factors.map((factor) => (total > 0 ? Math.round((context.profile.cases * factor) / total) : 0));
}

/**
 * The duty subgraph's data for a generated hall or city, through its bulk path: the organisation's staff and windows,
 * then, a batch of whole working days per transaction, the rota (each staffed window morning and afternoon, one of
 * its department's people each half, turning daily), attendance and incidents up to `now`, and the queue tickets.
 */
export const loadDuty: Loader = async (context: GenerationContext): Promise<LoadReport> => {
  const started = performance.now();
  const database = createDatabase({ url: context.databaseUrls.duty, schema: dutyTables, applicationName: 'hall-scale-duty' });
  const rows = emptyCounts();
  const add = (counts: DutyBatchCounts) => {
    for (const key of Object.keys(rows) as Array<keyof DutyBatchCounts>) rows[key] += counts[key];
  };
  try {
    const { organisation } = context;
    add(
      await writeDutyBatch(database.pool, {
        staff: organisation.staff.map((member) => ({ ...member, active: true })),
        windows: windowRows(organisation.windows),
      }),
    );
    const plan = buildPlan(context);
    const generator = new DayGenerator(context, plan);
    const days = new WorkingCalendar().workingDaysIn(context.from, context.until);
    const targets = dailyTicketTargets(context, days, generator.today);
    const staffedSlots =
      plan.departments.reduce((sum, department) => sum + Math.min(department.desks.length, department.rota.length), 0) * 2;
    const perDay = staffedSlots * 2 + context.profile.cases / Math.max(days.length, 1);
    const daysPerBatch = Math.max(1, Math.floor(BATCH_ROWS / perDay));
    // Two batches in flight on two connections: the server indexes one while this process generates the next.
    const writing: Array<Promise<void>> = [];
    let failure: unknown = null;
    for (let first = 0; first < days.length && failure === null; first += daysPerBatch) {
      const batch: DayRows = { shifts: [], attendance: [], incidents: [], tickets: [] };
      const end = Math.min(first + daysPerBatch, days.length);
      for (let index = first; index < end; index++) generator.generate(days[index] as string, index, targets[index] ?? 0, batch);
      const last = days[end - 1];
      writing.push(
        writeDutyBatch(database.pool, batch).then(
          (counts) => {
            add(counts);
            context.log(`duty: days up to ${last} written, ${rows.shifts} shifts and ${rows.tickets} tickets so far`);
          },
          (error: unknown) => {
            failure ??= error;
          },
        ),
      );
      if (writing.length >= PARALLEL_BATCHES) await writing.shift();
    }
    await Promise.all(writing);
    if (failure !== null) throw failure;
  } finally {
    await database.close();
  }
  return {
    service: 'duty',
    rows: Object.fromEntries(Object.entries(rows).map(([table, count]) => [`duty.${table}`, count])),
    seconds: (performance.now() - started) / 1000,
  };
};
