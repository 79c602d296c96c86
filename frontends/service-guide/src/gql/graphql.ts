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

/** 许可 permit, 变更 change, 延续 renewal, 备案 filing, 确认 confirmation, 其他 other. */
export type MatterCategory =
  | 'CHANGE'
  | 'CONFIRMATION'
  | 'FILING'
  | 'OTHER'
  | 'PERMIT'
  | 'RENEWAL';

export type MatterFilter = {
  category?: MatterCategory | null | undefined;
  /** Matters offered through this channel. */
  channel?: Channel | null | undefined;
  departmentId?: string | null | undefined;
  kind?: MatterKind | null | undefined;
  /**
   * Finds matters by name, code, keyword or material name; Chinese words of any length, several words separated by
   * spaces must all be found. Results are ranked: the name equals the query, starts with it, contains it; then keywords;
   * then materials and code.
   */
  search?: string | null | undefined;
  /** PUBLISHED by default. Only the manager and the department's own admin may ask for DRAFT or WITHDRAWN. */
  status?: MatterStatus | null | undefined;
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

export type ServiceGuideDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceGuideDepartmentsQuery = { departments: Array<{ id: string, code: string, name: string, shortName: string, hallZone: string, contactPhone: string, publishedMatterCount: number }> | null };

export type ServiceGuideMattersQueryVariables = Exact<{
  filter?: MatterFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ServiceGuideMattersQuery = { matters: Array<{ id: string, code: string, name: string, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, compressionRate: number | null, department: { id: string, name: string } }> };

export type ServiceGuideMatterQueryVariables = Exact<{
  id: string;
}>;


export type ServiceGuideMatterQuery = { matter: { id: string, code: string, name: string, version: number, kind: MatterKind, category: MatterCategory, legalLimitDays: number, committedLimitDays: number, compressionRate: number | null, feeYuan: number | null, feeBasis: string | null, channels: Array<Channel>, keywords: Array<string>, conditions: string, legalBasis: Array<string>, isFree: boolean, onSiteInspection: boolean, appealRoute: string | null, refusalGrounds: Array<string>, publishedAt: string | null, jointDepartments: Array<{ id: string, name: string }>, processSteps: Array<{ name: string, post: string, days: number }>, department: { id: string, name: string, hallZone: string, contactPhone: string }, materials: Array<{ name: string, form: MaterialForm, copies: number, required: boolean, condition: string | null, source: string, notes: string | null, sampleTemplate: string | null }> } | null };

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

export const ServiceGuideDepartmentsDocument = new TypedDocumentString(`
    query ServiceGuideDepartments {
  departments {
    id
    code
    name
    shortName
    hallZone
    contactPhone
    publishedMatterCount
  }
}
    `) as unknown as TypedDocumentString<ServiceGuideDepartmentsQuery, ServiceGuideDepartmentsQueryVariables>;
export const ServiceGuideMattersDocument = new TypedDocumentString(`
    query ServiceGuideMatters($filter: MatterFilter, $first: Int) {
  matters(filter: $filter, first: $first) {
    id
    code
    name
    kind
    category
    legalLimitDays
    committedLimitDays
    compressionRate
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceGuideMattersQuery, ServiceGuideMattersQueryVariables>;
export const ServiceGuideMatterDocument = new TypedDocumentString(`
    query ServiceGuideMatter($id: ID!) {
  matter(id: $id) {
    id
    code
    name
    version
    kind
    category
    legalLimitDays
    committedLimitDays
    compressionRate
    feeYuan
    feeBasis
    channels
    keywords
    conditions
    legalBasis
    isFree
    onSiteInspection
    appealRoute
    refusalGrounds
    publishedAt
    jointDepartments {
      id
      name
    }
    processSteps {
      name
      post
      days
    }
    department {
      id
      name
      hallZone
      contactPhone
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
  }
}
    `) as unknown as TypedDocumentString<ServiceGuideMatterQuery, ServiceGuideMatterQueryVariables>;