import { date, doublePrecision, index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const inspectionsSchema = pgSchema('inspections');

export const inspectionStatus = inspectionsSchema.enum('inspection_status', ['PLANNED', 'DRAFT', 'SUBMITTED']);

export const supervisors = inspectionsSchema.table('supervisors', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  affiliation: text('affiliation').notNull(),
  phone: text('phone').notNull(),
  termStart: date('term_start', { mode: 'string' }).notNull(),
  termEnd: date('term_end', { mode: 'string' }).notNull(),
  /** Departments the supervisor may not inspect (conflicts of interest). */
  tiedDepartmentIds: uuid('tied_department_ids').array().notNull().default([]),
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
  },
  (table) => [
    index('inspections_window').on(table.windowId, table.plannedFor),
    index('inspections_department').on(table.departmentId, table.status),
    index('inspections_supervisor').on(table.supervisorId),
  ],
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
  },
  (table) => [index('findings_inspection').on(table.inspectionId, table.position)],
);

export const tables = { supervisors, inspections, findings };
export type InspectionsTables = typeof tables;
