import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const catalog = pgSchema('catalog');

export const matterKind = catalog.enum('matter_kind', ['INSTANT', 'COMMITTED']);
export const matterCategory = catalog.enum('matter_category', ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']);
export const matterStatus = catalog.enum('matter_status', ['DRAFT', 'PUBLISHED', 'WITHDRAWN']);
export const materialForm = catalog.enum('material_form', ['ORIGINAL', 'COPY', 'ELECTRONIC']);

export const departments = catalog.table(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    hallZone: text('hall_zone').notNull(),
    contactPhone: text('contact_phone').notNull(),
    // The bureau (上级单位) of a branch office (分局、办事处); one level deep: a bureau has none (data/branches.ts).
    parentId: uuid('parent_id').references((): AnyPgColumn => departments.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('departments_name_unique').on(table.name),
    index('departments_parent_idx').on(table.parentId),
    check('departments_not_own_parent', sql`${table.parentId} IS NULL OR ${table.parentId} <> ${table.id}`),
  ],
);

export const matters = catalog.table(
  'matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    version: integer('version').notNull().default(1),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    kind: matterKind('kind').notNull(),
    category: matterCategory('category').notNull(),
    legalLimitDays: integer('legal_limit_days').notNull(),
    committedLimitDays: integer('committed_limit_days').notNull(),
    feeYuan: numeric('fee_yuan', { precision: 12, scale: 2, mode: 'number' }),
    feeBasis: text('fee_basis'),
    channels: text('channels').array().notNull(),
    keywords: text('keywords').array().notNull(),
    conditions: text('conditions').notNull(),
    legalBasis: text('legal_basis').array().notNull(),
    /** 需现场核查 */
    onSiteInspection: boolean('on_site_inspection').notNull().default(false),
    /** 不予受理情形 */
    refusalGrounds: text('refusal_grounds')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** 救济途径 */
    appealRoute: text('appeal_route'),
    status: matterStatus('status').notNull().default('DRAFT'),
    /** The version this one was edited from (null for a version 1). Publishing requires it to still be the newest released version. */
    basedOnVersion: integer('based_on_version'),
    /** The version that replaced this one when it was published. */
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => matters.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /**
     * Maintained by triggers (migration 0002), never written by the resolvers: code, name, keywords and material names,
     * one per line, for the exact ILIKE check; and their character unigrams and bigrams, GIN-indexed, for the index search.
     */
    searchText: text('search_text').notNull().default(''),
    searchTerms: text('search_terms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (table) => [
    unique('matters_code_version').on(table.code, table.version),
    index('matters_department_status').on(table.departmentId, table.status),
    // Exactly one published version per code, even against concurrent publishes.
    uniqueIndex('matters_one_published_per_code')
      .on(table.code)
      .where(sql`${table.status} = 'PUBLISHED'`),
    index('matters_search_terms').using('gin', table.searchTerms),
    check(
      'matters_fee_with_basis',
      sql`(${table.feeYuan} IS NULL AND ${table.feeBasis} IS NULL) OR (${table.feeYuan} > 0 AND ${table.feeBasis} IS NOT NULL)`,
    ),
    check(
      'matters_version_positive',
      sql`${table.version} >= 1 AND (${table.basedOnVersion} IS NULL OR ${table.basedOnVersion} < ${table.version})`,
    ),
    // The database holds the catalog's two limit rules even against a buggy resolver.
    check(
      'matters_committed_within_legal',
      sql`${table.committedLimitDays} >= 0 AND ${table.committedLimitDays} <= ${table.legalLimitDays}`,
    ),
    check('matters_instant_commits_zero', sql`${table.kind} <> 'INSTANT' OR ${table.committedLimitDays} = 0`),
  ],
);

export const materials = catalog.table(
  'materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    form: materialForm('form').notNull(),
    copies: integer('copies').notNull().default(1),
    required: boolean('required').notNull().default(true),
    condition: text('condition'),
    source: text('source').notNull(),
    notes: text('notes'),
    /** Reference (URL) of the sample template (示范文本). */
    sampleTemplate: text('sample_template'),
  },
  (table) => [index('materials_matter').on(table.matterId, table.position)],
);

/** The process (办理流程) of a matter version: steps in order, each with its responsible post and working days. */
export const processSteps = catalog.table(
  'process_steps',
  {
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    post: text('post').notNull(),
    days: integer('days').notNull(),
  },
  (table) => [primaryKey({ columns: [table.matterId, table.position] }), check('process_steps_days', sql`${table.days} >= 0`)],
);

/** Joint approval (并联审批): the departments approving a matter version in parallel with its own department. */
export const jointDepartments = catalog.table(
  'joint_departments',
  {
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.matterId, table.departmentId] }), index('joint_departments_department').on(table.departmentId)],
);

export const MATTER_CHANGE_ACTIONS = ['IMPORT', 'CREATE', 'UPDATE', 'NEW_VERSION', 'PUBLISH', 'SUPERSEDE', 'WITHDRAW'] as const;
export const DEPARTMENT_CHANGE_ACTIONS = ['IMPORT', 'CREATE', 'UPDATE', 'DEACTIVATE', 'REACTIVATE'] as const;

/** One changed field of a change-log entry. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}
export interface ChangeDetail {
  fields: FieldChange[];
}

/** Every change to a matter version: who, when, what (a field-level diff). Append-only (migration 0002). */
export const matterChanges = catalog.table(
  'matter_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Orders the entries of one transaction, which share `at`. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    action: text('action', { enum: MATTER_CHANGE_ACTIONS }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    detail: jsonb('detail').$type<ChangeDetail>().notNull().default({ fields: [] }),
  },
  (table) => [index('matter_changes_matter').on(table.matterId, table.seq)],
);

/** Every change to a department record; append-only like `matter_changes`. */
export const departmentChanges = catalog.table(
  'department_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    action: text('action', { enum: DEPARTMENT_CHANGE_ACTIONS }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    detail: jsonb('detail').$type<ChangeDetail>().notNull().default({ fields: [] }),
  },
  (table) => [index('department_changes_department').on(table.departmentId, table.seq)],
);

export const tables = { departments, matters, materials, processSteps, jointDepartments, matterChanges, departmentChanges };
export type CatalogTables = typeof tables;
