import {
  BulkImportRefused,
  batchesOf,
  copyInto,
  inTransaction,
  pipelined,
  tallyRows,
  type BulkProblem,
  type BulkSource,
  type Database,
} from '@hall/db';
import { eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import {
  departmentChanges,
  departments,
  jointDepartments,
  materials,
  matterChanges,
  matters,
  processSteps,
  tables,
  type CatalogTables,
} from '../db/schema';
import {
  DEPARTMENT_FIELDS,
  diffFields,
  diffMatter,
  newVersionFields,
  publishFields,
  snapshotOfInput,
  supersedeFields,
  type MatterSnapshot,
} from '../data/history';
import { linksAround, parentRefusal } from '../data/branches';
import { matterColumns } from '../data/loaders';
import { lockMatterCode, matterPartRows, matterValues, snapshotOfRow } from '../data/store';
import {
  actorOf,
  bulkDepartmentSchema,
  bulkMatterSchema,
  matterChangeRow,
  parseRecord,
  SYSTEM,
  type BulkDepartment,
  type BulkMatter,
  type ValidDepartment,
  type ValidMatter,
} from './rows';

export type { BulkDepartment, BulkMatter } from './rows';

/**
 * The catalog's bulk import path (issue 8): departments and published matter versions with their materials, process
 * steps and joint-approval departments, written with COPY in batches. Every record is parsed with the API's own schemas
 * (`inputs.ts`, extended in `rows.ts`) and every database rule holds (constraints, the search triggers, the append-only
 * change logs). Each batch is one transaction: validated first and written all or nothing; a refused batch writes
 * nothing and stops the import (earlier batches stay).
 */

type Client = Parameters<Parameters<typeof inTransaction>[1]>[0];

export interface BulkImportOptions {
  /** Records per transaction (default 1,000). */
  batchSize?: number;
  /** When the import happened: the IMPORT entries' time and the default publication time. Default: now. */
  at?: Date;
  /** Write every batch in this client's open transaction instead of one transaction per batch (the caller commits). */
  client?: Client;
}

export interface BulkImportResult {
  /** Rows written per table (`catalog.<table>`). */
  rows: Record<string, number>;
}

function inBatchTransaction<T>(database: Database<CatalogTables>, options: BulkImportOptions, work: (client: Client) => Promise<T>) {
  return options.client ? work(options.client) : inTransaction(database.pool, work);
}

function refuseIfAny(problems: BulkProblem[]): void {
  if (problems.length > 0) throw new BulkImportRefused(problems);
}

const DEPARTMENTS = 'catalog.departments';
const MATTERS = 'catalog.matters';

/** Imports departments (active), each with its IMPORT entry in the department change log. */
export async function importDepartments(
  database: Database<CatalogTables>,
  source: BulkSource<BulkDepartment>,
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const at = options.at ?? new Date();
  const rows: Record<string, number> = { [DEPARTMENTS]: 0, 'catalog.department_changes': 0 };
  const seen = { id: new Set<string>(), code: new Set<string>(), name: new Set<string>() };
  let row = 0;
  for await (const batch of batchesOf(source, options.batchSize ?? 1_000)) {
    const valid = batch.map((record) => {
      row += 1;
      const department: ValidDepartment = parseRecord(bulkDepartmentSchema, record, row, DEPARTMENTS);
      for (const field of ['id', 'code', 'name'] as const) {
        if (seen[field].has(department[field])) throw new BulkImportRefused({ row, table: DEPARTMENTS, field, message: 'imported twice' });
        seen[field].add(department[field]);
      }
      return { row, department };
    });
    await inBatchTransaction(database, options, async (client) => {
      const existing = await client.query<{ id: string; code: string; name: string }>(
        'SELECT id, code, name FROM catalog.departments WHERE id = ANY($1::uuid[]) OR code = ANY($2::text[]) OR name = ANY($3::text[])',
        [
          valid.map(({ department }) => department.id),
          valid.map(({ department }) => department.code),
          valid.map(({ department }) => department.name),
        ],
      );
      refuseIfAny(
        valid.flatMap(({ row: line, department }) => {
          const field = (['id', 'code', 'name'] as const).find((key) => existing.rows.some((taken) => taken[key] === department[key]));
          return field ? [{ row: line, table: DEPARTMENTS, field, message: `department ${department.code} already exists` }] : [];
        }),
      );
      // A branch's bureau is in the catalog already, or in this batch (data/branches.ts).
      const links = valid.map(({ department }) => ({ id: department.id, parentId: department.parentId ?? null }));
      const known = await linksAround(drizzle({ client, schema: tables }), links);
      for (const link of links) known.set(link.id, link);
      refuseIfAny(
        valid.flatMap(({ row: line, department }, index) => {
          const refusal = parentRefusal(links[index] ?? { id: department.id, parentId: null }, known);
          return refusal ? [{ row: line, table: DEPARTMENTS, field: 'parentId', message: refusal }] : [];
        }),
      );
      const written = valid.map(({ department }) => department);
      tallyRows(
        rows,
        DEPARTMENTS,
        await copyInto(
          client,
          departments,
          ['id', 'code', 'name', 'shortName', 'hallZone', 'contactPhone', 'parentId', 'active', 'createdAt', 'updatedAt'],
          written.map((department) => ({ ...department, parentId: department.parentId ?? null, active: true, createdAt: at, updatedAt: at })),
        ),
      );
      tallyRows(
        rows,
        'catalog.department_changes',
        await copyInto(
          client,
          departmentChanges,
          ['departmentId', 'action', 'actorId', 'actorName', 'actorRole', 'at', 'detail'],
          written.map((department) => ({
            departmentId: department.id,
            action: 'IMPORT' as const,
            ...SYSTEM,
            at,
            detail: { fields: diffFields(null, department, DEPARTMENT_FIELDS) },
          })),
        ),
      );
    });
  }
  return { rows };
}

const MATTER_VALUE_KEYS = [
  'code',
  'name',
  'departmentId',
  'kind',
  'category',
  'legalLimitDays',
  'committedLimitDays',
  'feeYuan',
  'feeBasis',
  'channels',
  'keywords',
  'conditions',
  'legalBasis',
  'onSiteInspection',
  'refusalGrounds',
  'appealRoute',
] as const satisfies ReadonlyArray<keyof ReturnType<typeof matterValues>>;

interface PreparedMatter {
  row: number;
  matter: ValidMatter;
  publishedAt: Date;
}

/** The published version a later version supersedes, as it was before. */
interface Predecessor {
  id: string;
  code: string;
  version: number;
  snapshot: MatterSnapshot;
}

/**
 * Imports published matter versions with their materials, process steps and joint-approval departments. A version 1
 * gets an IMPORT entry in the matter change log (a field-level diff from nothing, as for a created matter). A later
 * version supersedes the code's published version (imported before it, or in the same batch): it is written as its
 * editor would have made it, a NEW_VERSION drafted at `draftedAt` and published at `publishedAt`, and the superseded
 * version is withdrawn then, with SUPERSEDE and PUBLISH entries as `publishMatter` writes them. The search columns are
 * filled by the database's own triggers. The lead and joint departments must exist and be active.
 */
export async function importMatters(
  database: Database<CatalogTables>,
  source: BulkSource<BulkMatter>,
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const at = options.at ?? new Date();
  const rows: Record<string, number> = {
    [MATTERS]: 0,
    'catalog.materials': 0,
    'catalog.process_steps': 0,
    'catalog.joint_departments': 0,
    'catalog.matter_changes': 0,
  };
  const seenIds = new Set<string>();
  const seenVersions = new Set<string>();
  const superseded = new Set<string>();
  let row = 0;
  const refuse = (line: number, field: string, message: string) => new BulkImportRefused({ row: line, table: MATTERS, field, message });
  await pipelined(
    batchesOf(source, options.batchSize ?? 1_000),
    (batch): PreparedMatter[] =>
      batch.map((record) => {
        row += 1;
        const matter: ValidMatter = parseRecord(bulkMatterSchema, record, row, MATTERS);
        const version = `${matter.code}@${matter.version}`;
        if (seenIds.has(matter.id)) throw refuse(row, 'id', 'imported twice');
        if (seenVersions.has(version)) throw refuse(row, 'code', `${matter.code} version ${matter.version} imported twice`);
        if (matter.supersedesId && superseded.has(matter.supersedesId)) throw refuse(row, 'supersedesId', 'superseded twice');
        seenIds.add(matter.id);
        seenVersions.add(version);
        if (matter.supersedesId) superseded.add(matter.supersedesId);
        return { row, matter, publishedAt: matter.publishedAt ?? at };
      }),
    (batch) =>
      inBatchTransaction(database, options, async (client) => {
        const reader = drizzle({ client, schema: tables });
        // Superseding is publishing: serialised per code with the mutations, in a fixed order against deadlocks.
        const supersedingCodes = [...new Set(batch.flatMap(({ matter }) => (matter.supersedesId ? [matter.code] : [])))].sort();
        for (const code of supersedingCodes) await lockMatterCode(reader, code);
        const referenced = [...new Set(batch.flatMap(({ matter }) => [matter.departmentId, ...matter.jointDepartmentIds]))];
        const active = new Set(
          (
            await client.query<{ id: string }>('SELECT id FROM catalog.departments WHERE id = ANY($1::uuid[]) AND active', [referenced])
          ).rows.map((found) => found.id),
        );
        refuseIfAny(
          batch.flatMap(({ row: line, matter }) => [
            ...(active.has(matter.departmentId)
              ? []
              : [{ row: line, table: MATTERS, field: 'departmentId', message: 'unknown or inactive department' }]),
            ...(matter.jointDepartmentIds.every((id) => active.has(id))
              ? []
              : [{ row: line, table: MATTERS, field: 'jointDepartmentIds', message: 'unknown or inactive department' }]),
          ]),
        );
        const taken = await client.query<{ id: string; code: string; version: number }>(
          'SELECT id, code, version FROM catalog.matters WHERE code = ANY($1::text[]) OR id = ANY($2::uuid[])',
          [batch.map(({ matter }) => matter.code), batch.map(({ matter }) => matter.id)],
        );
        const clash = batch.find(({ matter }) =>
          taken.rows.some(
            (existing) =>
              existing.id === matter.id || (existing.code === matter.code && (matter.version === 1 || existing.version === matter.version)),
          ),
        );
        if (clash)
          throw refuse(clash.row, 'code', `matter ${clash.matter.code} version ${clash.matter.version} already exists (code or id)`);

        const byId = new Map(batch.map((prepared) => [prepared.matter.id, prepared]));
        const stored = new Map(
          (
            await reader
              .select(matterColumns)
              .from(matters)
              .where(
                inArray(
                  matters.id,
                  batch.flatMap(({ matter }) => (matter.supersedesId && !byId.has(matter.supersedesId) ? [matter.supersedesId] : [])),
                ),
              )
              .for('update')
          ).map((found) => [found.id, found]),
        );
        const predecessors = new Map<string, Predecessor>();
        for (const { row: line, matter } of batch) {
          if (!matter.supersedesId) continue;
          const inBatch = byId.get(matter.supersedesId);
          const inStore = stored.get(matter.supersedesId);
          let predecessor: Predecessor;
          if (inBatch && inBatch.row < line) predecessor = { ...inBatch.matter, snapshot: snapshotOfInput(inBatch.matter) };
          else if (inStore?.status === 'PUBLISHED') predecessor = { ...inStore, snapshot: await snapshotOfRow(reader, inStore) };
          else throw refuse(line, 'supersedesId', 'not a published version imported before');
          if (predecessor.code !== matter.code || predecessor.version >= matter.version)
            throw refuse(line, 'supersedesId', 'not an earlier version of the same code');
          predecessors.set(matter.id, predecessor);
        }
        const successorOf = new Map(
          batch.flatMap((prepared) => (prepared.matter.supersedesId ? [[prepared.matter.supersedesId, prepared] as const] : [])),
        );

        // Withdrawn first, linked to its successor once that exists: one published version per code at every step.
        const storedPredecessors = [...successorOf].filter(([id]) => stored.has(id));
        for (const [id, successor] of storedPredecessors) {
          await reader
            .update(matters)
            .set({ status: 'WITHDRAWN', withdrawnAt: successor.publishedAt, updatedAt: successor.publishedAt })
            .where(eq(matters.id, id));
        }
        // Successors before the versions they supersede, as publishing them would have it.
        const ordered = [...batch].sort((a, b) => b.matter.version - a.matter.version);
        tallyRows(
          rows,
          MATTERS,
          await copyInto(
            client,
            matters,
            [
              'id',
              ...MATTER_VALUE_KEYS,
              'version',
              'basedOnVersion',
              'status',
              'supersededById',
              'createdAt',
              'updatedAt',
              'publishedAt',
              'withdrawnAt',
            ],
            ordered.map(({ matter, publishedAt }) => {
              const successor = successorOf.get(matter.id);
              return {
                id: matter.id,
                ...matterValues(matter),
                version: matter.version,
                basedOnVersion: predecessors.get(matter.id)?.version ?? null,
                status: successor ? ('WITHDRAWN' as const) : ('PUBLISHED' as const),
                supersededById: successor?.matter.id ?? null,
                createdAt: matter.draftedAt ?? publishedAt,
                updatedAt: successor?.publishedAt ?? publishedAt,
                publishedAt,
                withdrawnAt: successor?.publishedAt ?? null,
              };
            }),
          ),
        );
        for (const [id, successor] of storedPredecessors) {
          await reader.update(matters).set({ supersededById: successor.matter.id }).where(eq(matters.id, id));
        }
        // After the matters: the statement trigger on materials recomputes the search columns of the matters it touched.
        const parts = batch.map(({ matter }) => matterPartRows(matter.id, matter));
        tallyRows(
          rows,
          'catalog.materials',
          await copyInto(
            client,
            materials,
            ['matterId', 'position', 'name', 'form', 'copies', 'required', 'condition', 'source', 'notes', 'sampleTemplate'],
            parts.flatMap((part) => part.materials),
          ),
        );
        tallyRows(
          rows,
          'catalog.process_steps',
          await copyInto(
            client,
            processSteps,
            ['matterId', 'position', 'name', 'post', 'days'],
            parts.flatMap((part) => part.processSteps),
          ),
        );
        tallyRows(
          rows,
          'catalog.joint_departments',
          await copyInto(
            client,
            jointDepartments,
            ['matterId', 'departmentId', 'position'],
            parts.flatMap((part) => part.jointDepartments),
          ),
        );
        tallyRows(
          rows,
          'catalog.matter_changes',
          await copyInto(
            client,
            matterChanges,
            ['matterId', 'action', 'actorId', 'actorName', 'actorRole', 'at', 'detail'],
            batch.flatMap(({ matter, publishedAt }) => {
              const predecessor = predecessors.get(matter.id);
              const snapshot = snapshotOfInput(matter);
              if (!predecessor) return [matterChangeRow(matter.id, 'IMPORT', SYSTEM, at, diffMatter(null, snapshot))];
              const actor = actorOf(matter);
              return [
                matterChangeRow(
                  matter.id,
                  'NEW_VERSION',
                  actor,
                  matter.draftedAt ?? publishedAt,
                  newVersionFields(predecessor.version, predecessor.snapshot, snapshot),
                ),
                matterChangeRow(predecessor.id, 'SUPERSEDE', actor, publishedAt, supersedeFields(matter.id)),
                matterChangeRow(matter.id, 'PUBLISH', actor, publishedAt, publishFields(predecessor.id)),
              ];
            }),
          ),
        );
      }),
  );
  return { rows };
}
