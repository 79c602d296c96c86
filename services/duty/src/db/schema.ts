import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const duty = pgSchema('duty');

export const staffPost = duty.enum('staff_post', ['ACCEPTANCE', 'APPROVAL', 'CONSULTATION', 'CHIEF_REPRESENTATIVE']);
export const windowCategory = duty.enum('window_category', [
  'COMPREHENSIVE',
  'SPECIALISED',
  'CONSULTATION',
  'PICKUP',
  'GREEN_CHANNEL',
  'SELF_SERVICE',
]);
/** The catalog's matter categories (许可, 变更, 延续, 备案, 确认, 其他): what a window serves and a queue ticket is for. */
export const matterCategory = duty.enum('matter_category', ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']);
export const shiftPeriod = duty.enum('shift_period', ['MORNING', 'AFTERNOON', 'FULL_DAY']);
export const halfDay = duty.enum('half_day', ['MORNING', 'AFTERNOON']);
export const swapKind = duty.enum('swap_kind', ['REPLACEMENT', 'EXCHANGE']);
export const swapStatus = duty.enum('swap_status', ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN']);
export const ticketStatus = duty.enum('ticket_status', ['WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW']);

export const staff = duty.table(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNo: text('employee_no').notNull().unique(),
    name: text('name').notNull(),
    /** The sending department (catalog's Department id). */
    departmentId: uuid('department_id').notNull(),
    post: staffPost('post').notNull(),
    partyMember: boolean('party_member').notNull().default(false),
    /** A URL or a reference into the hall's photo store, shown on the badge. */
    photoUrl: text('photo_url'),
    postedSince: date('posted_since', { mode: 'string' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('staff_department').on(table.departmentId)],
);

export const windows = duty.table('windows', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: text('number').notNull().unique(),
  name: text('name').notNull(),
  category: windowCategory('category').notNull(),
  hallZone: text('hall_zone').notNull(),
  /** The matter categories the window takes queue tickets for; empty for a window that calls no tickets (self-service). */
  matterCategories: matterCategory('matter_categories')
    .array()
    .notNull()
    .default(sql`'{}'`),
  /** Opening hours as shown on the window's sign; null means the hall's hours. */
  openingHours: text('opening_hours'),
  active: boolean('active').notNull().default(true),
});

export const windowDepartments = duty.table(
  'window_departments',
  {
    windowId: uuid('window_id')
      .notNull()
      .references(() => windows.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.windowId, table.departmentId] }), index('window_departments_department').on(table.departmentId)],
);

/**
 * The hall's configurable rules: one row (id = 1), created by the migration. Times are local times of the hall's time
 * zone (`HALL_TZ`).
 */
export const hallSettings = duty.table(
  'hall_settings',
  {
    id: smallint('id').primaryKey().default(1),
    morningStart: time('morning_start').notNull().default('09:00'),
    morningEnd: time('morning_end').notNull().default('12:00'),
    afternoonStart: time('afternoon_start').notNull().default('13:30'),
    afternoonEnd: time('afternoon_end').notNull().default('17:00'),
    /** A check-in later than the period's start plus this is late. */
    graceMinutes: integer('grace_minutes').notNull().default(5),
    /** Nobody checked in this long after the period's start: an unattended-window incident (空岗). */
    unattendedAfterMinutes: integer('unattended_after_minutes').notNull().default(15),
    /** How early before the period's start a check-in is accepted. */
    checkInOpensMinutes: integer('check_in_opens_minutes').notNull().default(60),
    /** Working days between filing a swap or replacement and its first day (emergencies excepted, and flagged). */
    swapNoticeWorkingDays: integer('swap_notice_working_days').notNull().default(7),
    /** A posting shorter than this at a request's first day is flagged. */
    minimumPostingMonths: integer('minimum_posting_months').notNull().default(24),
    /** A queue wait above this is reported (waits above the service level). */
    queueServiceLevelMinutes: integer('queue_service_level_minutes').notNull().default(20),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('hall_settings_single_row', sql`${table.id} = 1`),
    check(
      'hall_settings_hours_in_order',
      sql`${table.morningStart} < ${table.morningEnd} AND ${table.morningEnd} <= ${table.afternoonStart} AND ${table.afternoonStart} < ${table.afternoonEnd}`,
    ),
  ],
);

/**
 * The roster: one staff member at one window for one half day or a full day. A full day takes both halves, so the four
 * partial unique indexes below (one per half day, for the window and for the person) make the database refuse a person
 * on two windows at once and a window booked twice, whoever writes and however many do it at the same time.
 */
export const shifts = duty.table(
  'shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date', { mode: 'string' }).notNull(),
    period: shiftPeriod('period').notNull(),
    windowId: uuid('window_id')
      .notNull()
      .references(() => windows.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    /** The approved swap or replacement that put this person here; null when rostered directly. */
    swapRequestId: uuid('swap_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('shifts_window_morning')
      .on(table.windowId, table.date)
      .where(sql`${table.period} IN ('MORNING', 'FULL_DAY')`),
    uniqueIndex('shifts_window_afternoon')
      .on(table.windowId, table.date)
      .where(sql`${table.period} IN ('AFTERNOON', 'FULL_DAY')`),
    uniqueIndex('shifts_staff_morning')
      .on(table.staffId, table.date)
      .where(sql`${table.period} IN ('MORNING', 'FULL_DAY')`),
    uniqueIndex('shifts_staff_afternoon')
      .on(table.staffId, table.date)
      .where(sql`${table.period} IN ('AFTERNOON', 'FULL_DAY')`),
    index('shifts_date').on(table.date),
  ],
);

/** Check-in and check-out at the window, at most one per shift. */
export const attendance = duty.table(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id')
      .notNull()
      .unique()
      .references(() => shifts.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    windowId: uuid('window_id')
      .notNull()
      .references(() => windows.id),
    checkInAt: timestamp('check_in_at', { withTimezone: true }).notNull(),
    checkOutAt: timestamp('check_out_at', { withTimezone: true }),
  },
  (table) => [
    check('attendance_out_after_in', sql`${table.checkOutAt} IS NULL OR ${table.checkOutAt} >= ${table.checkInAt}`),
    // Statistics read a period's check-ins by time (domain/stats.ts) rather than probing two years of them by shift.
    index('attendance_check_in').on(table.checkInAt),
  ],
);

/**
 * Unattended-window incidents (空岗), recorded once per window, day and half day when a rostered window has had nobody
 * checked in for `unattendedAfterMinutes` after its opening. Kept when the roster changes later, so they can be counted.
 */
export const unattendedIncidents = duty.table(
  'unattended_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    windowId: uuid('window_id')
      .notNull()
      .references(() => windows.id),
    date: date('date', { mode: 'string' }).notNull(),
    half: halfDay('half').notNull(),
    shiftId: uuid('shift_id').references(() => shifts.id, { onDelete: 'set null' }),
    /** Who was rostered, and their department, when the incident was recorded. */
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    departmentId: uuid('department_id').notNull(),
    /** The opening time plus the threshold: when the window had been unattended long enough. */
    since: timestamp('since', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('unattended_incidents_window_slot').on(table.windowId, table.date, table.half),
    index('unattended_incidents_date').on(table.date),
  ],
);

/**
 * A department's written request to change who staffs its windows: a REPLACEMENT puts another of its people on the
 * rostered person's shifts, an EXCHANGE swaps two people's shifts, from `effectiveFrom` to `effectiveTo` (open-ended when
 * null). Only the hall manager's approval changes the roster.
 */
export const swapRequests = duty.table(
  'swap_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id').notNull(),
    kind: swapKind('kind').notNull(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    otherStaffId: uuid('other_staff_id')
      .notNull()
      .references(() => staff.id),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    reason: text('reason').notNull(),
    /** The written request's document number (文号), when it has one. */
    documentNo: text('document_no'),
    emergency: boolean('emergency').notNull().default(false),
    /** Working days from the filing day to `effectiveFrom`, counted when filed. */
    noticeWorkingDays: integer('notice_working_days').notNull(),
    /** Who in the request had been posted for less than the minimum at `effectiveFrom` (flagged for the manager). */
    recentlyPostedStaffIds: uuid('recently_posted_staff_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    status: swapStatus('status').notNull().default('PENDING'),
    filedBy: text('filed_by').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** Shifts the approval changed. */
    shiftsChanged: integer('shifts_changed'),
  },
  (table) => [
    index('swap_requests_department').on(table.departmentId, table.status),
    check('swap_requests_two_people', sql`${table.staffId} <> ${table.otherStaffId}`),
    check('swap_requests_range', sql`${table.effectiveTo} IS NULL OR ${table.effectiveTo} >= ${table.effectiveFrom}`),
  ],
);

/** Queue tickets (叫号). A window serves one called ticket at a time, which the partial unique index enforces. */
export const tickets = duty.table(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The hall day the ticket was issued on. */
    day: date('day', { mode: 'string' }).notNull(),
    /** What the display shows: the hall zone letter of the first window serving it and a daily sequence, e.g. A023. */
    number: text('number').notNull(),
    departmentId: uuid('department_id').notNull(),
    category: matterCategory('category').notNull(),
    status: ticketStatus('status').notNull().default('WAITING'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    windowId: uuid('window_id').references(() => windows.id),
    staffId: uuid('staff_id').references(() => staff.id),
    serviceStartedAt: timestamp('service_started_at', { withTimezone: true }),
    serviceEndedAt: timestamp('service_ended_at', { withTimezone: true }),
    noShowAt: timestamp('no_show_at', { withTimezone: true }),
  },
  (table) => [
    unique('tickets_day_number').on(table.day, table.number),
    index('tickets_waiting').on(table.day, table.status, table.issuedAt),
    index('tickets_window').on(table.windowId, table.day),
    index('tickets_staff').on(table.staffId, table.day),
    uniqueIndex('tickets_one_per_window')
      .on(table.windowId, table.day)
      .where(sql`${table.status} IN ('CALLED', 'SERVING')`),
    check('tickets_called_after_issue', sql`${table.calledAt} IS NULL OR ${table.calledAt} >= ${table.issuedAt}`),
    check(
      'tickets_service_in_order',
      sql`${table.serviceEndedAt} IS NULL OR (${table.serviceStartedAt} IS NOT NULL AND ${table.serviceEndedAt} >= ${table.serviceStartedAt})`,
    ),
  ],
);

/** The last number issued per day and prefix; an upsert on it hands out numbers safely under concurrency. */
export const ticketCounters = duty.table(
  'ticket_counters',
  {
    day: date('day', { mode: 'string' }).notNull(),
    prefix: text('prefix').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.prefix] })],
);

export const tables = {
  staff,
  windows,
  windowDepartments,
  hallSettings,
  shifts,
  attendance,
  unattendedIncidents,
  swapRequests,
  tickets,
  ticketCounters,
};
export type DutyTables = typeof tables;
