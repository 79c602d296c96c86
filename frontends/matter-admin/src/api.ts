/** The gateway operations of matter management and the shapes they return. */

export type MatterKind = 'INSTANT' | 'COMMITTED';
export type MatterCategory = 'PERMIT' | 'CHANGE' | 'RENEWAL' | 'FILING' | 'CONFIRMATION' | 'OTHER';
export type MatterStatus = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ELECTRONIC';
export type Channel = 'WINDOW' | 'ONLINE' | 'MAIL' | 'APPOINTMENT';
export type MatterChangeAction = 'IMPORT' | 'CREATE' | 'UPDATE' | 'NEW_VERSION' | 'PUBLISH' | 'SUPERSEDE' | 'WITHDRAW';

export const KINDS: readonly MatterKind[] = ['COMMITTED', 'INSTANT'];
export const CATEGORIES: readonly MatterCategory[] = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'];
export const STATUSES: readonly MatterStatus[] = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'];
export const FORMS: readonly MaterialForm[] = ['ORIGINAL', 'COPY', 'ELECTRONIC'];
export const CHANNELS: readonly Channel[] = ['WINDOW', 'ONLINE', 'MAIL', 'APPOINTMENT'];

/** What the editor opens: a new matter of a department, or an existing version. */
export type EditorTarget = { mode: 'create'; departmentId: string } | { mode: 'edit'; matterId: string };

export interface DepartmentOption {
  id: string;
  name: string;
}

export interface MatterRow {
  id: string;
  code: string;
  name: string;
  version: number;
  status: MatterStatus;
  kind: MatterKind;
  category: MatterCategory;
  legalLimitDays: number;
  committedLimitDays: number;
  updatedAt: string;
  publishedAt: string | null;
  department: DepartmentOption;
}

export interface MaterialInput {
  name: string;
  form: MaterialForm;
  copies: number;
  required: boolean;
  condition: string | null;
  source: string;
  notes: string | null;
  sampleTemplate: string | null;
}

export interface ProcessStepInput {
  name: string;
  post: string;
  days: number;
}

/** Every field of the catalog's `MatterInput`. */
export interface MatterInput {
  code: string;
  name: string;
  departmentId: string;
  kind: MatterKind;
  category: MatterCategory;
  legalLimitDays: number;
  committedLimitDays: number;
  feeYuan: number | null;
  feeBasis: string | null;
  channels: Channel[];
  keywords: string[];
  conditions: string;
  legalBasis: string[];
  materials: MaterialInput[];
  onSiteInspection: boolean;
  jointDepartmentIds: string[];
  processSteps: ProcessStepInput[];
  refusalGrounds: string[];
  appealRoute: string | null;
}

export interface MatterDetail extends Omit<MatterInput, 'departmentId' | 'jointDepartmentIds'> {
  id: string;
  version: number;
  status: MatterStatus;
  department: DepartmentOption;
  jointDepartments: DepartmentOption[];
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface MatterChange {
  id: string;
  at: string;
  action: MatterChangeAction;
  actorName: string | null;
  actorRole: string;
  version: number;
  fields: FieldChange[];
}

export interface MatterVersion {
  id: string;
  version: number;
  status: MatterStatus;
  basedOnVersion: number | null;
  createdAt: string;
  publishedAt: string | null;
  withdrawnAt: string | null;
}

export interface MatterHistory {
  id: string;
  code: string;
  name: string;
  versions: MatterVersion[];
  changes: MatterChange[] | null;
}

export const DEPARTMENTS_QUERY = /* GraphQL */ `
  query MatterAdminDepartments {
    departments {
      id
      name
    }
  }
`;
export interface DepartmentsResult {
  departments: DepartmentOption[];
}

const ROW_FIELDS = `id code name version status kind category legalLimitDays committedLimitDays updatedAt publishedAt department { id name }`;

/** One request for the three statuses: the catalog filters one status at a time. */
export const MATTERS_QUERY = /* GraphQL */ `
  query MatterAdminMatters($departmentId: ID, $first: Int) {
    drafts: matters(filter: { departmentId: $departmentId, status: DRAFT }, first: $first) { ${ROW_FIELDS} }
    published: matters(filter: { departmentId: $departmentId, status: PUBLISHED }, first: $first) { ${ROW_FIELDS} }
    withdrawn: matters(filter: { departmentId: $departmentId, status: WITHDRAWN }, first: $first) { ${ROW_FIELDS} }
  }
`;
export interface MattersVariables extends Record<string, unknown> {
  departmentId: string | null;
  first: number;
}
export interface MattersResult {
  drafts: MatterRow[];
  published: MatterRow[];
  withdrawn: MatterRow[];
}
export const MATTERS_LIMIT = 200;

const DETAIL_FIELDS = `
  id code name version status kind category legalLimitDays committedLimitDays feeYuan feeBasis channels keywords
  conditions legalBasis onSiteInspection refusalGrounds appealRoute
  department { id name }
  jointDepartments { id name }
  materials { name form copies required condition source notes sampleTemplate }
  processSteps { name post days }
`;

export const MATTER_QUERY = /* GraphQL */ `
  query MatterAdminMatter($id: ID!) {
    matter(id: $id) { ${DETAIL_FIELDS} }
  }
`;
export interface MatterResult {
  matter: MatterDetail | null;
}

export const HISTORY_QUERY = /* GraphQL */ `
  query MatterAdminHistory($id: ID!) {
    matter(id: $id) {
      id
      code
      name
      versions { id version status basedOnVersion createdAt publishedAt withdrawnAt }
      changes(allVersions: true) { id at action actorName actorRole version fields { field from to } }
    }
  }
`;
export interface HistoryResult {
  matter: MatterHistory | null;
}

export const CREATE_MUTATION = /* GraphQL */ `
  mutation MatterAdminCreate($input: MatterInput!) {
    createMatter(input: $input) { id version status }
  }
`;
export const UPDATE_MUTATION = /* GraphQL */ `
  mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {
    updateMatter(id: $id, input: $input) { id version status }
  }
`;
export interface SavedMatter {
  id: string;
  version: number;
  status: MatterStatus;
}

export const PUBLISH_MUTATION = /* GraphQL */ `
  mutation MatterAdminPublish($id: ID!) {
    publishMatter(id: $id) { id version status }
  }
`;
export const WITHDRAW_MUTATION = /* GraphQL */ `
  mutation MatterAdminWithdraw($id: ID!) {
    withdrawMatter(id: $id) { id version status }
  }
`;

/** The editor's starting point for a new matter of `departmentId`. */
export function emptyMatterInput(departmentId: string): MatterInput {
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

export function emptyMaterial(): MaterialInput {
  return { name: '', form: 'ORIGINAL', copies: 1, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: null };
}

export function emptyStep(): ProcessStepInput {
  return { name: '', post: '', days: 1 };
}

/** A loaded matter as editor input. */
export function toInput(matter: MatterDetail): MatterInput {
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
export function normalizeInput(input: MatterInput): MatterInput {
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
