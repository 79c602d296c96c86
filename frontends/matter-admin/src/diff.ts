import { enumLabel, enumValues, formatWorkingDays, type HallEnums } from '@hall/styleguide';
import type { FieldChange } from './api';
import { t, type MessageKey } from './messages';

/** Field names of the catalog's change log (services/catalog/src/data/history.ts) and what the editor calls them. */
const FIELD_LABELS: Record<string, MessageKey> = {
  code: 'field.code',
  name: 'field.name',
  departmentId: 'field.departmentId',
  kind: 'field.kind',
  category: 'field.category',
  legalLimitDays: 'field.legalLimitDays',
  committedLimitDays: 'field.committedLimitDays',
  feeYuan: 'field.feeYuan',
  feeBasis: 'field.feeBasis',
  channels: 'field.channels',
  keywords: 'field.keywords',
  conditions: 'field.conditions',
  legalBasis: 'field.legalBasis',
  onSiteInspection: 'field.onSiteInspection',
  jointDepartmentIds: 'field.jointDepartmentIds',
  processSteps: 'field.processSteps',
  refusalGrounds: 'field.refusalGrounds',
  appealRoute: 'field.appealRoute',
  materials: 'field.materials',
  basedOnVersion: 'history.basedOnField',
  status: 'column.status',
  version: 'column.version',
};

export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A logged value is any JSON: a value the schema no longer has is shown as it is. */
function labelOf<Kind extends keyof HallEnums>(kind: Kind, value: unknown): string {
  const known = enumValues(kind).find((each) => each === value);
  return known === undefined ? String(value) : enumLabel(kind, known);
}

function material(value: Record<string, unknown>): string {
  const parts = [labelOf('MaterialForm', value.form), t('material.copies') + ' ' + String(value.copies)];
  parts.push(value.required ? t('material.required') : `${t('material.condition')}：${String(value.condition ?? '')}`);
  if (value.source) parts.push(String(value.source));
  if (value.notes) parts.push(String(value.notes));
  if (value.sampleTemplate) parts.push(`${t('material.sampleTemplate')} ${String(value.sampleTemplate)}`);
  return `${String(value.name)}（${parts.join('，')}）`;
}

function item(field: string, value: unknown, departments: ReadonlyMap<string, string>): string {
  if (field === 'channels') return labelOf('Channel', value);
  if (field === 'jointDepartmentIds' || field === 'departmentId') return departments.get(String(value)) ?? String(value);
  if (field === 'materials' && isRecord(value)) return material(value);
  if (field === 'processSteps' && isRecord(value)) return `${String(value.name)}（${String(value.post)}，${formatWorkingDays(Number(value.days))}）`;
  if (field === 'kind') return labelOf('MatterKind', value);
  if (field === 'category') return labelOf('MatterCategory', value);
  if (field === 'status') return labelOf('MatterStatus', value);
  if (field === 'basedOnVersion' || field === 'version') return t('version.value', { n: String(value) });
  if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/** A logged value as the items a person reads: one per list entry, one for a single value, none when empty. */
export function describeValue(field: string, json: string | null, departments: ReadonlyMap<string, string> = new Map()): string[] {
  const value = parse(json);
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map((entry) => item(field, entry, departments));
  return [item(field, value, departments)];
}

export interface DiffItem {
  text: string;
  /** `removed` on the before side and `added` on the after side for list entries only one side has. */
  mark: 'removed' | 'added' | 'kept';
}

export interface FieldDiff {
  field: string;
  label: string;
  from: DiffItem[];
  to: DiffItem[];
}

/** A change entry's fields with list entries marked as removed or added, so a long checklist shows what moved. */
export function diffFields(fields: readonly FieldChange[], departments: ReadonlyMap<string, string> = new Map()): FieldDiff[] {
  return fields.map((change) => {
    const before = describeValue(change.field, change.from, departments);
    const after = describeValue(change.field, change.to, departments);
    const list = Array.isArray(parse(change.from)) || Array.isArray(parse(change.to));
    const mark = (items: string[], other: string[], changed: DiffItem['mark']): DiffItem[] =>
      items.map((text) => ({ text, mark: list && other.includes(text) ? 'kept' : changed }));
    return { field: change.field, label: fieldLabel(change.field), from: mark(before, after, 'removed'), to: mark(after, before, 'added') };
  });
}
