import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CHECKLIST } from '@hall/demo-hall';
import { hallCalendarSource, type DayOverride } from '@hall/service-kit';
import { switchableCalendarSource } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clock,
  codeOf,
  dataOf,
  deptAdminToken,
  demoPlans,
  hall,
  managerToken,
  openSubgraph,
  supervisorToken,
  type Subgraph,
  type Visit,
} from './test-helpers';

/** The source the subgraph reads, switched by each test. */
const calendar = switchableCalendarSource();
const { source } = calendar;
const withOverrides = (overrides: Record<string, DayOverride>) => calendar.withOverrides(overrides);
let unreachable: string;

let subgraph: Subgraph;
let manager: string;
let visits: Visit[];

const allItems = DEFAULT_CHECKLIST.sections.flatMap((section) => section.items.map((item) => item.key));
const SAVE = `mutation ($id: ID!, $input: InspectionDraftInput!) { saveInspectionDraft(id: $id, input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitInspection(id: $id) { id status rectification { id status dueOn } } }`;
const READ = `query ($id: ID!) { inspection(id: $id) { status rectification { id status dueOn } } }`;
const RESPOND = `mutation ($id: ID!, $input: RectificationResponseInput!) { respondToRectification(id: $id, input: $input) { status } }`;
const REOPEN = `mutation ($id: ID!, $reason: String!) { reopenRectification(id: $id, reason: $reason) { status dueOn } }`;
type Order = { id: string; status: string; dueOn: string };

/** A serious finding (EFF-1), so the submission opens a rectification. */
async function submitFailing(visit: Visit) {
  const token = await supervisorToken(visit.supervisor!.id);
  const items = allItems.map((itemKey) => ({ itemKey, outcome: itemKey === 'EFF-1' ? 'FAIL' : 'PASS', comment: itemKey === 'EFF-1' ? '未一次性告知' : null }));
  dataOf(await subgraph.execute(SAVE, { id: visit.id, input: { visitedAt: '2026-11-20T02:00:00Z', scenario: '咨询营业执照变更', items } }, token));
  return subgraph.execute<{ submitInspection: { status: string; rectification: Order | null } }>(SUBMIT, { id: visit.id }, token);
}

const read = async (visit: Visit) =>
  dataOf(await subgraph.execute<{ inspection: { status: string; rectification: Order | null } }>(READ, { id: visit.id }, manager)).inspection;
const otherSupervisor = (visit: Visit) => hall.supervisors.find((s) => s.id !== visit.supervisor?.id)!.id;

beforeAll(async () => {
  clock.now = new Date('2026-11-20T09:30:00Z'); // Friday 20 November 2026, 17:30 in the hall
  subgraph = await openSubgraph(source);
  manager = await managerToken();
  visits = (await demoPlans(subgraph, manager)).current.inspections.filter((visit) => visit.status === 'PLANNED');
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  unreachable = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});
afterAll(() => subgraph?.close());

describe('rectification due days on the hall calendar (the cases subgraph’s overrides)', () => {
  it('counts the 10 working days of a new order past a Monday the manager closes the hall', async () => {
    withOverrides({ '2026-11-23': 'OFF' });
    calendar.asked = 0;
    const submitted = dataOf(await submitFailing(visits[0]!)).submitInspection;
    // Statutory: Friday 4 December; with Monday 23 November off, Monday 7 December.
    expect(submitted.rectification).toMatchObject({ status: 'OPEN', dueOn: '2026-12-07' });
    expect(calendar.asked).toBe(1);
  });

  it('counts a reopened order’s new due day with a Saturday the manager marks worked', async () => {
    const order = (await read(visits[0]!)).rectification!;
    const admin = await deptAdminToken(visits[0]!.department!.id);
    dataOf(await subgraph.execute(RESPOND, { id: order.id, input: { actions: '已组织一次性告知制度培训' } }, admin));
    clock.now = new Date('2026-11-25T02:00:00Z'); // Wednesday 25 November
    withOverrides({ '2026-12-05': 'WORKING' });
    const other = await supervisorToken(otherSupervisor(visits[0]!));
    const reopened = dataOf(await subgraph.execute<{ reopenRectification: Order }>(REOPEN, { id: order.id, reason: '未提供培训签到表' }, other)).reopenRectification;
    // Statutory: Wednesday 9 December; with Saturday 5 December worked, Tuesday 8 December.
    expect(reopened).toMatchObject({ status: 'OPEN', dueOn: '2026-12-08' });
    clock.now = new Date('2026-11-20T09:30:00Z');
  });

  it('refuses a submission that opens an order with SERVICE_UNAVAILABLE when the cases subgraph is unreachable, and changes nothing', async () => {
    calendar.use(hallCalendarSource(unreachable));
    const visit = visits[1]!;
    const result = await submitFailing(visit);
    expect(codeOf(result)).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0]?.extensions?.service).toBe('cases');
    expect(await read(visit)).toEqual({ status: 'DRAFT', rectification: null });
    withOverrides({});
    expect(dataOf(await subgraph.execute<{ submitInspection: { rectification: Order } }>(SUBMIT, { id: visit.id }, await supervisorToken(visit.supervisor!.id))).submitInspection.rectification).toMatchObject({ dueOn: '2026-12-04' });
  });

  it('refuses a reopening with SERVICE_UNAVAILABLE when the cases subgraph is unreachable, and changes nothing', async () => {
    const visit = visits[1]!;
    const order = (await read(visit)).rectification!;
    dataOf(await subgraph.execute(RESPOND, { id: order.id, input: { actions: '已整改' } }, await deptAdminToken(visit.department!.id)));
    calendar.use(hallCalendarSource(unreachable));
    const refused = await subgraph.execute(REOPEN, { id: order.id, reason: '再查' }, manager);
    expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    expect((await read(visit)).rectification).toEqual({ id: order.id, status: 'RESPONDED', dueOn: '2026-12-04' });
    withOverrides({});
  });
});

describe('inspection plans on the hall calendar', () => {
  const CREATE = `mutation ($input: InspectionPlanInput!) { createInspectionPlan(input: $input) { id inputs reproducible inspections { plannedFor } } }`;

  it('plans only on the days the hall works, records the overrides and still reproduces after they change', async () => {
    withOverrides({ '2027-01-05': 'OFF', '2027-01-06': 'OFF', '2027-01-07': 'OFF', '2027-01-08': 'OFF' });
    const windows = hall.windows
      .filter((window) => window.category !== 'SELF_SERVICE')
      .slice(0, 2)
      .map((window) => ({ windowId: window.id, departmentIds: window.departmentIds }));
    const input = { name: '2027年1月第一周', period: { from: '2027-01-04', to: '2027-01-08' }, windows, seed: 'one-clock' };
    const plan = dataOf(
      await subgraph.execute<{ createInspectionPlan: { id: string; inputs: string; reproducible: boolean; inspections: Array<{ plannedFor: string }> } }>(CREATE, { input }, manager),
    ).createInspectionPlan;
    expect(plan.inspections.map((visit) => visit.plannedFor)).toEqual(['2027-01-04', '2027-01-04']);
    expect(JSON.parse(plan.inputs)).toMatchObject({ calendarOverrides: { '2027-01-05': 'OFF', '2027-01-06': 'OFF', '2027-01-07': 'OFF', '2027-01-08': 'OFF' } });
    withOverrides({});
    const again = dataOf(await subgraph.execute<{ inspectionPlan: { reproducible: boolean } }>(`query ($id: ID!) { inspectionPlan(id: $id) { reproducible } }`, { id: plan.id }, manager));
    expect(again.inspectionPlan.reproducible).toBe(true);
  });

  it('refuses a plan with SERVICE_UNAVAILABLE when the cases subgraph is unreachable, and stores none', async () => {
    calendar.use(hallCalendarSource(unreachable));
    const before = dataOf(await subgraph.execute<{ inspectionPlans: unknown[] }>(`{ inspectionPlans { id } }`, {}, manager)).inspectionPlans.length;
    const windows = [{ windowId: visits[2]!.window!.id, departmentIds: [visits[2]!.department!.id] }];
    const refused = await subgraph.execute(CREATE, { input: { name: '不可达', period: { from: '2027-02-01', to: '2027-02-05' }, windows } }, manager);
    expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    expect(dataOf(await subgraph.execute<{ inspectionPlans: unknown[] }>(`{ inspectionPlans { id } }`, {}, manager)).inspectionPlans).toHaveLength(before);
    withOverrides({});
  });
});
