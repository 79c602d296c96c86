import { randomUUID } from 'node:crypto';
import { createCasesSubgraph, catalogMatterDirectory, staticDutyDirectory } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { demoHall, type DemoCase } from '@hall/demo-hall';
import { startSubgraph, type StartedSubgraph } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type OperationResult, type TestSubgraph } from '@hall/service-kit/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { RegistryContext, RegistryDependencies } from './context';
import type { RegistryTables } from './db/schema';
import { createRegistrySubgraph } from './subgraph';

export const hall = demoHall();
const departmentOf = (code: string) => {
  const found = hall.departments.find((department) => department.code === code);
  if (!found) throw new Error(`the demo hall has no ${code}`);
  return found;
};
/** The owner (不动产登记中心) and two departments that are not it. */
export const BDC = departmentOf('BDC');
export const GAJ = departmentOf('GAJ');
export const SCJG = departmentOf('SCJG');

export const bdcStaff = hall.staff.filter((member) => member.departmentId === BDC.id);
export const bdcMatters = hall.matters.filter((matter) => matter.departmentId === BDC.id);
export const bdcCases = hall.cases.filter((kase) => kase.departmentId === BDC.id);

/** A branch office of the BDC (不动产登记分中心) the tests add to the catalog, with a staff member and a matter of its own. */
export interface Branch {
  id: string;
  staffId: string;
  matterId: string;
}

export const managerToken = () => tokenFor({ sub: 'manager', name: '王建国', role: 'manager' });
export const supervisorToken = () =>
  tokenFor({ sub: 'supervisor', role: 'supervisor', supervisorId: hall.supervisors[0]?.id ?? randomUUID() });
export const staffToken = (member: { id: string; departmentId: string }) =>
  tokenFor({ sub: `staff:${member.id}`, role: 'staff', dept: member.departmentId, staffId: member.id });
export const adminToken = (departmentId: string) => tokenFor({ sub: `admin:${departmentId}`, role: 'dept_admin', dept: departmentId });
/** A staff member of the BDC, as window staff sign in. */
export const bdcStaffToken = () => staffToken(first(bdcStaff, 'BDC staff member'));
export const gajStaffToken = () =>
  staffToken(
    first(
      hall.staff.filter((member) => member.departmentId === GAJ.id),
      'GAJ staff member',
    ),
  );

export function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`the demo hall has no ${what}`);
  return item;
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${url} refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The real catalog and cases subgraphs, in this process, each on its own throwaway database seeded with the demo hall,
 * and a branch office of the BDC added to the catalog (with a published matter). The cases subgraph asks this catalog
 * for matters and a static directory (the demo hall's people and the branch's clerk) for staff and windows.
 */
export interface Neighbours {
  catalogUrl: string;
  casesUrl: string;
  branch: Branch;
  /** Registers a new case of a matter (as the manager, online), returning its id. */
  registerCase(matterId: string, firstOwnerStaffId: string): Promise<string>;
  close(): Promise<void>;
}

const CREATE_DEPARTMENT = `mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id } }`;
const CREATE_MATTER = `mutation ($input: MatterInput!) { createMatter(input: $input) { id } }`;
const PUBLISH_MATTER = `mutation ($id: ID!) { publishMatter(id: $id) { id status } }`;
const REGISTER_CASE = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;

export async function startNeighbours(): Promise<Neighbours> {
  const databases: TestDatabase[] = [];
  const started: StartedSubgraph[] = [];
  const close = async () => {
    await Promise.all(started.map((subgraph) => subgraph.close()));
    await Promise.all(databases.map((database) => database.drop()));
  };
  try {
    const catalogDatabase = await createTestDatabase('catalog');
    databases.push(catalogDatabase);
    const catalog = await startSubgraph(catalogSubgraph, { databaseUrl: catalogDatabase.url, port: 0, seedDemo: true });
    started.push(catalog);
    const catalogUrl = catalog.server.url;
    const manager = await managerToken();
    const { createDepartment } = await post<{ createDepartment: { id: string } }>(
      catalogUrl,
      CREATE_DEPARTMENT,
      {
        input: {
          code: 'BDCFZX',
          name: '不动产登记中心江南分中心',
          shortName: '不动产江南',
          hallZone: 'C区',
          contactPhone: '0571-86001234',
          parentId: BDC.id,
        },
      },
      manager,
    );
    const branchId = createDepartment.id;
    const { createMatter } = await post<{ createMatter: { id: string } }>(
      catalogUrl,
      CREATE_MATTER,
      {
        input: {
          code: 'BDCFZX-ZY-001',
          name: '不动产转移登记（分中心）',
          departmentId: branchId,
          kind: 'COMMITTED',
          category: 'CONFIRMATION',
          legalLimitDays: 30,
          committedLimitDays: 5,
          channels: ['WINDOW', 'ONLINE'],
          conditions: '买卖双方已签订存量房买卖合同并完成网签。',
          legalBasis: ['《不动产登记暂行条例》第十四条'],
          materials: [{ name: '不动产登记申请书', form: 'ORIGINAL' }],
        },
      },
      manager,
    );
    await post(catalogUrl, PUBLISH_MATTER, { id: createMatter.id }, manager);
    const branch: Branch = { id: branchId, staffId: randomUUID(), matterId: createMatter.id };

    const casesDatabase = await createTestDatabase('cases');
    databases.push(casesDatabase);
    const duty = staticDutyDirectory({ staff: [...hall.staff, { id: branch.staffId, departmentId: branchId }], windows: hall.windows });
    const cases = await startSubgraph(createCasesSubgraph({ matters: catalogMatterDirectory(catalogUrl), duty }), {
      databaseUrl: casesDatabase.url,
      port: 0,
      seedDemo: true,
    });
    started.push(cases);
    const casesUrl = cases.server.url;
    return {
      catalogUrl,
      casesUrl,
      branch,
      async registerCase(matterId, firstOwnerStaffId) {
        const input = {
          matterId,
          applicantName: '陈晓雯',
          applicantIdNumber: '11010519491231002X',
          applicantPhone: '13957160328',
          online: true,
          firstOwnerStaffId,
        };
        return (await post<{ registerCase: { id: string } }>(casesUrl, REGISTER_CASE, { input }, manager)).registerCase.id;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Harness {
  neighbours: Neighbours;
  subgraph: TestSubgraph<RegistryTables, RegistryContext>;
  /** The subgraph's clock; set `clock.now` to move time. */
  clock: { now: Date };
  /** Runs an operation and fails the test on any error. */
  ok<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Runs an operation that must fail: its first error's code and message. */
  refused(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ code: unknown; message: string; field: unknown }>;
  /** Rows of a registry table (read as the owner role). */
  count(table: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

/** The registry on its own throwaway database (seeded with the demo hall), asking the in-process catalog and cases. */
export async function createHarness(options: { seedDemo?: boolean; overrides?: Partial<RegistryDependencies> } = {}): Promise<Harness> {
  const neighbours = await startNeighbours();
  const clock = { now: new Date('2026-11-23T02:00:00Z') };
  let subgraph: TestSubgraph<RegistryTables, RegistryContext>;
  try {
    subgraph = await createTestSubgraph(
      createRegistrySubgraph(
        { subgraphUrls: { catalog: neighbours.catalogUrl, cases: neighbours.casesUrl } },
        { now: () => clock.now, ...options.overrides },
      ),
      { seedDemo: options.seedDemo ?? true },
    );
  } catch (error) {
    await neighbours.close();
    throw error;
  }
  return {
    neighbours,
    subgraph,
    clock,
    async ok<T>(query: string, variables?: Record<string, unknown>, token?: string) {
      const result: OperationResult<T> = await subgraph.execute<T>(query, variables, token);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as T;
    },
    async refused(query: string, variables?: Record<string, unknown>, token?: string) {
      const result = await subgraph.execute(query, variables, token);
      const error = result.errors?.[0];
      expect(error, 'expected an error').toBeDefined();
      return { code: error?.extensions?.code, message: error?.message ?? '', field: error?.extensions?.field };
    },
    async count(table: string, where = 'TRUE') {
      const result = await subgraph.owner.db.execute(sql.raw(`SELECT count(*)::int AS n FROM registry.${table} WHERE ${where}`));
      return Number((result.rows[0] as { n: number }).n);
    },
    async close() {
      await subgraph.close();
      await neighbours.close();
    },
  };
}

/** A committed BDC case of the demo hall the seed gave no registration (none: the tests register one). */
export function caseAt(status: DemoCase['status']): DemoCase | undefined {
  return bdcCases.find((kase) => kase.status === status);
}

/** A valid 28-character unit number (不动产单元号) and certificate numbers. */
export const UNIT = '339902001003GB00012F00010203';
export const certificate = (sequence: number) => `浙(2026)临江市不动产权第${String(sequence).padStart(7, '0')}号`;

export const REGISTRATION_FIELDS = `case { id } stage nextStage nextStageNeedsCertificate unitNumber certificateNumber updatedAt steps { stage at by byRole }`;
export const RECORD = `mutation ($caseId: ID!, $stage: RegistrationStage!, $unitNumber: String, $certificateNumber: String) {
  recordRegistrationStage(caseId: $caseId, stage: $stage, unitNumber: $unitNumber, certificateNumber: $certificateNumber) { ${REGISTRATION_FIELDS} }
}`;
export const LIST = `query ($stage: RegistrationStage, $first: Int) { registrations(stage: $stage, first: $first) { ${REGISTRATION_FIELDS} } }`;
export const SET_QUOTA = `mutation ($matterId: ID!, $morning: Int!, $afternoon: Int!) {
  setAppointmentQuota(matterId: $matterId, morning: $morning, afternoon: $afternoon) { matter { id } morning afternoon updatedAt }
}`;
export const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Case { id registration { ${REGISTRATION_FIELDS} } }
  ... on Matter { id appointmentQuota { morning afternoon updatedAt } }
} }`;

export interface RegistrationResult {
  case: { id: string };
  stage: string;
  nextStage: string | null;
  nextStageNeedsCertificate: boolean;
  unitNumber: string;
  certificateNumber: string | null;
  updatedAt: string;
  steps: Array<{ stage: string; at: string; by: string; byRole: string }>;
}
