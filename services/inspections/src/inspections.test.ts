import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  dataOf,
  deptAdminToken,
  demoPlans,
  hall,
  managerToken,
  openSubgraph,
  staffToken,
  supervisorToken,
  type PlanSummary,
  type Subgraph,
  type Visit,
} from './test-helpers';

let subgraph: Subgraph;
let manager: string;
let planned: Visit;
let submitted: Visit;
let currentPlan: PlanSummary;
let newcomerId: string;

beforeAll(async () => {
  subgraph = await openSubgraph();
  manager = await managerToken();
  const plans = await demoPlans(subgraph, manager);
  currentPlan = plans.current;
  planned = currentPlan.inspections[0] as Visit;
  const other = plans.past.inspections.find((visit) => visit.department?.id !== planned.department?.id && visit.supervisor?.id !== planned.supervisor?.id);
  if (!other) throw new Error('need a submitted visit of another department and supervisor');
  submitted = other;
  const created = await subgraph.execute<{ createSupervisor: { id: string } }>(
    `mutation { createSupervisor(input: { name: "韩晓峰", affiliation: "市民代表", phone: "13700001111", tiedDepartmentIds: [] }) { id } }`,
    {},
    manager,
  );
  newcomerId = dataOf(created).createSupervisor.id;
});
afterAll(() => subgraph?.close());

const MATRIX = `query ($planned: ID!, $submitted: ID!, $plan: ID!, $refs: [_Any!]!) {
  planned: inspection(id: $planned) { id }
  submitted: inspection(id: $submitted) { id supervisor { id } }
  plan: inspectionPlan(id: $plan) { id }
  _entities(representations: $refs) { ... on Inspection { id } ... on InspectionPlan { id } }
}`;

type MatrixData = {
  planned: { id: string } | null;
  submitted: { id: string; supervisor: { id: string } | null } | null;
  plan: { id: string } | null;
  _entities: Array<{ id: string } | null>;
};

describe('confidentiality matrix (queries and _entities)', () => {
  const roles: Array<[string, () => Promise<string | undefined>, { planned: boolean; submitted: boolean; plan: boolean; seesWho: boolean }]> = [
    ['public', async () => undefined, { planned: false, submitted: false, plan: false, seesWho: false }],
    ['staff of the inspected department', () => staffToken(submitted.department!.id), { planned: false, submitted: true, plan: false, seesWho: false }],
    ['staff of the planned department', () => staffToken(planned.department!.id), { planned: false, submitted: false, plan: false, seesWho: false }],
    ['dept_admin of the inspected department', () => deptAdminToken(submitted.department!.id), { planned: false, submitted: true, plan: false, seesWho: false }],
    ['dept_admin of the planned department', () => deptAdminToken(planned.department!.id), { planned: false, submitted: false, plan: false, seesWho: false }],
    ['the assigned supervisor', () => supervisorToken(planned.supervisor!.id), { planned: true, submitted: false, plan: true, seesWho: false }],
    ['the supervisor who made the submitted visit', () => supervisorToken(submitted.supervisor!.id), { planned: false, submitted: true, plan: false, seesWho: true }],
    ['another supervisor', () => supervisorToken(newcomerId), { planned: false, submitted: false, plan: false, seesWho: false }],
    ['the manager', () => managerToken(), { planned: true, submitted: true, plan: true, seesWho: true }],
  ];

  it.each(roles)('%s', async (_role, token, expected) => {
    const refs = [
      { __typename: 'Inspection', id: planned.id },
      { __typename: 'Inspection', id: submitted.id },
      { __typename: 'InspectionPlan', id: currentPlan.id },
    ];
    const data = dataOf(await subgraph.execute<MatrixData>(MATRIX, { planned: planned.id, submitted: submitted.id, plan: currentPlan.id, refs }, await token()));
    // the supervisor of the submitted visit may also be assigned in the current plan
    const planVisible = expected.plan || (_role.startsWith('the supervisor who') && currentPlan.inspections.some((v) => v.supervisor?.id === submitted.supervisor?.id));
    expect(!!data.planned).toBe(expected.planned);
    expect(!!data.submitted).toBe(expected.submitted);
    expect(!!data.submitted?.supervisor).toBe(expected.seesWho);
    expect(!!data.plan).toBe(planVisible);
    expect(data._entities.map((entity) => !!entity)).toEqual([expected.planned, expected.submitted, planVisible]);
  });

  it('shows an assigned supervisor only their own visits of a plan, without seed or windows', async () => {
    const token = await supervisorToken(planned.supervisor!.id);
    const result = await subgraph.execute<{ inspectionPlan: { seed: string | null; windows: unknown; inspections: Visit[] } }>(
      `query ($id: ID!) { inspectionPlan(id: $id) { seed windows { id } inspections { id supervisor { id } } } }`,
      { id: currentPlan.id },
      token,
    );
    const plan = dataOf(result).inspectionPlan;
    expect(plan.seed).toBeNull();
    expect(plan.windows).toBeNull();
    expect(plan.inspections.length).toBeGreaterThan(0);
    expect(plan.inspections.every((visit) => visit.supervisor?.id === planned.supervisor?.id)).toBe(true);
    expect(plan.inspections.length).toBeLessThan(currentPlan.inspections.length);
  });

  it('lists for a department only its own submitted inspections, never who made them', async () => {
    const token = await deptAdminToken(submitted.department!.id);
    const result = await subgraph.execute<{ inspections: Array<Visit & { plan: unknown }> }>(`{ inspections { id status plan { id } supervisor { id } department { id } } }`, {}, token);
    const rows = dataOf(result).inspections;
    expect(rows.some((row) => row.id === submitted.id)).toBe(true);
    expect(rows.every((row) => row.status === 'SUBMITTED' && row.department?.id === submitted.department?.id && !row.supervisor && !row.plan)).toBe(true);
  });

  it('refuses the public the lists', async () => {
    expect(codeOf(await subgraph.execute(`{ inspections { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`{ inspectionPlans { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`{ rectifications { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`{ supervisors { id } }`, {}, await deptAdminToken(planned.department!.id)))).toBe('FORBIDDEN');
  });

  it('shows a supervisor’s phone only to the manager and the supervisor themself', async () => {
    const id = hall.supervisors[0]!.id;
    const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Supervisor { id phone } } }`;
    const r = [{ __typename: 'Supervisor', id }];
    expect(dataOf(await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, manager))._entities).toEqual([{ id, phone: hall.supervisors[0]!.phone }]);
    expect(dataOf(await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, await supervisorToken(id)))._entities).toEqual([{ id, phone: hall.supervisors[0]!.phone }]);
    expect(dataOf(await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, await supervisorToken(newcomerId)))._entities).toEqual([null]);
    expect(dataOf(await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, await deptAdminToken(planned.department!.id)))._entities).toEqual([null]);
  });

  it('shows the legacy demo inspections too: the manager sees every one', async () => {
    const result = await subgraph.execute<{ inspections: Visit[] }>(`{ inspections { id } }`, {}, manager);
    const planVisits = (await demoPlans(subgraph, manager)).past.inspections.length + currentPlan.inspections.length;
    expect(dataOf(result).inspections).toHaveLength(hall.inspections.length + planVisits);
  });
});

describe('federation', () => {
  it('adds inspections to a batch of Window references with one SQL statement', async () => {
    const windowIds = [...new Set(hall.inspections.map((inspection) => inspection.windowId))];
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ inspections: Array<{ id: string }> }> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Window { inspections { id } } } }`,
        { r: windowIds.map((id) => ({ __typename: 'Window', id })) },
        manager,
      ),
    );
    expect(dataOf(result)._entities.every((entity) => entity.inspections.length >= 1)).toBe(true);
    expect(statements).toBe(1);
  });

  it('resolves a batch of Inspection references with their findings and items in one statement per list field', async () => {
    const { past } = await demoPlans(subgraph, manager);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ findings: unknown[]; items: unknown[] }> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Inspection { id findings { id counts item { text serious } } items { itemKey item { points } } } } }`,
        { r: past.inspections.map((visit) => ({ __typename: 'Inspection', id: visit.id })) },
        manager,
      ),
    );
    const rows = dataOf(result)._entities as Array<{ findings: Array<{ item: { text: string } | null }>; items: Array<{ item: { points: number } | null }> }>;
    expect(rows).toHaveLength(past.inspections.length);
    expect(rows.every((row) => row.items.length > 0 && row.items.every((answer) => answer.item) && row.findings.every((finding) => finding.item))).toBe(true);
    // inspections, findings, item results, amendments, and checklist sections twice: once for the findings' items,
    // once in the later execution wave of the answers' items (for inspections without findings) — never one per inspection
    expect(statements).toBe(6);
  });
});
