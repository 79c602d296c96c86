/** The gateway queries of the service guide and the shapes they return. */

export type MatterKind = 'INSTANT' | 'COMMITTED';
export type MatterCategory = 'PERMIT' | 'CHANGE' | 'RENEWAL' | 'FILING' | 'CONFIRMATION' | 'OTHER';
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ELECTRONIC';
export type Channel = 'WINDOW' | 'ONLINE' | 'MAIL' | 'APPOINTMENT';

export const KINDS: readonly MatterKind[] = ['COMMITTED', 'INSTANT'];
export const CATEGORIES: readonly MatterCategory[] = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'];
export const CHANNELS: readonly Channel[] = ['WINDOW', 'ONLINE', 'MAIL', 'APPOINTMENT'];

export interface DepartmentSummary {
  id: string;
  code: string;
  name: string;
  shortName: string;
  hallZone: string;
  contactPhone: string;
  /** Published matters in the guide, counted by the catalog. */
  publishedMatterCount: number;
}

export interface MatterRow {
  id: string;
  code: string;
  name: string;
  kind: MatterKind;
  category: MatterCategory;
  legalLimitDays: number;
  committedLimitDays: number;
  compressionRate: number | null;
  department: { id: string; name: string };
}

export interface Material {
  name: string;
  form: MaterialForm;
  copies: number;
  required: boolean;
  condition: string | null;
  source: string;
  notes: string | null;
  /** URL or site path of the sample template (示范文本). */
  sampleTemplate: string | null;
}

export interface ProcessStep {
  name: string;
  post: string;
  days: number;
}

export interface MatterDetail extends Omit<MatterRow, 'department'> {
  version: number;
  feeYuan: number | null;
  feeBasis: string | null;
  channels: Channel[];
  keywords: string[];
  conditions: string;
  legalBasis: string[];
  materials: Material[];
  isFree: boolean;
  onSiteInspection: boolean;
  jointDepartments: Array<{ id: string; name: string }>;
  processSteps: ProcessStep[];
  refusalGrounds: string[];
  appealRoute: string | null;
  publishedAt: string | null;
  department: { id: string; name: string; hallZone: string; contactPhone: string };
}

export const DEPARTMENTS_QUERY = /* GraphQL */ `
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
`;
export interface DepartmentsResult {
  departments: DepartmentSummary[];
}

/** The catalog accepts up to 200 matters per request; a department publishes far fewer. */
export const MATTERS_LIMIT = 200;

export const MATTERS_QUERY = /* GraphQL */ `
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
`;
export interface MatterFilter {
  departmentId?: string;
  category?: MatterCategory;
  search?: string;
  kind?: MatterKind;
  channel?: Channel;
}
export interface MattersVariables extends Record<string, unknown> {
  filter: MatterFilter;
  first: number;
}
export interface MattersResult {
  matters: MatterRow[];
}

export const MATTER_QUERY = /* GraphQL */ `
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
`;
export interface MatterResult {
  matter: MatterDetail | null;
}
