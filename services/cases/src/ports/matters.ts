import { badUserInput, conflict, serviceUnavailable, SUBGRAPH_CALL_TIMEOUT_MS } from '@hall/service-kit';
import { z } from 'zod';

/** What a case keeps of the matter version it was registered under: deadlines and notices use this, not the catalog. */
export interface MatterSnapshot {
  id: string;
  code: string;
  version: number;
  name: string;
  departmentId: string;
  kind: 'INSTANT' | 'COMMITTED';
  legalLimitDays: number;
  committedLimitDays: number;
  /** The matter's materials list (申请材料), by name. */
  materials: string[];
}

export type MatterStatus = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';

export interface DirectoryMatter {
  snapshot: MatterSnapshot;
  status: MatterStatus;
}

/**
 * The port through which the cases subgraph learns about matters: it never reads the catalog's tables.
 * `matter` resolves to null for an id the catalog does not know.
 */
export interface MatterDirectory {
  matter(id: string): Promise<DirectoryMatter | null>;
  /**
   * The department of this id (null when the catalog does not know it), for the ids a referral, a complaint's
   * assignment or a complaint names. In-process fakes without a catalog may leave it out; the catalog's directory has it.
   */
  department?(id: string): Promise<{ id: string; active: boolean } | null>;
}

const MATTER_QUERY = `query CasesMatterSnapshot($id: ID!) {
  matter(id: $id) {
    id code version name status kind legalLimitDays committedLimitDays
    department { id }
    materials { name }
  }
}`;

const answerSchema = z.object({
  data: z
    .object({
      matter: z
        .object({
          id: z.string(),
          code: z.string(),
          version: z.number().int(),
          name: z.string(),
          status: z.enum(['DRAFT', 'PUBLISHED', 'WITHDRAWN']),
          kind: z.enum(['INSTANT', 'COMMITTED']),
          legalLimitDays: z.number().int(),
          committedLimitDays: z.number().int(),
          department: z.object({ id: z.string() }),
          materials: z.array(z.object({ name: z.string() })),
        })
        .nullable(),
    })
    .nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/** `CATALOG_URL`, else the catalog on this host at `CATALOG_PORT` (default 4001). */
export function catalogUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CATALOG_URL || `http://127.0.0.1:${env.CATALOG_PORT || 4001}/graphql`;
}

const DEPARTMENT_QUERY = `query CasesDepartment($id: ID!) { department(id: $id) { id active } }`;

const departmentAnswerSchema = z.object({
  data: z.object({ department: z.object({ id: z.string(), active: z.boolean() }).nullable() }).nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/** One query to the catalog; an unreachable catalog is an outage the caller should see named (issue 9), not an internal error. */
async function askCatalog(url: string, query: string, id: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id } }),
    signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
  }).catch(() => {
    throw serviceUnavailable('catalog');
  });
  if (!response.ok) throw serviceUnavailable('catalog');
  return response.json();
}

/** The real directory: a GraphQL query to the catalog subgraph. Published and withdrawn versions are public. */
export function catalogMatterDirectory(url = catalogUrlFromEnv()): MatterDirectory {
  return {
    async department(id) {
      const answer = departmentAnswerSchema.safeParse(await askCatalog(url, DEPARTMENT_QUERY, id));
      if (!answer.success || answer.data.errors?.length) throw serviceUnavailable('catalog');
      return answer.data.data?.department ?? null;
    },
    async matter(id) {
      const answer = answerSchema.parse(await askCatalog(url, MATTER_QUERY, id));
      if (answer.errors?.length) throw new Error(`the catalog refused: ${answer.errors[0]?.message ?? ''}`);
      const matter = answer.data?.matter;
      if (!matter) return null;
      return {
        status: matter.status,
        snapshot: {
          id: matter.id,
          code: matter.code,
          version: matter.version,
          name: matter.name,
          departmentId: matter.department.id,
          kind: matter.kind,
          legalLimitDays: matter.legalLimitDays,
          committedLimitDays: matter.committedLimitDays,
          materials: matter.materials.map((material) => material.name),
        },
      };
    },
  };
}

/** A department a referral or a complaint names must exist and be active (BAD_USER_INPUT / CONFLICT on `field`). */
export async function requireKnownDepartment(directory: MatterDirectory, id: string, field: string): Promise<void> {
  if (!directory.department) return;
  const department = await directory.department(id);
  if (!department) throw badUserInput('no department has this id', { field });
  if (!department.active) throw conflict('this department has been deactivated', { field });
}
