import { Kind, type InputValueDefinitionNode, type TypeNode } from 'graphql';
import type { SchemaField, SubgraphSchema } from './schema';
import type { Targets } from './targets';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Which record an `id` argument names, per field. */
function idFor(field: string, targets: Targets): string {
  if (/Department$/.test(field) || field === 'department') return targets.ownDepartmentId;
  if (/Matter$/.test(field) || field === 'matter') return targets.matterId;
  if (/Complaint$/.test(field)) return targets.complaintId;
  if (field === 'advanceBadReview') return targets.badReviewId;
  if (/Case$/.test(field) || ['case', 'requestSupplement', 'startReview', 'recordVisit'].includes(field)) return targets.caseId;
  if (/Window$/.test(field) || field === 'window') return targets.windowId;
  if (/Staff$/.test(field) || field === 'staffMember') return targets.staffId;
  if (/SwapRequest$/.test(field) || field === 'swapRequest') return targets.swapRequestId;
  if (/Shift$/.test(field)) return targets.shiftId;
  if (/Supervisor/.test(field) || field === 'supervisor') return targets.supervisorId;
  if (field === 'inspectionPlan') return targets.planId;
  if (field === 'amendInspection') return targets.submittedInspectionId;
  if (/Inspection|inspection/.test(field) && field !== 'removeInspectionEvidence') return targets.draftInspectionId;
  if (/Rectification$/.test(field)) return targets.rectificationId;
  if (/Appeal$/.test(field)) return targets.appealId;
  return '00000000-0000-4000-8000-000000000000';
}

/** Ids named by the argument or input field itself. */
function namedId(name: string, targets: Targets): string | undefined {
  const byName: Record<string, string> = {
    departmentId: targets.ownDepartmentId,
    toDepartmentId: targets.otherDepartmentId,
    matterId: targets.matterId,
    caseId: targets.caseId,
    windowId: targets.windowId,
    staffId: targets.staffId,
    otherStaffId: targets.otherStaffId,
    firstOwnerStaffId: targets.staffId,
    ticketId: targets.ticketId,
    inspectionId: targets.draftInspectionId,
    findingId: targets.findingId,
    supervisorId: targets.supervisorId,
    planId: targets.planId,
  };
  return byName[name];
}

const SCALAR_DEFAULTS: Record<string, Value> = {
  String: 'reliability check',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2026-12-01',
  DateTime: '2026-12-01T02:00:00.000Z',
  JSON: '{}',
};

/** A well-formed value for a type: required input fields filled, one element per list, the first enum value. */
function valueFor(type: TypeNode, name: string, field: string, schema: SubgraphSchema, targets: Targets, depth = 0): Value {
  if (type.kind === Kind.NON_NULL_TYPE) return valueFor(type.type, name, field, schema, targets, depth);
  if (type.kind === Kind.LIST_TYPE) {
    const element = valueFor(type.type, name.replace(/s$/, ''), field, schema, targets, depth);
    return [element];
  }
  const typeName = type.name.value;
  if (typeName === 'ID')
    return name === 'id' ? idFor(field, targets) : (namedId(name.replace(/Ids$/, 'Id'), targets) ?? targets.ownDepartmentId);
  const scalar = SCALAR_DEFAULTS[typeName];
  if (scalar !== undefined) return scalar;
  const enumType = schema.enums.get(typeName);
  if (enumType) return enumType.values?.[0]?.name.value ?? null;
  const input = schema.inputs.get(typeName);
  if (input && depth < 4) {
    const object: Record<string, Value> = {};
    for (const inner of input.fields ?? []) {
      if (inner.type.kind !== Kind.NON_NULL_TYPE || inner.defaultValue) continue;
      object[inner.name.value] = valueFor(inner.type, inner.name.value, field, schema, targets, depth + 1);
    }
    return object;
  }
  return null;
}

/** Required arguments only; optional ones are left out unless an override names them. */
export function argumentsFor(
  field: SchemaField,
  schema: SubgraphSchema,
  targets: Targets,
  overrides: Record<string, Record<string, unknown>> = {},
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args as readonly InputValueDefinitionNode[]) {
    if (arg.type.kind !== Kind.NON_NULL_TYPE) continue;
    variables[arg.name.value] = valueFor(arg.type, arg.name.value, field.name, schema, targets);
  }
  return { ...variables, ...(overrides[field.key] ?? {}) };
}
