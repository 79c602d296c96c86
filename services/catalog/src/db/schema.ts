import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgSchema, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const catalog = pgSchema('catalog');

export const matterKind = catalog.enum('matter_kind', ['INSTANT', 'COMMITTED']);
export const matterCategory = catalog.enum('matter_category', ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']);
export const matterStatus = catalog.enum('matter_status', ['DRAFT', 'PUBLISHED', 'WITHDRAWN']);
export const materialForm = catalog.enum('material_form', ['ORIGINAL', 'COPY', 'ELECTRONIC']);

export const departments = catalog.table('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  hallZone: text('hall_zone').notNull(),
  contactPhone: text('contact_phone').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

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
    status: matterStatus('status').notNull().default('DRAFT'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    unique('matters_code_version').on(table.code, table.version),
    index('matters_department_status').on(table.departmentId, table.status),
    // The database holds the catalog's two limit rules even against a buggy resolver.
    check('matters_committed_within_legal', sql`${table.committedLimitDays} >= 0 AND ${table.committedLimitDays} <= ${table.legalLimitDays}`),
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
  },
  (table) => [index('materials_matter').on(table.matterId, table.position)],
);

/** Every change to a matter: who, when, what (issue 3 builds the version history on it). */
export const matterChanges = catalog.table(
  'matter_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    action: text('action').notNull(),
    actorId: text('actor_id'),
    actorRole: text('actor_role').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    detail: jsonb('detail').notNull().default({}),
  },
  (table) => [index('matter_changes_matter').on(table.matterId, table.at)],
);

export const tables = { departments, matters, materials, matterChanges };
export type CatalogTables = typeof tables;
