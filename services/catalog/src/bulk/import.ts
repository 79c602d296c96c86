import { randomUUID } from 'node:crypto';
import {
  BulkImportRefused,
  batchesOf,
  copyRows,
  inTransaction,
  PgArray,
  pipelined,
  tallyRows,
  type BulkSource,
  type Database,
} from '@hall/db';
import { uuidSchema } from '@hall/service-kit';
import type { z } from 'zod';
import type { CatalogTables } from '../db/schema';
import { diffFields, diffMatter, snapshotOfInput } from '../data/history';
import { departmentInputSchema, matterInputSchema, type DepartmentInput, type MatterInput } from '../resolvers/inputs';

/**
 * The catalog's bulk import path (issue 8): departments and published matters (version 1) with their materials, process
 * steps and joint-approval departments, written with COPY in batches. Every record passes the same validation as the
 * API's mutations (`inputs.ts`) and every database rule holds (constraints, the search triggers, the append-only change
 * logs, which record IMPORT). Each batch is one transaction: it is validated first and written all or nothing; a refused
 * batch writes nothing and stops the import (earlier batches stay).
 */

export interface BulkDepartment extends DepartmentInput {
  id: string;
}

/** A matter as `MatterInput` (the API's shape), with its id chosen by the importer. */
export interface BulkMatter extends z.input<typeof matterInputSchema> {
  id: string;
  /** When version 1 was published; the import's `at` when absent. */
  publishedAt?: Date;
}

export interface BulkImportOptions {
  /** Records per transaction (default 1,000). */
  batchSize?: number;
  /** When the import happened: the change-log time and the default publication time. Default: now. */
  at?: Date;
}

export interface BulkImportResult {
  /** Rows written per table (`catalog.<table>`). */
  rows: Record<string, number>;
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
}

const SYSTEM = { actorId: null, actorName: null, actorRole: 'system' } as const;

/** Imports departments (active), each with its IMPORT entry in the department change log. */
export async function importDepartments(
  database: Database<CatalogTables>,
  source: BulkSource<BulkDepartment>,
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const at = options.at ?? new Date();
  const rows: Record<string, number> = { 'catalog.departments': 0, 'catalog.department_changes': 0 };
  const seen = { ids: new Set<string>(), codes: new Set<string>(), names: new Set<string>() };
  let index = 0;
  for await (const batch of batchesOf(source, options.batchSize ?? 1_000)) {
    const valid = batch.map((record) => {
      const current = index++;
      const parsed = departmentInputSchema.safeParse(record);
      if (!parsed.success) throw new BulkImportRefused(current, problemsOf(parsed.error));
      if (!uuidSchema.safeParse(record.id).success) throw new BulkImportRefused(current, ['id: not a UUID']);
      const department = { id: record.id, ...parsed.data };
      if (seen.ids.has(department.id)) throw new BulkImportRefused(current, ['id: imported twice']);
      if (seen.codes.has(department.code)) throw new BulkImportRefused(current, [`code: ${department.code} imported twice`]);
      if (seen.names.has(department.name)) throw new BulkImportRefused(current, [`name: ${department.name} imported twice`]);
      seen.ids.add(department.id);
      seen.codes.add(department.code);
      seen.names.add(department.name);
      return department;
    });
    await inTransaction(database.pool, async (client) => {
      const existing = await client.query<{ code: string }>(
        'SELECT code FROM catalog.departments WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[]) OR name = ANY($3::text[]) LIMIT 1',
        [valid.map((d) => d.id), valid.map((d) => d.code), valid.map((d) => d.name)],
      );
      const clash = existing.rows[0];
      if (clash) {
        const position = valid.findIndex((d) => d.code === clash.code);
        throw new BulkImportRefused(index - valid.length + Math.max(position, 0), [
          `department ${clash.code} already exists (id, code or name)`,
        ]);
      }
      tallyRows(
        rows,
        'catalog.departments',
        await copyRows(
          client,
          {
            table: 'catalog.departments',
            columns: ['id', 'code', 'name', 'short_name', 'hall_zone', 'contact_phone', 'active', 'created_at', 'updated_at'],
          },
          valid.map((d) => [d.id, d.code, d.name, d.shortName, d.hallZone, d.contactPhone, true, at, at]),
        ),
      );
      tallyRows(
        rows,
        'catalog.department_changes',
        await copyRows(
          client,
          {
            table: 'catalog.department_changes',
            columns: ['id', 'department_id', 'action', 'actor_id', 'actor_name', 'actor_role', 'at', 'detail'],
          },
          valid.map((d) => [
            randomUUID(),
            d.id,
            'IMPORT',
            SYSTEM.actorId,
            SYSTEM.actorName,
            SYSTEM.actorRole,
            at,
            { fields: diffFields(null, d, ['code', 'name', 'shortName', 'hallZone', 'contactPhone']) },
          ]),
        ),
      );
    });
  }
  return { rows };
}

const MATTER_COLUMNS = [
  'id',
  'code',
  'version',
  'department_id',
  'name',
  'kind',
  'category',
  'legal_limit_days',
  'committed_limit_days',
  'fee_yuan',
  'fee_basis',
  'channels',
  'keywords',
  'conditions',
  'legal_basis',
  'on_site_inspection',
  'refusal_grounds',
  'appeal_route',
  'status',
  'created_at',
  'updated_at',
  'published_at',
] as const;

interface ValidMatter {
  id: string;
  input: MatterInput;
  publishedAt: Date;
}

/**
 * Imports matters as published version 1 with their materials, process steps and joint-approval departments, and an
 * IMPORT entry each in the matter change log (a field-level diff from nothing, as for a created matter). The search
 * columns are filled by the database's own triggers, so a bulk-loaded matter is found exactly like a created one.
 * The lead and joint departments must exist and be active; a code must not exist yet.
 */
export async function importMatters(
  database: Database<CatalogTables>,
  source: BulkSource<BulkMatter>,
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const at = options.at ?? new Date();
  const rows: Record<string, number> = {
    'catalog.matters': 0,
    'catalog.materials': 0,
    'catalog.process_steps': 0,
    'catalog.joint_departments': 0,
    'catalog.matter_changes': 0,
  };
  const seenIds = new Set<string>();
  const seenCodes = new Set<string>();
  let index = 0;
  await pipelined(
    batchesOf(source, options.batchSize ?? 1_000),
    (batch) => {
      const first = index;
      const valid: ValidMatter[] = batch.map((record) => {
        const current = index++;
        const parsed = matterInputSchema.safeParse(record);
        if (!parsed.success) throw new BulkImportRefused(current, problemsOf(parsed.error));
        if (!uuidSchema.safeParse(record.id).success) throw new BulkImportRefused(current, ['id: not a UUID']);
        if (seenIds.has(record.id)) throw new BulkImportRefused(current, ['id: imported twice']);
        if (seenCodes.has(parsed.data.code)) throw new BulkImportRefused(current, [`code: ${parsed.data.code} imported twice`]);
        seenIds.add(record.id);
        seenCodes.add(parsed.data.code);
        return { id: record.id, input: parsed.data, publishedAt: record.publishedAt ?? at };
      });
      return { first, valid };
    },
    ({ first, valid }) =>
      inTransaction(database.pool, async (client) => {
        const referenced = [...new Set(valid.flatMap(({ input }) => [input.departmentId, ...input.jointDepartmentIds]))];
        const active = new Set(
          (
            await client.query<{ id: string }>('SELECT id FROM catalog.departments WHERE id = ANY($1::uuid[]) AND active', [referenced])
          ).rows.map((row) => row.id),
        );
        for (const [offset, { input }] of valid.entries()) {
          if (!active.has(input.departmentId))
            throw new BulkImportRefused(first + offset, ['departmentId: unknown or inactive department']);
          if (input.jointDepartmentIds.some((id) => !active.has(id)))
            throw new BulkImportRefused(first + offset, ['jointDepartmentIds: unknown or inactive department']);
        }
        const taken = await client.query<{ code: string; id: string }>(
          'SELECT code, id FROM catalog.matters WHERE code = ANY($1::text[]) OR id = ANY($2::uuid[]) LIMIT 1',
          [valid.map((m) => m.input.code), valid.map((m) => m.id)],
        );
        const clash = taken.rows[0];
        if (clash) {
          const offset = valid.findIndex((m) => m.input.code === clash.code || m.id === clash.id);
          throw new BulkImportRefused(first + Math.max(offset, 0), [`matter ${clash.code} already exists (code or id)`]);
        }

        tallyRows(
          rows,
          'catalog.matters',
          await copyRows(
            client,
            { table: 'catalog.matters', columns: MATTER_COLUMNS },
            valid.map(({ id, input, publishedAt }) => [
              id,
              input.code,
              1,
              input.departmentId,
              input.name,
              input.kind,
              input.category,
              input.legalLimitDays,
              input.committedLimitDays,
              input.feeYuan ?? null,
              input.feeBasis ?? null,
              new PgArray(input.channels),
              new PgArray(input.keywords),
              input.conditions,
              new PgArray(input.legalBasis),
              input.onSiteInspection,
              new PgArray(input.refusalGrounds),
              input.appealRoute ?? null,
              'PUBLISHED',
              publishedAt,
              publishedAt,
              publishedAt,
            ]),
          ),
        );
        // After the matters: the statement trigger on materials recomputes the search columns of the matters it touched.
        tallyRows(
          rows,
          'catalog.materials',
          await copyRows(
            client,
            {
              table: 'catalog.materials',
              columns: [
                'id',
                'matter_id',
                'position',
                'name',
                'form',
                'copies',
                'required',
                'condition',
                'source',
                'notes',
                'sample_template',
              ],
            },
            valid.flatMap(({ id, input }) =>
              input.materials.map((material, position) => [
                randomUUID(),
                id,
                position,
                material.name,
                material.form,
                material.copies,
                material.required,
                material.condition ?? null,
                material.source,
                material.notes ?? null,
                material.sampleTemplate ?? null,
              ]),
            ),
          ),
        );
        tallyRows(
          rows,
          'catalog.process_steps',
          await copyRows(
            client,
            { table: 'catalog.process_steps', columns: ['matter_id', 'position', 'name', 'post', 'days'] },
            valid.flatMap(({ id, input }) => input.processSteps.map((step, position) => [id, position, step.name, step.post, step.days])),
          ),
        );
        tallyRows(
          rows,
          'catalog.joint_departments',
          await copyRows(
            client,
            { table: 'catalog.joint_departments', columns: ['matter_id', 'department_id', 'position'] },
            valid.flatMap(({ id, input }) => input.jointDepartmentIds.map((departmentId, position) => [id, departmentId, position])),
          ),
        );
        tallyRows(
          rows,
          'catalog.matter_changes',
          await copyRows(
            client,
            {
              table: 'catalog.matter_changes',
              columns: ['id', 'matter_id', 'action', 'actor_id', 'actor_name', 'actor_role', 'at', 'detail'],
            },
            valid.map(({ id, input }) => [
              randomUUID(),
              id,
              'IMPORT',
              SYSTEM.actorId,
              SYSTEM.actorName,
              SYSTEM.actorRole,
              at,
              { fields: diffMatter(null, snapshotOfInput(input)) },
            ]),
          ),
        );
      }),
  );
  return { rows };
}
