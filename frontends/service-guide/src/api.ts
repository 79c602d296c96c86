import type { MatterKind, ServiceGuideDepartmentsQuery, ServiceGuideMatterQuery, ServiceGuideMattersQuery } from './gql/graphql';

/** The guide's names for the generated result types, and the order its pickers offer values in. */

export type { Channel, MatterCategory, MatterFilter, MatterKind } from './gql/graphql';
export type DepartmentSummary = NonNullable<ServiceGuideDepartmentsQuery['departments']>[number];
export type MatterRow = ServiceGuideMattersQuery['matters'][number];
export type MatterDetail = NonNullable<ServiceGuideMatterQuery['matter']>;
export type Material = MatterDetail['materials'][number];
export type ProcessStep = MatterDetail['processSteps'][number];

/** The usual kind first (the enum's own order puts INSTANT first). */
export const KINDS: readonly MatterKind[] = ['COMMITTED', 'INSTANT'];
