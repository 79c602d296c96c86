import { catalogSubgraph } from '@hall/catalog-subgraph';
import { dutySubgraph } from '@hall/duty-subgraph';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { demoHall, type DemoMatter } from '@hall/demo-hall';
import { RATE_LIMITED_OPERATIONS, startSubgraph, type RateLimitSettings, type StartedSubgraph } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import type { CasesContext } from './context';
import type { CasesTables } from './db/schema';
import { dutyDirectory } from './ports/duty';
import { hallFigures, type HallFigures } from './ports/hall-figures';
import { catalogMatterDirectory } from './ports/matters';
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

/**
 * Budgets no ordinary test reaches (every test of a file shares one client address): the rate-limit tests name their
 * own small budgets.
 */
export const GENEROUS_RATE_LIMITS: RateLimitSettings = Object.fromEntries(
  RATE_LIMITED_OPERATIONS.map((operation) => [
    operation,
    {
      address: { points: 100_000, windowSeconds: 3600, blockSeconds: 1 },
      subject: { points: 100_000, windowSeconds: 3600, blockSeconds: 1 },
    },
  ]),
) as RateLimitSettings;

export interface CasesHarness {
  subgraph: TestSubgraph<CasesTables, CasesContext>;
  catalog: StartedSubgraph;
  catalogUrl: string;
  /** The duty subgraph (demo-seeded): registrations and imports ask it about staff and windows. */
  duty: StartedSubgraph;
  /** Set the instant every following request sees. */
  setNow(at: Date): void;
  close(): Promise<void>;
}

/**
 * The cases subgraph on its own database, asking real catalog and duty subgraphs (in-process, demo-seeded) about
 * matters, staff and windows.
 */
export async function startHarness(options: { seedDemo: boolean; rateLimits?: RateLimitSettings; figures?: HallFigures }): Promise<CasesHarness> {
  const [catalogDatabase, dutyDatabase]: TestDatabase[] = await Promise.all([createTestDatabase('catalog'), createTestDatabase('duty')]);
  if (!catalogDatabase || !dutyDatabase) throw new Error('no test databases');
  const [catalog, duty] = await Promise.all([
    startSubgraph(catalogSubgraph, { databaseUrl: catalogDatabase.url, port: 0, seedDemo: true }),
    startSubgraph(dutySubgraph, { databaseUrl: dutyDatabase.url, port: 0, seedDemo: true }),
  ]);
  let now = new Date();
  const subgraph = await createTestSubgraph(
    createCasesSubgraph({
      matters: catalogMatterDirectory(catalog.server.url),
      duty: dutyDirectory(duty.server.url),
      // No inspections subgraph runs here: the report names it unavailable unless a test brings its own figures.
      figures: options.figures ?? hallFigures({ catalog: catalog.server.url, duty: duty.server.url, inspections: 'http://127.0.0.1:9/graphql' }),
      clock: () => now,
    }),
    { seedDemo: options.seedDemo, rateLimits: options.rateLimits ?? GENEROUS_RATE_LIMITS },
  );
  return {
    subgraph,
    catalog,
    catalogUrl: catalog.server.url,
    duty,
    setNow: (at) => {
      now = at;
    },
    close: async () => {
      await subgraph.close();
      await Promise.all([catalog.close(), duty.close()]);
      await Promise.all([catalogDatabase.drop(), dutyDatabase.drop()]);
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

/** The evaluation code of a case, read from the database (what the result notice prints). */
export async function evaluationCodeOf(subgraph: TestSubgraph<CasesTables, CasesContext>, where: { id?: string; number?: string }): Promise<string> {
  const { rows } = await subgraph.runtime.database.pool.query<{ evaluation_code: string | null }>(
    'SELECT evaluation_code FROM cases.cases WHERE id::text = $1 OR number = $1',
    [where.id ?? where.number ?? ''],
  );
  const code = rows[0]?.evaluation_code;
  if (!code) throw new Error('the case has no evaluation code');
  return code;
}

/**
 * A historical instant case of a department for the importCases mutation: withdrawn an hour after it was submitted, or
 * accepted and completed on the spot. `sequence` makes its number (ZW + the day + 5 digits) and phone unique.
 */
export function importedInstantCase(options: {
  fixture: ReturnType<typeof departmentFixture>;
  applicantIdNumber: string;
  day: string;
  outcome: 'COMPLETED' | 'WITHDRAWN';
  sequence: number;
  visits?: number;
}) {
  const { fixture, day, outcome, sequence } = options;
  return {
    number: `ZW${day.replaceAll('-', '')}${String(sequence).padStart(5, '0')}`,
    firstOwnerStaffId: fixture.clerk.id,
    matterId: fixture.instant.id,
    applicantName: '钱七',
    applicantIdNumber: options.applicantIdNumber,
    applicantPhone: `1380000${String(sequence).padStart(4, '0')}`,
    visits: options.visits ?? 1,
    events: [
      { at: `${day}T02:00:00Z`, to: 'SUBMITTED' },
      ...(outcome === 'COMPLETED'
        ? [
            { at: `${day}T02:00:20Z`, to: 'ACCEPTED' },
            { at: `${day}T02:01:00Z`, to: 'COMPLETED' },
          ]
        : [{ at: `${day}T03:00:00Z`, to: 'WITHDRAWN', reason: '申请人撤回' }]),
    ],
  };
}
