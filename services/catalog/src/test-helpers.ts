import { demoHall, demoUsers, type DemoUser } from '@hall/demo-hall';
import { createTestSubgraph, tokenFor, type OperationResult, type TestSubgraph } from '@hall/service-kit/testing';
import type { CatalogContext } from './context';
import type { CatalogTables } from './db/schema';
import { catalogSubgraph } from './subgraph';

/** Shared by the catalog's API tests: the demo hall, its sign-in users as tokens, and a valid matter input. */
export const hall = demoHall();
export const users = demoUsers(hall);

const [first, second, third] = hall.departments;
if (!first || !second || !third) throw new Error('the demo hall needs departments');
/** The departments of the three demo department admins. */
export const ownDepartment = first;
export const otherDepartment = second;
export const thirdDepartment = third;

export type CatalogTestSubgraph = TestSubgraph<CatalogTables, CatalogContext>;

export function startCatalog(): Promise<CatalogTestSubgraph> {
  return createTestSubgraph(catalogSubgraph, { seedDemo: true });
}

function demoUser(role: DemoUser['role'], departmentId?: string): DemoUser {
  const user = users.find((candidate) => candidate.role === role && (!departmentId || candidate.dept === departmentId));
  if (!user) throw new Error(`no demo ${role}`);
  return user;
}

export function tokenOf(role: DemoUser['role'], departmentId?: string): Promise<string> {
  const user = demoUser(role, departmentId);
  return tokenFor({
    sub: user.id,
    name: user.name,
    role: user.role,
    dept: user.dept,
    staffId: user.staffId,
    supervisorId: user.supervisorId,
  });
}

export interface Tokens {
  manager: string;
  ownAdmin: string;
  otherAdmin: string;
  staff: string;
  supervisor: string;
  citizen: string;
}

export async function demoTokens(): Promise<Tokens> {
  return {
    manager: await tokenOf('manager'),
    ownAdmin: await tokenOf('dept_admin', ownDepartment.id),
    otherAdmin: await tokenOf('dept_admin', otherDepartment.id),
    staff: await tokenOf('staff', ownDepartment.id),
    supervisor: await tokenOf('supervisor'),
    citizen: await tokenOf('public'),
  };
}

export const managerUser = () => demoUser('manager');
export const ownAdminUser = () => demoUser('dept_admin', ownDepartment.id);

export const matterInput = (overrides: Record<string, unknown> = {}) => ({
  code: 'TEST-XK-001',
  name: '测试许可事项',
  departmentId: ownDepartment.id,
  kind: 'COMMITTED',
  category: 'PERMIT',
  legalLimitDays: 20,
  committedLimitDays: 5,
  channels: ['WINDOW', 'ONLINE'],
  keywords: ['测试'],
  conditions: '申请人符合法定条件',
  legalBasis: ['《中华人民共和国行政许可法》第二十九条'],
  materials: [{ name: '申请书', form: 'ORIGINAL', sampleTemplate: 'https://zwfw.linjiang.example/templates/TEST/1.pdf' }],
  processSteps: [
    { name: '受理', post: '综合受理窗口工作人员', days: 0 },
    { name: '审查', post: '业务科室经办人', days: 4 },
    { name: '许可决定', post: '部门分管负责人', days: 1 },
  ],
  refusalGrounds: ['申请事项依法不需要取得行政许可的'],
  appealRoute: '可以自知道该决定之日起六十日内申请行政复议，或者六个月内提起行政诉讼。',
  jointDepartmentIds: [thirdDepartment.id],
  ...overrides,
});

export const CREATE = `mutation ($input: MatterInput!) { createMatter(input: $input) { id code status version compressionRate department { id } } }`;
export const UPDATE = `mutation ($id: ID!, $input: MatterInput!) { updateMatter(id: $id, input: $input) { id code status version basedOnVersion } }`;
export const PUBLISH = `mutation ($id: ID!) { publishMatter(id: $id) { id status version publishedAt } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawMatter(id: $id) { id status withdrawnAt } }`;

export interface MatterResult {
  id: string;
  code: string;
  status: string;
  version: number;
  basedOnVersion?: number | null;
}

/** The data of a result that must have succeeded; throws with the errors otherwise. */
export function dataOf<T>(result: OperationResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export function errorCode(result: OperationResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** Creates and publishes a matter; returns its id. */
export async function publishedMatter(
  subgraph: CatalogTestSubgraph,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = dataOf(await subgraph.execute<{ createMatter: MatterResult }>(CREATE, { input: matterInput(overrides) }, token));
  dataOf(await subgraph.execute(PUBLISH, { id: created.createMatter.id }, token));
  return created.createMatter.id;
}
