import { BulkImportRefused, bulkProblemsOf } from '@hall/db';
import { printableText, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import type { FieldChange, matterChanges } from '../db/schema';
import { departmentInputSchema, matterInputSchema } from '../resolvers/inputs';

/** A department as the API's `DepartmentInput`, with its id chosen by the importer. */
export const bulkDepartmentSchema = departmentInputSchema.extend({ id: uuidSchema });

/** Who made a later version, for its change-log entries (the system when absent). */
const editorSchema = z.object({ id: printableText(100), name: printableText(50), role: printableText(30) });

/**
 * A matter as the API's `MatterInput`, with what only an import carries: its id, its version and, for a later version,
 * the published version it supersedes, when it was drafted and published, and who did it.
 */
export const bulkMatterSchema = matterInputSchema
  .safeExtend({
    id: uuidSchema,
    version: z.number().int().min(1).max(10_000).default(1),
    supersedesId: uuidSchema.nullish(),
    draftedAt: z.date().nullish(),
    publishedAt: z.date().nullish(),
    editor: editorSchema.nullish(),
  })
  .superRefine((record, context) => {
    if (record.version > 1 && !record.supersedesId)
      context.addIssue({ code: 'custom', path: ['supersedesId'], message: 'a later version supersedes the version before it' });
    if (record.version === 1 && record.supersedesId)
      context.addIssue({ code: 'custom', path: ['supersedesId'], message: 'version 1 supersedes nothing' });
    if (record.draftedAt && record.publishedAt && record.draftedAt > record.publishedAt)
      context.addIssue({ code: 'custom', path: ['draftedAt'], message: 'a version is drafted before it is published' });
  });

export type BulkDepartment = z.input<typeof bulkDepartmentSchema>;
export type BulkMatter = z.input<typeof bulkMatterSchema>;
export type ValidDepartment = z.infer<typeof bulkDepartmentSchema>;
export type ValidMatter = z.infer<typeof bulkMatterSchema>;

/** Parses one record with its schema, refusing it with its problems (`row` counted from 1 over the whole import). */
export function parseRecord<S extends z.ZodType>(schema: S, record: unknown, row: number, table: string): z.infer<S> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new BulkImportRefused(bulkProblemsOf(parsed.error.issues, row, table));
  return parsed.data;
}

export const SYSTEM = { actorId: null, actorName: null, actorRole: 'system' } as const;

export interface ChangeActor {
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
}

export function actorOf(record: ValidMatter): ChangeActor {
  return record.editor ? { actorId: record.editor.id, actorName: record.editor.name, actorRole: record.editor.role } : SYSTEM;
}

type MatterChangeAction = (typeof matterChanges.$inferInsert)['action'];

export function matterChangeRow(matterId: string, action: MatterChangeAction, actor: ChangeActor, at: Date, fields: FieldChange[]) {
  return { matterId, action, ...actor, at, detail: { fields } };
}
