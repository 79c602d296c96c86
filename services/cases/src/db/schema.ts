import { bigserial, index, integer, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    visits: integer('visits').notNull().default(1),
    /** Optimistic concurrency: a transition names the version it saw. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('cases_department_submitted').on(table.departmentId, table.submittedAt.desc(), table.id.desc()),
    index('cases_submitted').on(table.submittedAt.desc(), table.id.desc()),
    index('cases_matter').on(table.matterId),
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

export const tables = { cases, caseEvents };
export type CasesTables = typeof tables;
