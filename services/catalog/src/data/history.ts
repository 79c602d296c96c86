import type { FieldChange, materials, matters } from '../db/schema';

/**
 * Everything an editor can change about a matter version, in one comparable shape. The change log records, per change,
 * the fields whose value differs between two snapshots (a field-level diff), with the value before and after.
 */
export interface MatterSnapshot {
  name: string;
  departmentId: string;
  kind: string;
  category: string;
  legalLimitDays: number;
  committedLimitDays: number;
  feeYuan: number | null;
  feeBasis: string | null;
  channels: string[];
  keywords: string[];
  conditions: string;
  legalBasis: string[];
  onSiteInspection: boolean;
  jointDepartmentIds: string[];
  processSteps: Array<{ name: string; post: string; days: number }>;
  refusalGrounds: string[];
  appealRoute: string | null;
  materials: Array<{
    name: string;
    form: string;
    copies: number;
    required: boolean;
    condition: string | null;
    source: string;
    notes: string | null;
    sampleTemplate: string | null;
  }>;
}

/** A matter version as an editor writes it: the API's parsed input, or a bulk import's record. */
export interface MatterFields {
  code: string;
  name: string;
  departmentId: string;
  kind: (typeof matters.$inferInsert)['kind'];
  category: (typeof matters.$inferInsert)['category'];
  legalLimitDays: number;
  committedLimitDays: number;
  feeYuan?: number | null;
  feeBasis?: string | null;
  channels: string[];
  keywords: string[];
  conditions: string;
  legalBasis: string[];
  onSiteInspection: boolean;
  jointDepartmentIds: string[];
  processSteps: Array<{ name: string; post: string; days: number }>;
  refusalGrounds: string[];
  appealRoute?: string | null;
  materials: Array<{
    name: string;
    form: (typeof materials.$inferInsert)['form'];
    copies: number;
    required: boolean;
    condition?: string | null;
    source: string;
    notes?: string | null;
    sampleTemplate?: string | null;
  }>;
}

export const SNAPSHOT_FIELDS: ReadonlyArray<keyof MatterSnapshot> = [
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
  'jointDepartmentIds',
  'processSteps',
  'refusalGrounds',
  'appealRoute',
  'materials',
];

export function snapshotOfInput(input: MatterFields): MatterSnapshot {
  return {
    name: input.name,
    departmentId: input.departmentId,
    kind: input.kind,
    category: input.category,
    legalLimitDays: input.legalLimitDays,
    committedLimitDays: input.committedLimitDays,
    feeYuan: input.feeYuan ?? null,
    feeBasis: input.feeBasis ?? null,
    channels: [...input.channels],
    keywords: [...input.keywords],
    conditions: input.conditions,
    legalBasis: [...input.legalBasis],
    onSiteInspection: input.onSiteInspection,
    jointDepartmentIds: [...input.jointDepartmentIds],
    processSteps: input.processSteps.map((step) => ({ name: step.name, post: step.post, days: step.days })),
    refusalGrounds: [...input.refusalGrounds],
    appealRoute: input.appealRoute ?? null,
    materials: input.materials.map((material) => ({
      name: material.name,
      form: material.form,
      copies: material.copies,
      required: material.required,
      condition: material.condition ?? null,
      source: material.source,
      notes: material.notes ?? null,
      sampleTemplate: material.sampleTemplate ?? null,
    })),
  };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * The fields that differ, in a fixed order. Without `before` (a new matter) every field that has a value is listed,
 * from null. Values compare by their JSON, so arrays and objects compare by content and order.
 */
export function diffFields<T extends object>(before: T | null, after: T, fields: ReadonlyArray<keyof T>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before ? before[field] : null;
    const to = after[field];
    if (!before && isEmpty(to)) continue;
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null))
      changes.push({ field: String(field), from: from ?? null, to: to ?? null });
  }
  return changes;
}

export function diffMatter(before: MatterSnapshot | null, after: MatterSnapshot): FieldChange[] {
  return diffFields(before, after, SNAPSHOT_FIELDS);
}

export const DEPARTMENT_FIELDS = ['code', 'name', 'shortName', 'hallZone', 'contactPhone', 'parentId'] as const;

/** A new version's entry: the version it was edited from, then what changed against it. */
export function newVersionFields(basedOnVersion: number, before: MatterSnapshot, after: MatterSnapshot): FieldChange[] {
  return [{ field: 'basedOnVersion', from: null, to: basedOnVersion }, ...diffMatter(before, after)];
}

/** The entry of a published version withdrawn because `successorId` was published. */
export function supersedeFields(successorId: string): FieldChange[] {
  return [
    { field: 'status', from: 'PUBLISHED', to: 'WITHDRAWN' },
    { field: 'supersededById', from: null, to: successorId },
  ];
}

/** The entry of a published version, with the version it superseded if any. */
export function publishFields(supersededId: string | null): FieldChange[] {
  return [
    { field: 'status', from: 'DRAFT', to: 'PUBLISHED' },
    ...(supersededId ? [{ field: 'supersedes', from: null, to: supersededId }] : []),
  ];
}
