import type {
  MaterialInput,
  MatterAdminDepartmentsQuery,
  MatterAdminDetailFragment,
  MatterAdminHistoryQuery,
  MatterAdminRowFragment,
  MatterInput,
  MatterKind,
  MatterStatus,
  ProcessStepInput,
} from './gql/graphql';

/** The editor's own shapes over the generated server types, and how a matter becomes editor input and back. */

export type { MatterStatus };
export type MatterRow = MatterAdminRowFragment;
export type MatterDetail = MatterAdminDetailFragment;
export type DepartmentOption = NonNullable<MatterAdminDepartmentsQuery['departments']>[number];
export type MatterHistory = NonNullable<MatterAdminHistoryQuery['matter']>;
export type FieldChange = NonNullable<MatterHistory['changes']>[number]['fields'][number];

/** The editor offers the usual kind first (the enum's own order puts INSTANT first). */
export const KINDS: readonly MatterKind[] = ['COMMITTED', 'INSTANT'];

/** What the editor opens: a new matter of a department, or an existing version. */
export type EditorTarget = { mode: 'create'; departmentId: string } | { mode: 'edit'; matterId: string };

/** The catalog's `MatterInput` with every field filled in, as the editor's form holds it (the server's defaults made explicit). */
export type MaterialDraft = Required<MaterialInput>;
export type StepDraft = Required<ProcessStepInput>;
export type MatterDraft = Required<Omit<MatterInput, 'materials' | 'processSteps'>> & { materials: MaterialDraft[]; processSteps: StepDraft[] };

/** The editor's starting point for a new matter of `departmentId`. */
export function emptyMatterInput(departmentId: string): MatterDraft {
  return {
    code: '',
    name: '',
    departmentId,
    kind: 'COMMITTED',
    category: 'PERMIT',
    legalLimitDays: 20,
    committedLimitDays: 5,
    feeYuan: null,
    feeBasis: null,
    channels: ['WINDOW'],
    keywords: [],
    conditions: '',
    legalBasis: [],
    materials: [emptyMaterial()],
    onSiteInspection: false,
    jointDepartmentIds: [],
    processSteps: [],
    refusalGrounds: [],
    appealRoute: null,
  };
}

export function emptyMaterial(): MaterialDraft {
  return { name: '', form: 'ORIGINAL', copies: 1, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: null };
}

export function emptyStep(): StepDraft {
  return { name: '', post: '', days: 1 };
}

/** A loaded matter as editor input. */
export function toInput(matter: MatterDetail): MatterDraft {
  return {
    code: matter.code,
    name: matter.name,
    departmentId: matter.department.id,
    kind: matter.kind,
    category: matter.category,
    legalLimitDays: matter.legalLimitDays,
    committedLimitDays: matter.committedLimitDays,
    feeYuan: matter.feeYuan,
    feeBasis: matter.feeBasis,
    channels: [...matter.channels],
    keywords: [...matter.keywords],
    conditions: matter.conditions,
    legalBasis: [...matter.legalBasis],
    materials: matter.materials.map((material) => ({ ...material })),
    onSiteInspection: matter.onSiteInspection,
    jointDepartmentIds: matter.jointDepartments.map((department) => department.id),
    processSteps: matter.processSteps.map((step) => ({ ...step })),
    refusalGrounds: [...matter.refusalGrounds],
    appealRoute: matter.appealRoute,
  };
}

/** Trims text and turns empty optional text into null, as the catalog stores it. */
export function normalizeInput(input: MatterDraft): MatterDraft {
  const optional = (value: string | null) => (value && value.trim() ? value.trim() : null);
  return {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
    feeYuan: input.feeYuan || null,
    feeBasis: input.feeYuan ? optional(input.feeBasis) : null,
    conditions: input.conditions.trim(),
    appealRoute: optional(input.appealRoute),
    materials: input.materials.map((material) => ({
      ...material,
      name: material.name.trim(),
      source: material.source.trim(),
      condition: material.required ? null : optional(material.condition),
      notes: optional(material.notes),
      sampleTemplate: optional(material.sampleTemplate),
    })),
    processSteps: input.processSteps.map((step) => ({ ...step, name: step.name.trim(), post: step.post.trim() })),
  };
}
