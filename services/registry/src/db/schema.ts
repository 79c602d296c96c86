import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The registry's own PostgreSQL schema: nothing else reads or writes it, and it reads no other one. */
export const registry = pgSchema('registry');

/** 受理 → 审核 → 登簿 → 缮证 → 发证, in this order (PostgreSQL compares enum values in declaration order). */
export const REGISTRATION_STAGES = ['ACCEPTED', 'REVIEWED', 'RECORDED', 'CERTIFIED', 'ISSUED'] as const;
export type RegistrationStage = (typeof REGISTRATION_STAGES)[number];

export const registrationStage = registry.enum('registration_stage', REGISTRATION_STAGES);

/** The property registration of a case: one per case, its stage moved forward by each step. */
export const registrations = registry.table(
  'registrations',
  {
    /** The cases subgraph's Case id, checked against it when the registration was first recorded. */
    caseId: uuid('case_id').primaryKey(),
    /**
     * The case's department as the cases subgraph named it when the registration was first recorded (the BDC or one
     * of its branch offices): who may read the registration is decided on it.
     */
    departmentId: uuid('department_id').notNull(),
    stage: registrationStage('stage').notNull(),
    unitNumber: text('unit_number').notNull(),
    certificateNumber: text('certificate_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // The rule of src/domain/numbers.ts (UNIT_NUMBER), kept by the database too.
    check('registrations_unit_number', sql`${table.unitNumber} ~ '^[0-9A-Z]{28}$'`),
    // A certificate number is there exactly from CERTIFIED on.
    check('registrations_certificate_from_certified', sql`(${table.stage} >= 'CERTIFIED') = (${table.certificateNumber} IS NOT NULL)`),
    check('registrations_certificate_length', sql`char_length(${table.certificateNumber}) BETWEEN 10 AND 60`),
    index('registrations_moved').on(table.updatedAt.desc().nullsFirst(), table.caseId),
    index('registrations_department').on(table.departmentId),
    // One certificate, one registration.
    uniqueIndex('registrations_certificate')
      .on(table.certificateNumber)
      .where(sql`${table.certificateNumber} IS NOT NULL`),
  ],
);

/** Every stage of a registration as it was recorded: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export const registrationSteps = registry.table(
  'registration_steps',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => registrations.caseId),
    stage: registrationStage('stage').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The staff id of window staff (as on the cases trail), else the user id. */
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.stage] })],
);

/** 预约号源: the appointments offered for a matter version each morning and each afternoon. */
export const appointmentQuotas = registry.table(
  'appointment_quotas',
  {
    /** The catalog's Matter id (a matter version), checked against it when the quota was set. */
    matterId: uuid('matter_id').primaryKey(),
    /** The matter's department as the catalog named it when the quota was set: who may read it is decided on it. */
    departmentId: uuid('department_id').notNull(),
    morning: integer('morning').notNull(),
    afternoon: integer('afternoon').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [
    check('appointment_quotas_morning', sql`${table.morning} BETWEEN 0 AND 200`),
    check('appointment_quotas_afternoon', sql`${table.afternoon} BETWEEN 0 AND 200`),
    index('appointment_quotas_department').on(table.departmentId),
  ],
);

export const tables = { registrations, registrationSteps, appointmentQuotas };
export type RegistryTables = typeof tables;
