import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ChecklistSection } from '../domain/checklist';
import type { PlanInputs } from '../domain/planner';

export const inspectionsSchema = pgSchema('inspections');

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const inspectionStatus = inspectionsSchema.enum('inspection_status', ['PLANNED', 'DRAFT', 'SUBMITTED']);
export const itemOutcome = inspectionsSchema.enum('item_outcome', ['PASS', 'FAIL', 'NOT_APPLICABLE']);
export const evidenceKind = inspectionsSchema.enum('evidence_kind', ['PHOTO', 'AUDIO']);
export const rectificationStatus = inspectionsSchema.enum('rectification_status', ['OPEN', 'RESPONDED', 'VERIFIED', 'CANCELLED']);
export const appealStatus = inspectionsSchema.enum('appeal_status', ['PENDING', 'UPHELD', 'OVERTURNED']);

export const supervisors = inspectionsSchema.table('supervisors', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  affiliation: text('affiliation').notNull(),
  phone: text('phone').notNull(),
  termStart: date('term_start', { mode: 'string' }).notNull(),
  termEnd: date('term_end', { mode: 'string' }).notNull(),
  /** Departments the supervisor may not inspect (conflicts of interest). */
  tiedDepartmentIds: uuid('tied_department_ids').array().notNull().default([]),
  active: boolean('active').notNull().default(true),
});

/** One row: the hall's inspection settings. */
export const settings = inspectionsSchema.table('settings', {
  id: integer('id').primaryKey().default(1),
  passThreshold: doublePrecision('pass_threshold').notNull().default(85),
  rectificationDueWorkingDays: integer('rectification_due_working_days').notNull().default(10),
  appealDays: integer('appeal_days').notNull().default(7),
});

/** Checklist template versions; immutable once created (a new version is a new row). */
export const templates = inspectionsSchema.table('checklist_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().unique(),
  name: text('name').notNull(),
  sections: jsonb('sections').$type<ChecklistSection[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const plans = inspectionsSchema.table('plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  seed: text('seed').notNull(),
  /** Everything the assignment was computed from, for reproducing it. */
  inputs: jsonb('inputs').$type<PlanInputs>().notNull(),
  templateId: uuid('template_id')
    .notNull()
    .references(() => templates.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const inspections = inspectionsSchema.table(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    windowId: uuid('window_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => supervisors.id),
    plannedFor: date('planned_for', { mode: 'string' }).notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }),
    score: doublePrecision('score'),
    status: inspectionStatus('status').notNull().default('PLANNED'),
    planId: uuid('plan_id').references(() => plans.id),
    templateId: uuid('template_id').references(() => templates.id),
    /** The duty subgraph's Staff observed, when known. */
    staffId: uuid('staff_id'),
    scenario: text('scenario'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [
    index('inspections_window').on(table.windowId, table.plannedFor),
    index('inspections_department').on(table.departmentId, table.status),
    index('inspections_supervisor').on(table.supervisorId),
    index('inspections_plan').on(table.planId),
  ],
);

export const itemResults = inspectionsSchema.table(
  'item_results',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemKey: text('item_key').notNull(),
    outcome: itemOutcome('outcome').notNull(),
    comment: text('comment'),
  },
  (table) => [primaryKey({ columns: [table.inspectionId, table.itemKey] })],
);

export const findings = inspectionsSchema.table(
  'findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    itemKey: text('item_key'),
    comment: text('comment'),
    serious: boolean('serious').notNull().default(false),
    amendmentId: uuid('amendment_id'),
  },
  (table) => [index('findings_inspection').on(table.inspectionId, table.position)],
);

/** A correction of a submitted inspection (append-only); the latest one's score is the inspection's score. */
export const amendments = inspectionsSchema.table(
  'amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    reason: text('reason').notNull(),
    /** The changed item results only. */
    changes: jsonb('changes').$type<Array<{ itemKey: string; outcome: 'PASS' | 'FAIL' | 'NOT_APPLICABLE'; comment: string | null }>>().notNull(),
    score: doublePrecision('score'),
    actorId: text('actor_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('amendments_inspection').on(table.inspectionId, table.createdAt)],
);

export const rectifications = inspectionsSchema.table(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    departmentId: uuid('department_id').notNull(),
    windowId: uuid('window_id').notNull(),
    /** The supervisor who made the finding; they may not verify it. */
    foundBy: uuid('found_by').notNull(),
    belowThreshold: boolean('below_threshold').notNull(),
    seriousFindingIds: uuid('serious_finding_ids').array().notNull().default([]),
    status: rectificationStatus('status').notNull().default('OPEN'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('rectifications_inspection').on(table.inspectionId),
    index('rectifications_department').on(table.departmentId, table.status),
    index('rectifications_window').on(table.windowId),
  ],
);

/** Every transition of a rectification order (append-only). */
export const rectificationEvents = inspectionsSchema.table(
  'rectification_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rectificationId: uuid('rectification_id')
      .notNull()
      .references(() => rectifications.id),
    fromStatus: rectificationStatus('from_status'),
    toStatus: rectificationStatus('to_status').notNull(),
    actorRole: text('actor_role').notNull(),
    actorId: text('actor_id'),
    note: text('note'),
    dueOn: date('due_on', { mode: 'string' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('rectification_events_order').on(table.rectificationId, table.at)],
);

export const appeals = inspectionsSchema.table(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    departmentId: uuid('department_id').notNull(),
    reason: text('reason').notNull(),
    status: appealStatus('status').notNull().default('PENDING'),
    decisionNote: text('decision_note'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('appeals_finding').on(table.findingId), index('appeals_inspection').on(table.inspectionId)],
);

/** Evidence files (bytea): of an inspection, or of a department's rectification response. */
export const evidence = inspectionsSchema.table(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id').references(() => inspections.id),
    rectificationId: uuid('rectification_id').references(() => rectifications.id),
    kind: evidenceKind('kind').notNull(),
    mimeType: text('mime_type').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('evidence_inspection').on(table.inspectionId),
    index('evidence_rectification').on(table.rectificationId),
    index('evidence_hash').on(table.sha256),
    check('evidence_one_owner', sql`num_nonnulls(${table.inspectionId}, ${table.rectificationId}) = 1`),
  ],
);

export const tables = {
  supervisors,
  settings,
  templates,
  plans,
  inspections,
  itemResults,
  findings,
  amendments,
  rectifications,
  rectificationEvents,
  appeals,
  evidence,
};
export type InspectionsTables = typeof tables;
