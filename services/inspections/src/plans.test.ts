import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '@hall/service-kit';
import { assignVisits, calendarOfPlan, type PlanInputs } from './domain/planner';
import { clock, codeOf, dataOf, deptAdminToken, hall, managerToken, openSubgraph, supervisorToken, type Subgraph } from './test-helpers';

let subgraph: Subgraph;
let manager: string;

beforeAll(async () => {
  clock.now = new Date('2026-11-20T09:30:00Z');
  subgraph = await openSubgraph();
  manager = await managerToken();
});
afterAll(() => subgraph?.close());

const CREATE = `mutation ($input: InspectionPlanInput!) { createInspectionPlan(input: $input) {
  id seed inputs reproducible template { version }
  inspections { id status plannedFor window { id } department { id } supervisor { id } } } }`;
type Created = {
  id: string;
  seed: string;
  inputs: string;
  reproducible: boolean;
  template: { version: number };
  inspections: Array<{ id: string; status: string; plannedFor: string; window: { id: string }; department: { id: string }; supervisor: { id: string } }>;
};

const windowsInput = (count: number) =>
  hall.windows
    .filter((window) => window.category !== 'SELF_SERVICE')
    .slice(0, count)
    .map((window) => ({ windowId: window.id, departmentIds: window.departmentIds }));

async function planCount(): Promise<number> {
  return dataOf(await subgraph.execute<{ inspectionPlans: unknown[] }>(`{ inspectionPlans { id } }`, {}, manager)).inspectionPlans.length;
}

describe('createInspectionPlan', () => {
  it('assigns every window under the constraints and records seed and inputs so the plan reproduces', async () => {
    const windows = windowsInput(8);
    const input = { name: '2027年1月明察暗访计划', period: { from: '2027-01-04', to: '2027-01-29' }, windows, visits: 9, seed: 'audit-2027-01' };
    const plan = dataOf(await subgraph.execute<{ createInspectionPlan: Created }>(CREATE, { input }, manager)).createInspectionPlan;
    expect(plan.seed).toBe('audit-2027-01');
    expect(plan.reproducible).toBe(true);
    expect(plan.inspections).toHaveLength(9);
    expect(new Set(plan.inspections.map((visit) => visit.window.id))).toEqual(new Set(windows.map((window) => window.windowId)));
    for (const visit of plan.inspections) {
      expect(visit.status).toBe('PLANNED');
      expect(new WorkingCalendar().isWorkingDay(visit.plannedFor)).toBe(true);
      const supervisor = hall.supervisors.find((s) => s.id === visit.supervisor.id)!;
      const served = windows.find((window) => window.windowId === visit.window.id)!.departmentIds;
      expect(served.some((id) => supervisor.tiedDepartmentIds.includes(id))).toBe(false);
      expect(supervisor.termStart <= visit.plannedFor && visit.plannedFor <= supervisor.termEnd).toBe(true);
    }
    const load = hall.supervisors.map((s) => plan.inspections.filter((visit) => visit.supervisor.id === s.id).length);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);

    const inputs = JSON.parse(plan.inputs) as PlanInputs;
    const again = assignVisits(plan.seed, inputs, calendarOfPlan(inputs));
    expect(again.ok && again.visits.map((v) => `${v.day}|${v.windowId}|${v.supervisorId}`).sort()).toEqual(
      plan.inspections.map((v) => `${v.plannedFor}|${v.window.id}|${v.supervisor.id}`).sort(),
    );
  });

  it('considers earlier plans: no supervisor sees the same window again within 90 days', async () => {
    const windows = windowsInput(8);
    const first = dataOf(await subgraph.execute<{ createInspectionPlan: Created }>(CREATE, { input: { name: '2027年2月计划', period: { from: '2027-02-01', to: '2027-02-26' }, windows, seed: 'feb' } }, manager)).createInspectionPlan;
    const inputs = JSON.parse(first.inputs) as PlanInputs;
    expect(inputs.earlierVisits.length).toBeGreaterThan(0);
    const all = dataOf(await subgraph.execute<{ inspections: Array<{ plannedFor: string; window: { id: string }; supervisor: { id: string } }> }>(`{ inspections { plannedFor window { id } supervisor { id } } }`, {}, manager)).inspections;
    for (const visit of first.inspections) {
      const close = all.filter(
        (other) =>
          other.window.id === visit.window.id &&
          other.supervisor.id === visit.supervisor.id &&
          other.plannedFor !== visit.plannedFor &&
          Math.abs(Date.parse(other.plannedFor) - Date.parse(visit.plannedFor)) < 90 * 86_400_000,
      );
      expect(close).toEqual([]);
    }
  });

  it('keeps a plan from everyone but the manager and its supervisors', async () => {
    const { id, inspections } = dataOf(
      await subgraph.execute<{ createInspectionPlan: Created }>(CREATE, { input: { name: '2027年3月计划', period: { from: '2027-03-01', to: '2027-03-26' }, windows: windowsInput(3), seed: 'mar' } }, manager),
    ).createInspectionPlan;
    const QUERY = `query ($id: ID!) { inspectionPlan(id: $id) { id } }`;
    const assigned = inspections[0]!.supervisor.id;
    expect(dataOf(await subgraph.execute<{ inspectionPlan: unknown }>(QUERY, { id }, await supervisorToken(assigned))).inspectionPlan).toEqual({ id });
    expect(dataOf(await subgraph.execute<{ inspectionPlan: unknown }>(QUERY, { id }, await deptAdminToken(inspections[0]!.department.id))).inspectionPlan).toBeNull();
    expect(dataOf(await subgraph.execute<{ inspectionPlan: unknown }>(QUERY, { id })).inspectionPlan).toBeNull();
  });

  it('refuses bad input and other roles, and changes nothing', async () => {
    const before = await planCount();
    const input = { name: '计划', period: { from: '2027-04-01', to: '2027-04-30' }, windows: windowsInput(3) };
    expect(codeOf(await subgraph.execute(CREATE, { input }, await supervisorToken(hall.supervisors[0]!.id)))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(CREATE, { input: { ...input, period: { from: '2027-04-30', to: '2027-04-01' } } }, manager))).toBe('BAD_USER_INPUT');
    expect(codeOf(await subgraph.execute(CREATE, { input: { ...input, visits: 2 } }, manager))).toBe('BAD_USER_INPUT');
    expect(codeOf(await subgraph.execute(CREATE, { input: { ...input, windows: [{ windowId: 'nope', departmentIds: [] }] } }, manager))).toBe('BAD_USER_INPUT');
    expect(await planCount()).toBe(before);
  });

  it('refuses an impossible plan naming the window and the constraint: every supervisor tied to its only department', async () => {
    const window = hall.windows.find((w) => w.departmentIds.length === 1 && w.category !== 'SELF_SERVICE')!;
    const department = window.departmentIds[0]!;
    for (const supervisor of hall.supervisors) {
      const UPDATE = `mutation ($id: ID!, $input: SupervisorInput!) { updateSupervisor(id: $id, input: $input) { id } }`;
      const input = { name: supervisor.name, affiliation: supervisor.affiliation, phone: supervisor.phone, termStart: supervisor.termStart, termEnd: supervisor.termEnd, tiedDepartmentIds: [...supervisor.tiedDepartmentIds, department] };
      dataOf(await subgraph.execute(UPDATE, { id: supervisor.id, input }, manager));
    }
    const before = await planCount();
    const result = await subgraph.execute(CREATE, { input: { name: '不可能的计划', period: { from: '2027-05-03', to: '2027-05-28' }, windows: [{ windowId: window.id, departmentIds: [department] }] } }, manager);
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain(window.id);
    expect(result.errors?.[0]?.message).toContain('tied');
    expect(await planCount()).toBe(before);
  });
});

describe('supervisors and checklist versions', () => {
  it('gives a new supervisor a two-year term by default and validates the phone', async () => {
    const CREATE_SUPERVISOR = `mutation ($input: SupervisorInput!) { createSupervisor(input: $input) { name termStart termEnd active phone } }`;
    const input = { name: '钱文静', affiliation: '律师代表（临江正言律师事务所）', phone: '13812345678', tiedDepartmentIds: [] };
    expect(dataOf(await subgraph.execute<{ createSupervisor: unknown }>(CREATE_SUPERVISOR, { input }, manager)).createSupervisor).toEqual({
      name: '钱文静',
      termStart: '2026-11-20',
      termEnd: '2028-11-19',
      active: true,
      phone: '13812345678',
    });
    expect(codeOf(await subgraph.execute(CREATE_SUPERVISOR, { input: { ...input, phone: '12345' } }, manager))).toBe('BAD_USER_INPUT');
    expect(codeOf(await subgraph.execute(CREATE_SUPERVISOR, { input }, await deptAdminToken(hall.departments[0]!.id)))).toBe('FORBIDDEN');
  });

  it('versions the checklist: a new version leaves inspections recorded under the old one alone', async () => {
    const CREATE_TEMPLATE = `mutation ($input: ChecklistTemplateInput!) { createChecklistTemplate(input: $input) { version } }`;
    const section = { key: 'ATT', norm: 'ATTITUDE', title: '服务态度', weight: 100, items: [{ key: 'ATT-1', text: '是否主动问候、使用文明用语', points: 5, deductionRule: '未问候扣除本项分值', allowNotApplicable: false, serious: false }] };
    expect(codeOf(await subgraph.execute(CREATE_TEMPLATE, { input: { name: '重复', sections: [section, section] } }, manager))).toBe('BAD_USER_INPUT');
    expect(dataOf(await subgraph.execute<{ createChecklistTemplate: unknown }>(CREATE_TEMPLATE, { input: { name: '简版', sections: [section] } }, manager)).createChecklistTemplate).toEqual({ version: 2 });
    const old = dataOf(await subgraph.execute<{ inspections: Array<{ template: { version: number } | null }> }>(`{ inspections(status: SUBMITTED) { template { version } } }`, {}, manager)).inspections;
    expect(old.filter((row) => row.template).every((row) => row.template?.version === 1)).toBe(true);
  });
});

describe('inactive supervisors', () => {
  it('are never assigned', async () => {
    const SET = `mutation ($id: ID!, $active: Boolean!) { setSupervisorActive(id: $id, active: $active) { active } }`;
    const first = hall.supervisors[0];
    const everyone = dataOf(await subgraph.execute<{ supervisors: Array<{ id: string }> }>(`{ supervisors { id } }`, {}, manager)).supervisors;
    for (const supervisor of everyone.filter((s) => s.id !== first!.id)) dataOf(await subgraph.execute(SET, { id: supervisor.id, active: false }, manager));
    const window = hall.windows.find((w) => w.category !== 'SELF_SERVICE' && !w.departmentIds.some((id) => first!.tiedDepartmentIds.includes(id)))!;
    // the previous test tied every demo supervisor to one department: take a window that serves another one
    const input = { name: '仅一名在任监督员', period: { from: '2027-06-01', to: '2027-06-30' }, windows: [{ windowId: window.id, departmentIds: ['00000000-0000-4000-8000-000000000001'] }], seed: 'solo' };
    const plan = dataOf(await subgraph.execute<{ createInspectionPlan: Created }>(CREATE, { input }, manager)).createInspectionPlan;
    expect(plan.inspections.map((visit) => visit.supervisor.id)).toEqual([first!.id]);
    expect(codeOf(await subgraph.execute(SET, { id: first!.id, active: false }, await supervisorToken(first!.id)))).toBe('FORBIDDEN');
  });
});
