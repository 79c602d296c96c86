import { forbidden, serviceUnavailable, SUBGRAPH_CALL_TIMEOUT_MS } from './errors';
import type { Identity } from './identity';

/**
 * A department subgraph's owner (its `owner` in subgraphs.json, a catalog department code such as BDC): the ids of that
 * department and of its branch offices (分局), asked of the catalog's public `departments` query and kept for a minute.
 * The subgraph knows its owner by code; a token names a department by id.
 */
export interface DepartmentOwnership {
  readonly code: string;
  /** The owner's id and its branches' ids; SERVICE_UNAVAILABLE while the catalog cannot be asked. */
  departmentIds(): Promise<ReadonlySet<string>>;
}

interface CatalogDepartment {
  id: string;
  code: string;
  parent: { id: string } | null;
}

const CACHE_MS = 60_000;

export function departmentOwnership(code: string, catalogUrl: string, fetcher: typeof fetch = fetch): DepartmentOwnership {
  let cached: { ids: ReadonlySet<string>; until: number } | undefined;
  return {
    code,
    async departmentIds() {
      if (cached && cached.until > Date.now()) return cached.ids;
      let departments: CatalogDepartment[];
      try {
        const response = await fetcher(catalogUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ departments { id code parent { id } } }' }),
          signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
        });
        const body = (await response.json()) as { data?: { departments?: CatalogDepartment[] | null } };
        if (!response.ok || !body.data?.departments) throw new Error(`catalog answered ${response.status}`);
        departments = body.data.departments;
      } catch {
        throw serviceUnavailable('catalog', 'the catalog cannot be asked who the owning department is; try again shortly');
      }
      const owner = departments.find((department) => department.code === code);
      const ids = new Set<string>();
      if (owner) {
        ids.add(owner.id);
        for (const department of departments) if (department.parent?.id === owner.id) ids.add(department.id);
      }
      cached = { ids, until: Date.now() + CACHE_MS };
      return ids;
    },
  };
}

/** The hall manager, or staff and admins of the owning department or one of its branches. */
export async function ownsOrManages(identity: Identity, ownership: DepartmentOwnership): Promise<boolean> {
  if (identity.role === 'manager') return true;
  if ((identity.role !== 'staff' && identity.role !== 'dept_admin') || !identity.departmentId) return false;
  return (await ownership.departmentIds()).has(identity.departmentId);
}

/** FORBIDDEN for anyone but the manager and the owning department's people (the public included, as everywhere). */
export async function requireOwnerOrManager(identity: Identity, ownership: DepartmentOwnership): Promise<void> {
  if (!(await ownsOrManages(identity, ownership)))
    throw forbidden(`only the ${ownership.code} department and the hall manager may do this`);
}
