import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../router';
import type { MatterDetail, MatterRow } from '../api';
import { businessLicenceChange, foodPermit, foodPermitDetail, idCard, market, police } from './fixtures';

export interface RecordedRequest {
  operation: string;
  variables: Record<string, unknown>;
}

const allMatters: MatterRow[] = [foodPermit, businessLicenceChange, idCard];
const details: Record<string, MatterDetail> = { [foodPermitDetail.id]: foodPermitDetail };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function answer(variables: Record<string, unknown>, operation: string): unknown {
  switch (operation) {
    case 'ServiceGuideDepartments':
      return { departments: [market, police] };
    case 'ServiceGuideMatters': {
      const filter = isRecord(variables.filter) ? variables.filter : {};
      const search = typeof filter.search === 'string' ? filter.search : undefined;
      return {
        matters: allMatters.filter(
          (matter) =>
            (filter.departmentId === undefined || matter.department.id === filter.departmentId) &&
            (filter.category === undefined || matter.category === filter.category) &&
            (search === undefined || matter.name.includes(search)),
        ),
      };
    }
    case 'ServiceGuideMatter':
      return { matter: details[String(variables.id)] ?? null };
    default:
      throw new Error(`unexpected operation ${operation}`);
  }
}

/** Stubs `fetch` with a gateway that answers the service guide's queries from the fixtures. */
export function stubGateway(): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) => {
      const body: unknown = JSON.parse(String(init?.body));
      const query = isRecord(body) && typeof body.query === 'string' ? body.query : '';
      const variables = isRecord(body) && isRecord(body.variables) ? body.variables : {};
      const operation = /query\s+(\w+)/.exec(query)?.[1] ?? '';
      requests.push({ operation, variables });
      return new Response(JSON.stringify({ data: answer(variables, operation) }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The guide's router on a memory history, at `path`: what a component test mounts with. */
export async function routerAt(path = '/guide') {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  return router;
}
