/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Channel =
  | 'APPOINTMENT'
  | 'MAIL'
  | 'ONLINE'
  | 'WINDOW';

/** 原件 original, 复印件 copy, 电子版 electronic. */
export type MaterialForm =
  | 'COPY'
  | 'ELECTRONIC'
  | 'ORIGINAL';

export type MaterialInput = {
  /** Required exactly when `required` is false. */
  condition?: string | null | undefined;
  copies?: number;
  form: MaterialForm;
  name: string;
  notes?: string | null | undefined;
  required?: boolean;
  /** An http(s) URL or a path starting with /. */
  sampleTemplate?: string | null | undefined;
  source?: string;
};

/** 许可 permit, 变更 change, 延续 renewal, 备案 filing, 确认 confirmation, 其他 other. */
export type MatterCategory =
  | 'CHANGE'
  | 'CONFIRMATION'
  | 'FILING'
  | 'OTHER'
  | 'PERMIT'
  | 'RENEWAL';

/**
 * IMPORT (loaded with the demo catalog), CREATE (version 1 as a draft), UPDATE (a draft edited), NEW_VERSION (a draft
 * made by editing a released version), PUBLISH, SUPERSEDE (withdrawn because a newer version was published), WITHDRAW.
 */
export type MatterChangeAction =
  | 'CREATE'
  | 'IMPORT'
  | 'NEW_VERSION'
  | 'PUBLISH'
  | 'SUPERSEDE'
  | 'UPDATE'
  | 'WITHDRAW';

/**
 * A matter version as its editor writes it. Refused with BAD_USER_INPUT (and nothing changed) when the committed limit
 * exceeds the legal one, an instant matter commits days, a fee has no basis (or a free matter has one), the steps take
 * more days than committed, a joint-approval department is the matter's own or unknown or inactive, or a list repeats.
 */
export type MatterInput = {
  appealRoute?: string | null | undefined;
  category: MatterCategory;
  channels: Array<Channel>;
  code: string;
  committedLimitDays: number;
  conditions: string;
  departmentId: string;
  feeBasis?: string | null | undefined;
  /** Null (or absent) when free of charge; otherwise above 0, with `feeBasis`. */
  feeYuan?: number | null | undefined;
  jointDepartmentIds?: Array<string>;
  keywords?: Array<string>;
  kind: MatterKind;
  legalBasis: Array<string>;
  legalLimitDays: number;
  materials: Array<MaterialInput>;
  name: string;
  onSiteInspection?: boolean;
  processSteps?: Array<ProcessStepInput>;
  refusalGrounds?: Array<string>;
};

/** 即办件 (done on the spot) or 承诺件 (done within a committed number of working days). */
export type MatterKind =
  | 'COMMITTED'
  | 'INSTANT';

/**
 * DRAFT → PUBLISHED → WITHDRAWN. At most one version of a code is PUBLISHED at any time (the guide's version); a version
 * replaced by a newer one is WITHDRAWN with `supersededBy` set.
 */
export type MatterStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type ProcessStepInput = {
  days: number;
  name: string;
  post: string;
};

export type MatterAdminQuotaDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatterAdminQuotaDepartmentsQuery = { appointmentQuotaDepartments: Array<string> };

export type MatterAdminQuotaQueryVariables = Exact<{
  id: string;
}>;


export type MatterAdminQuotaQuery = { matter: { id: string, appointmentQuota: { morning: number, afternoon: number, updatedAt: string } | null } | null };

export type MatterAdminSetQuotaMutationVariables = Exact<{
  matterId: string;
  morning: number;
  afternoon: number;
}>;


export type MatterAdminSetQuotaMutation = { setAppointmentQuota: { morning: number, afternoon: number, updatedAt: string } };

export type MatterAdminDetailFragment = { id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, feeYuan: number | null, feeBasis: string | null, channels: Array<Channel>, keywords: Array<string>, conditions: string, legalBasis: Array<string>, onSiteInspection: boolean, refusalGrounds: Array<string>, appealRoute: string | null, department: { id: string, name: string }, jointDepartments: Array<{ id: string, name: string }>, materials: Array<{ name: string, form: MaterialForm, copies: number, required: boolean, condition: string | null, source: string, notes: string | null, sampleTemplate: string | null }>, processSteps: Array<{ name: string, post: string, days: number }> };

export type MatterAdminMatterQueryVariables = Exact<{
  id: string;
}>;


export type MatterAdminMatterQuery = { matter: { id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, feeYuan: number | null, feeBasis: string | null, channels: Array<Channel>, keywords: Array<string>, conditions: string, legalBasis: Array<string>, onSiteInspection: boolean, refusalGrounds: Array<string>, appealRoute: string | null, department: { id: string, name: string }, jointDepartments: Array<{ id: string, name: string }>, materials: Array<{ name: string, form: MaterialForm, copies: number, required: boolean, condition: string | null, source: string, notes: string | null, sampleTemplate: string | null }>, processSteps: Array<{ name: string, post: string, days: number }> } | null };

export type MatterAdminCreateMutationVariables = Exact<{
  input: MatterInput;
}>;


export type MatterAdminCreateMutation = { createMatter: { id: string, version: number, status: MatterStatus } };

export type MatterAdminUpdateMutationVariables = Exact<{
  id: string;
  input: MatterInput;
}>;


export type MatterAdminUpdateMutation = { updateMatter: { id: string, version: number, status: MatterStatus } };

export type MatterAdminHistoryQueryVariables = Exact<{
  id: string;
}>;


export type MatterAdminHistoryQuery = { matter: { id: string, code: string, name: string, versions: Array<{ id: string, version: number, status: MatterStatus, basedOnVersion: number | null, createdAt: string, publishedAt: string | null, withdrawnAt: string | null }>, changes: Array<{ id: string, at: string, action: MatterChangeAction, actorName: string | null, actorRole: string, version: number, fields: Array<{ field: string, from: string | null, to: string | null }> }> | null } | null };

export type MatterAdminDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatterAdminDepartmentsQuery = { departments: Array<{ id: string, name: string }> | null };

export type MatterAdminRowFragment = { id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, updatedAt: string, publishedAt: string | null, department: { id: string, name: string } };

export type MatterAdminMattersQueryVariables = Exact<{
  departmentId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type MatterAdminMattersQuery = { drafts: Array<{ id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, updatedAt: string, publishedAt: string | null, department: { id: string, name: string } }>, published: Array<{ id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, updatedAt: string, publishedAt: string | null, department: { id: string, name: string } }>, withdrawn: Array<{ id: string, code: string, name: string, version: number, status: MatterStatus, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, updatedAt: string, publishedAt: string | null, department: { id: string, name: string } }> };

export type MatterAdminPublishMutationVariables = Exact<{
  id: string;
}>;


export type MatterAdminPublishMutation = { publishMatter: { id: string, version: number, status: MatterStatus } };

export type MatterAdminWithdrawMutationVariables = Exact<{
  id: string;
}>;


export type MatterAdminWithdrawMutation = { withdrawMatter: { id: string, version: number, status: MatterStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MatterAdminDetailFragmentDoc = new TypedDocumentString(`
    fragment MatterAdminDetail on Matter {
  id
  code
  name
  version
  status
  kind
  category
  legalLimitDays
  committedLimitDays
  feeYuan
  feeBasis
  channels
  keywords
  conditions
  legalBasis
  onSiteInspection
  refusalGrounds
  appealRoute
  department {
    id
    name
  }
  jointDepartments {
    id
    name
  }
  materials {
    name
    form
    copies
    required
    condition
    source
    notes
    sampleTemplate
  }
  processSteps {
    name
    post
    days
  }
}
    `, {"fragmentName":"MatterAdminDetail"}) as unknown as TypedDocumentString<MatterAdminDetailFragment, unknown>;
export const MatterAdminRowFragmentDoc = new TypedDocumentString(`
    fragment MatterAdminRow on Matter {
  id
  code
  name
  version
  status
  kind
  category
  legalLimitDays
  committedLimitDays
  updatedAt
  publishedAt
  department {
    id
    name
  }
}
    `, {"fragmentName":"MatterAdminRow"}) as unknown as TypedDocumentString<MatterAdminRowFragment, unknown>;
export const MatterAdminQuotaDepartmentsDocument = new TypedDocumentString(`
    query MatterAdminQuotaDepartments {
  appointmentQuotaDepartments
}
    `) as unknown as TypedDocumentString<MatterAdminQuotaDepartmentsQuery, MatterAdminQuotaDepartmentsQueryVariables>;
export const MatterAdminQuotaDocument = new TypedDocumentString(`
    query MatterAdminQuota($id: ID!) {
  matter(id: $id) {
    id
    appointmentQuota {
      morning
      afternoon
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MatterAdminQuotaQuery, MatterAdminQuotaQueryVariables>;
export const MatterAdminSetQuotaDocument = new TypedDocumentString(`
    mutation MatterAdminSetQuota($matterId: ID!, $morning: Int!, $afternoon: Int!) {
  setAppointmentQuota(
    matterId: $matterId
    morning: $morning
    afternoon: $afternoon
  ) {
    morning
    afternoon
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<MatterAdminSetQuotaMutation, MatterAdminSetQuotaMutationVariables>;
export const MatterAdminMatterDocument = new TypedDocumentString(`
    query MatterAdminMatter($id: ID!) {
  matter(id: $id) {
    ...MatterAdminDetail
  }
}
    fragment MatterAdminDetail on Matter {
  id
  code
  name
  version
  status
  kind
  category
  legalLimitDays
  committedLimitDays
  feeYuan
  feeBasis
  channels
  keywords
  conditions
  legalBasis
  onSiteInspection
  refusalGrounds
  appealRoute
  department {
    id
    name
  }
  jointDepartments {
    id
    name
  }
  materials {
    name
    form
    copies
    required
    condition
    source
    notes
    sampleTemplate
  }
  processSteps {
    name
    post
    days
  }
}`) as unknown as TypedDocumentString<MatterAdminMatterQuery, MatterAdminMatterQueryVariables>;
export const MatterAdminCreateDocument = new TypedDocumentString(`
    mutation MatterAdminCreate($input: MatterInput!) {
  createMatter(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MatterAdminCreateMutation, MatterAdminCreateMutationVariables>;
export const MatterAdminUpdateDocument = new TypedDocumentString(`
    mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {
  updateMatter(id: $id, input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MatterAdminUpdateMutation, MatterAdminUpdateMutationVariables>;
export const MatterAdminHistoryDocument = new TypedDocumentString(`
    query MatterAdminHistory($id: ID!) {
  matter(id: $id) {
    id
    code
    name
    versions {
      id
      version
      status
      basedOnVersion
      createdAt
      publishedAt
      withdrawnAt
    }
    changes(allVersions: true) {
      id
      at
      action
      actorName
      actorRole
      version
      fields {
        field
        from
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatterAdminHistoryQuery, MatterAdminHistoryQueryVariables>;
export const MatterAdminDepartmentsDocument = new TypedDocumentString(`
    query MatterAdminDepartments {
  departments {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MatterAdminDepartmentsQuery, MatterAdminDepartmentsQueryVariables>;
export const MatterAdminMattersDocument = new TypedDocumentString(`
    query MatterAdminMatters($departmentId: ID, $first: Int) {
  drafts: matters(
    filter: {departmentId: $departmentId, status: DRAFT}
    first: $first
  ) {
    ...MatterAdminRow
  }
  published: matters(
    filter: {departmentId: $departmentId, status: PUBLISHED}
    first: $first
  ) {
    ...MatterAdminRow
  }
  withdrawn: matters(
    filter: {departmentId: $departmentId, status: WITHDRAWN}
    first: $first
  ) {
    ...MatterAdminRow
  }
}
    fragment MatterAdminRow on Matter {
  id
  code
  name
  version
  status
  kind
  category
  legalLimitDays
  committedLimitDays
  updatedAt
  publishedAt
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<MatterAdminMattersQuery, MatterAdminMattersQueryVariables>;
export const MatterAdminPublishDocument = new TypedDocumentString(`
    mutation MatterAdminPublish($id: ID!) {
  publishMatter(id: $id) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MatterAdminPublishMutation, MatterAdminPublishMutationVariables>;
export const MatterAdminWithdrawDocument = new TypedDocumentString(`
    mutation MatterAdminWithdraw($id: ID!) {
  withdrawMatter(id: $id) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<MatterAdminWithdrawMutation, MatterAdminWithdrawMutationVariables>;