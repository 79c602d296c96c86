import { catalogSubgraph } from '@hall/catalog-subgraph';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { demoHall, type DemoMatter } from '@hall/db/demo';
import { startSubgraph, type StartedSubgraph } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import type { CasesContext } from './context';
import type { CasesTables } from './db/schema';
import { catalogMatterDirectory } from './matters';
import { createCasesSubgraph } from './subgraph';

export const hall = demoHall();

/** A department with a committed matter (limit 5 here) and an instant one, and its people. */
export function departmentFixture(code: string) {
  const department = hall.departments.find((d) => d.code === code);
  if (!department) throw new Error(`no department ${code}`);
  const matters = hall.matters.filter((m) => m.departmentId === department.id);
  const committed =
    matters.find((m) => m.kind === 'COMMITTED' && m.committedLimitDays === 5 && m.materials.length >= 3) ??
    matters.find((m) => m.kind === 'COMMITTED' && m.materials.length >= 3);
  const instant = matters.find((m) => m.kind === 'INSTANT');
  const clerk = hall.staff.find((s) => s.departmentId === department.id && s.post === 'ACCEPTANCE');
  if (!committed || !instant || !clerk) throw new Error(`${code} lacks a fixture`);
  return { department, committed, instant, clerk };
}

export interface CasesHarness {
  subgraph: TestSubgraph<CasesTables, CasesContext>;
  catalog: StartedSubgraph;
  catalogUrl: string;
  /** Set the instant every following request sees. */
  setNow(at: Date): void;
  close(): Promise<void>;
}

/** The cases subgraph on its own database, asking a real catalog subgraph (in-process, demo-seeded) about matters. */
export async function startHarness(options: { seedDemo: boolean }): Promise<CasesHarness> {
  const catalogDatabase: TestDatabase = await createTestDatabase('catalog');
  const catalog = await startSubgraph(catalogSubgraph, { databaseUrl: catalogDatabase.url, port: 0, seedDemo: true });
  let now = new Date();
  const subgraph = await createTestSubgraph(
    createCasesSubgraph({ matters: catalogMatterDirectory(catalog.server.url), clock: () => now }),
    options,
  );
  return {
    subgraph,
    catalog,
    catalogUrl: catalog.server.url,
    setNow: (at) => {
      now = at;
    },
    close: async () => {
      await subgraph.close();
      await catalog.close();
      await catalogDatabase.drop();
    },
  };
}

export const tokens = {
  staff: (departmentId: string, staffId: string) => tokenFor({ sub: `staff-${staffId}`, role: 'staff', dept: departmentId, staffId }),
  deptAdmin: (departmentId: string) => tokenFor({ sub: `admin-${departmentId}`, role: 'dept_admin', dept: departmentId }),
  manager: () => tokenFor({ sub: 'manager-1', role: 'manager' }),
  supervisor: () => tokenFor({ sub: 'supervisor-1', role: 'supervisor', supervisorId: hall.supervisors[0]?.id ?? '' }),
};

export function applicant(seed: number) {
  return {
    applicantName: '李小梅',
    applicantIdNumber: `33990119900101${String(1000 + seed).slice(-4)}`.slice(0, 17) + 'X',
    applicantPhone: `139${String(10_000_000 + seed).slice(-8)}`,
  };
}

export type { DemoMatter };
