import { sql } from 'drizzle-orm';
import { CLOCK_RUNNING_STATES } from '../domain/lifecycle';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MatterSnapshot } from '../ports/matters';
import type { ReportFigures } from '../data/monthly-report';

export const casesSchema = pgSchema('cases');

export const caseStatus = casesSchema.enum('case_status', [
  'SUBMITTED',
  'SUPPLEMENT_REQUESTED',
  'RESUBMITTED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'REFERRED',
  'UNDER_REVIEW',
  'SUSPENDED',
  'APPROVED',
  'DENIED',
  'COMPLETED',
  'DELIVERED',
  'WITHDRAWN',
]);

/**
 * The clock runs (lifecycle.ts; clock.ts `clockRunning` holds the same predicate, so the planner uses the partial indexes
 * below). Its text is the migrations' (0007): `status IN ('ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED', 'APPROVED', 'DENIED') …`.
 */
const CLOCK_RUNNING_PREDICATE = sql.raw(
  `status IN (${CLOCK_RUNNING_STATES.map((status) => `'${status}'`).join(', ')}) AND accepted_at IS NOT NULL AND paused_since IS NULL AND due_at IS NOT NULL`,
);

export const cases = casesSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    /** The matter version (catalog) the case was registered under. */
    matterId: uuid('matter_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    windowId: uuid('window_id'),
    /** 首问责任人: the staff member who first received the applicant. */
    firstOwnerStaffId: uuid('first_owner_staff_id').notNull(),
    status: caseStatus('status').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    /** The applicant link (domain/applicant-key.ts); null until the sweep keys a row written before it existed. */
    applicantKey: text('applicant_key'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    visits: integer('visits').notNull().default(1),
    /** Optimistic concurrency: a transition names the version it saw. */
    version: integer('version').notNull().default(1),
    /** The matter version as the catalog described it at registration; null only for rows older than snapshots. */
    matterSnapshot: jsonb('matter_snapshot').$type<MatterSnapshot>(),
    /** 即办件: accepted and completed on the spot. */
    instant: boolean('instant').notNull().default(false),
    /** Working days the clock stood still (supplement awaited after acceptance, suspension), added to the limit. */
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    /** When the current pause began; null while the clock runs. */
    pausedSince: timestamp('paused_since', { withTimezone: true }),
    preWarningAt: timestamp('pre_warning_at', { withTimezone: true }),
    /** The supervision deadline (督办时限): a red card after it. */
    supervisionDueAt: timestamp('supervision_due_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** One-time notices (一次性告知) issued; every one after the first is a repeat notice. */
    supplementNotices: integer('supplement_notices').notNull().default(0),
    referredToDepartmentId: uuid('referred_to_department_id'),
    /** The case another department referred to this one (转办), for the buck-passing detector. */
    referredFromCaseId: uuid('referred_from_case_id'),
    /**
     * 一事一评: the code a completed case is evaluated with (16 Crockford base32 characters, 80 random bits, src/codes.ts).
     * Migration 0011 checks that every COMPLETED or DELIVERED case has one.
     */
    evaluationCode: text('evaluation_code').unique(),
  },
  (table) => [
    index('cases_department_submitted').on(table.departmentId, table.submittedAt.desc(), table.id.desc()),
    index('cases_submitted').on(table.submittedAt.desc(), table.id.desc()),
    index('cases_matter').on(table.matterId),
    // The honest one-visit rate's episodes: one applicant's cases in time order.
    index('cases_applicant').on(table.applicantKey, table.submittedAt),
    index('cases_unkeyed').on(table.id).where(sql`applicant_key IS NULL`),
    index('cases_accepted').on(table.acceptedAt),
    // Migration 0009 rebuilds it with INCLUDE (department_id, id), which drizzle cannot declare.
    index('cases_completed').on(table.completedAt),
    // The case list's filters (issue 8): each keeps its keyset order, so a page costs the same at any depth.
    index('cases_status_submitted').on(table.status, table.submittedAt.desc(), table.id.desc()),
    index('cases_department_status_submitted').on(table.departmentId, table.status, table.submittedAt.desc(), table.id.desc()),
    // Cases whose working-day clock runs (warnings.ts): a few thousand of a city's million, so warned pages read only them.
    index('cases_clock_running_submitted').on(table.submittedAt.desc(), table.id.desc()).where(CLOCK_RUNNING_PREDICATE),
    index('cases_clock_running_department')
      .on(table.departmentId, table.submittedAt.desc(), table.id.desc())
      .where(CLOCK_RUNNING_PREDICATE),
    // The statistics count the warnings that fell in a period (stats.ts, series.ts): each rung its own range scan.
    index('cases_pre_warning').on(table.preWarningAt),
    index('cases_due').on(table.dueAt),
    index('cases_supervision_due').on(table.supervisionDueAt),
    // The buck-passing detector reads only the cases in a referral chain (Query.referralFlags).
    index('cases_referrals')
      .on(table.submittedAt)
      .where(sql`status = 'REFERRED' OR referred_from_case_id IS NOT NULL`),
  ],
);

/** The trail; a trigger in the migrations refuses UPDATE and DELETE. */
export const caseEvents = casesSchema.table(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    fromStatus: caseStatus('from_status'),
    toStatus: caseStatus('to_status').notNull(),
    actorId: text('actor_id'),
    actorRole: text('actor_role').notNull(),
    reason: text('reason'),
    data: jsonb('data').notNull().default({}),
  },
  (table) => [index('case_events_case').on(table.caseId, table.id)],
);

export const calendarDayKind = casesSchema.enum('calendar_day_kind', ['WORKING', 'OFF']);

/** The hall manager's edits of the working-day calendar, above the statutory data. */
export const calendarDays = casesSchema.table('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: calendarDayKind('kind').notNull(),
  note: text('note'),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Each trip the applicant makes to the hall for a case. */
export const caseVisits = casesSchema.table(
  'case_visits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    purpose: text('purpose').notNull(),
    windowId: uuid('window_id'),
    recordedBy: text('recorded_by'),
  },
  (table) => [index('case_visits_case').on(table.caseId)],
);

export const evaluationChannel = casesSchema.enum('evaluation_channel', ['WINDOW_TABLET', 'PC', 'MOBILE', 'QR_CODE', 'SMS', 'HOTLINE']);
export const rectificationStatus = casesSchema.enum('rectification_status', ['PENDING', 'IN_PROGRESS', 'DONE', 'INVALID', 'UNRECTIFIABLE', 'APPEALED']);
/** 差评 content tags, modelled on GB/T 39734's bad-review content (domain/badReviews.ts). */
export const badReviewTag = casesSchema.enum('bad_review_tag', [
  'OVER_TIME_LIMIT',
  'EXTRA_CONDITIONS',
  'EXTRA_MATERIALS',
  'NOT_TOLD_AT_ONCE',
  'REPEATED_TRIPS',
  'ATTITUDE',
  'SYSTEM_FAILURE',
  'OTHER',
]);

/** 好差评 (GB/T 39734-2020): one per case, attributed to the department, window and staff that served it. */
export const evaluations = casesSchema.table(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    matterId: uuid('matter_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    windowId: uuid('window_id'),
    staffId: uuid('staff_id'),
    level: smallint('level').notNull(),
    channel: evaluationChannel('channel').notNull(),
    comment: text('comment'),
    realName: boolean('real_name').notNull().default(true),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
    /** Only for bad reviews (level 1–2): 待整改 → 整改中 → 整改完成, or 无效差评 / 无法整改. */
    rectificationStatus: rectificationStatus('rectification_status'),
    rectificationDueAt: timestamp('rectification_due_at', { withTimezone: true }),
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    callbackNote: text('callback_note'),
    /** Bad reviews only: chosen by the reviewer or at verification (核实). */
    tags: badReviewTag('tags').array().notNull().default(sql`'{}'`),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    check('evaluations_level', sql`${table.level} between 1 and 5`),
    index('evaluations_department_at').on(table.departmentId, table.evaluatedAt),
    // Migration 0009 rebuilds it with INCLUDE (department_id, level, case_id, id), which drizzle cannot declare.
    index('evaluations_at').on(table.evaluatedAt),
  ],
);

/** The audit of a bad review's workflow; append-only like the case trail. */
export const evaluationActions = casesSchema.table(
  'evaluation_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    fromStatus: rectificationStatus('from_status'),
    toStatus: rectificationStatus('to_status'),
    action: text('action').notNull(),
    actorId: text('actor_id'),
    actorRole: text('actor_role').notNull(),
    note: text('note'),
  },
  (table) => [
    index('evaluation_actions_evaluation').on(table.evaluationId, table.id),
    // The sweep records a review falling overdue once, however many workers run it; a review is appealed once.
    uniqueIndex('evaluation_actions_overdue_once').on(table.evaluationId).where(sql`action = 'OVERDUE'`),
    uniqueIndex('evaluation_actions_appeal_once').on(table.evaluationId).where(sql`action = 'APPEAL'`),
  ],
);

export const complaintStatus = casesSchema.enum('complaint_status', ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED']);
export const complaintChannel = casesSchema.enum('complaint_channel', ['WINDOW', 'BOX', 'HOTLINE', 'WEB', 'MOBILE', 'LETTER']);
export const complaintSubject = casesSchema.enum('complaint_subject', ['DEPARTMENT', 'WINDOW', 'STAFF', 'MATTER']);
export const complaintSatisfaction = casesSchema.enum('complaint_satisfaction', ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']);

export const complaints = casesSchema.table(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    channel: complaintChannel('channel').notNull(),
    subjectKind: complaintSubject('subject_kind').notNull(),
    departmentId: uuid('department_id'),
    windowId: uuid('window_id'),
    staffId: uuid('staff_id'),
    matterId: uuid('matter_id'),
    caseId: uuid('case_id').references(() => cases.id),
    content: text('content').notNull(),
    complainantName: text('complainant_name'),
    complainantPhone: text('complainant_phone'),
    status: complaintStatus('status').notNull().default('RECEIVED'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    answerDueAt: timestamp('answer_due_at', { withTimezone: true }).notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answer: text('answer'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The complainant's satisfaction with the answer, recorded when the complaint is closed. */
    satisfaction: complaintSatisfaction('satisfaction'),
  },
  (table) => [index('complaints_department').on(table.departmentId, table.receivedAt)],
);

export const escalationLevel = casesSchema.enum('escalation_level', ['YELLOW', 'RED']);
/** Who must answer an escalation: the department, then hall leadership once it is overdue. */
export const escalationTier = casesSchema.enum('escalation_tier', ['DEPARTMENT', 'LEADERSHIP']);

/** 督办: raised by the sweep at a yellow or red card (or by the hall manager), with its own deadline. */
export const escalations = casesSchema.table(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    level: escalationLevel('level').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    raisedBy: text('raised_by').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    note: text('note').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    tier: escalationTier('tier').notNull().default('DEPARTMENT'),
    /** Raised by the sweep rather than by the manager. */
    automatic: boolean('automatic').notNull().default(false),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: text('responded_by'),
    /** When it climbed to hall leadership, overdue and unanswered. */
    climbedAt: timestamp('climbed_at', { withTimezone: true }),
  },
  (table) => [
    unique('escalations_case_level').on(table.caseId, table.level),
    index('escalations_unanswered_due').on(table.dueAt).where(sql`responded_at IS NULL`),
    index('escalations_raised').on(table.raisedAt),
  ],
);

/** The manager's weights of the department ranking (src/ranking-weights.ts); the newest row counts, older rows are the history. */
export const rankingWeights = casesSchema.table('ranking_weights', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  completion: smallint('completion').notNull(),
  onTime: smallint('on_time').notNull(),
  satisfaction: smallint('satisfaction').notNull(),
  attendance: smallint('attendance').notNull(),
  inspection: smallint('inspection').notNull(),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

export const recognitionKind = casesSchema.enum('recognition_kind', ['SERVICE_STAR', 'RED_FLAG_WINDOW']);

/** 服务明星 and 流动红旗 as the manager confirmed them for a month: append-only (a trigger refuses changes). */
export const recognitions = casesSchema.table(
  'recognitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** YYYY-MM. */
    month: text('month').notNull(),
    kind: recognitionKind('kind').notNull(),
    /** The staff member (SERVICE_STAR) or the window (RED_FLAG_WINDOW) recognised. */
    subjectId: uuid('subject_id').notNull(),
    departmentId: uuid('department_id'),
    note: text('note').notNull(),
    confirmedBy: text('confirmed_by').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('recognitions_month_subject').on(table.month, table.kind, table.subjectId),
    index('recognitions_month').on(table.month),
  ],
);

/** The manager's thresholds of the ranking and the monthly report (domain/report/rules.ts); the newest row counts. */
export const reportRules = casesSchema.table('report_rules', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  minRankedCases: integer('min_ranked_cases').notNull(),
  minEvaluations: integer('min_evaluations').notNull(),
  minCompletedForRate: integer('min_completed_for_rate').notNull(),
  minEvaluationRate: doublePrecision('min_evaluation_rate').notNull(),
  implausibleStreak: integer('implausible_streak').notNull(),
  minBadReviews: integer('min_bad_reviews').notNull(),
  invalidShare: doublePrecision('invalid_share').notNull(),
  quietInspections: integer('quiet_inspections').notNull(),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

/** A closed month's report (月度通报) as published: frozen, append-only (a trigger refuses changes). */
export const publishedReports = casesSchema.table('published_reports', {
  /** YYYY-MM. */
  month: text('month').primaryKey(),
  report: jsonb('report').$type<ReportFigures>().notNull(),
  publishedBy: text('published_by').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
});

/**
 * The daily number series (src/numbers.ts): one row per prefix (`ZW20261120`, `TS20261120`) holding the last sequence
 * handed out, raised by every registration, complaint and import of that day.
 */
export const numberCounters = casesSchema.table('number_counters', {
  prefix: text('prefix').primaryKey(),
  last: integer('last').notNull(),
});

export const tables = {
  cases,
  caseEvents,
  calendarDays,
  caseVisits,
  evaluations,
  evaluationActions,
  complaints,
  escalations,
  rankingWeights,
  recognitions,
  reportRules,
  publishedReports,
  numberCounters,
};
export type CasesTables = typeof tables;
