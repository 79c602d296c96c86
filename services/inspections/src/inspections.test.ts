import { demoHall } from '@hall/db/demo';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionsContext } from './context';
import type { InspectionsTables } from './db/schema';
import { inspectionsSubgraph } from './subgraph';

const hall = demoHall();
const submitted = hall.inspections.find((inspection) => inspection.status === 'SUBMITTED');
const planned = hall.inspections.find((inspection) => inspection.status !== 'SUBMITTED');
if (!submitted || !planned) throw new Error('demo hall needs submitted and planned inspections');

let subgraph: TestSubgraph<InspectionsTables, InspectionsContext>;
const tokens: Record<string, string | undefined> = {};

beforeAll(async () => {
  subgraph = await createTestSubgraph(inspectionsSubgraph, { seedDemo: true });
  tokens.manager = await tokenFor({ sub: 'manager', role: 'manager' });
  tokens.supervisor = await tokenFor({ sub: 'sv', role: 'supervisor', supervisorId: planned.supervisorId });
  tokens.plannedDepartment = await tokenFor({ sub: 'da', role: 'dept_admin', dept: planned.departmentId });
  tokens.submittedDepartment = await tokenFor({
    sub: 'st',
    role: 'staff',
    dept: submitted.departmentId,
    staffId: hall.staff.find((member) => member.departmentId === submitted.departmentId)?.id ?? hall.staff[0]?.id,
  });
});
afterAll(() => subgraph?.close());

type Listed = { inspections: Array<{ id: string; status: string; supervisor: { id: string } | null; department: { id: string } }> };
const LIST = `{ inspections { id status supervisor { id } department { id } } }`;

describe('confidentiality', () => {
  it('shows the manager every inspection, with its supervisor', async () => {
    const result = await subgraph.execute<Listed>(LIST, {}, tokens.manager);
    expect(result.data?.inspections).toHaveLength(hall.inspections.length);
    expect(result.data?.inspections.every((inspection) => inspection.supervisor)).toBe(true);
  });

  it('shows a supervisor only their own assignments', async () => {
    const result = await subgraph.execute<Listed>(LIST, {}, tokens.supervisor);
    const own = hall.inspections.filter((inspection) => inspection.supervisorId === planned.supervisorId);
    expect(result.data?.inspections.map((inspection) => inspection.id).sort()).toEqual(own.map((inspection) => inspection.id).sort());
  });

  it('never shows a department a planned or draft inspection, nor who made a visit', async () => {
    const plannedDept = await subgraph.execute<Listed>(LIST, {}, tokens.plannedDepartment);
    expect(plannedDept.data?.inspections.some((inspection) => inspection.id === planned.id)).toBe(false);
    expect(plannedDept.data?.inspections.every((inspection) => inspection.status === 'SUBMITTED')).toBe(true);

    const submittedDept = await subgraph.execute<Listed>(LIST, {}, tokens.submittedDepartment);
    const mine = submittedDept.data?.inspections.find((inspection) => inspection.id === submitted.id);
    expect(mine).toBeDefined();
    expect(mine?.supervisor).toBeNull();
    expect(submittedDept.data?.inspections.every((inspection) => inspection.department.id === submitted.departmentId)).toBe(true);
  });

  it('refuses the public', async () => {
    const result = await subgraph.execute(LIST);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a planned inspection to nobody but the manager and its supervisor through entity references', async () => {
    const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Inspection { id } } }`;
    const r = [{ __typename: 'Inspection', id: planned.id }];
    expect((await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, tokens.plannedDepartment)).data?._entities).toEqual([null]);
    expect((await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r })).data?._entities).toEqual([null]);
    expect((await subgraph.execute<{ _entities: unknown[] }>(QUERY, { r }, tokens.supervisor)).data?._entities).toEqual([{ id: planned.id }]);
  });
});

describe('federation', () => {
  it('adds inspections to a batch of Window references with one SQL statement', async () => {
    const windowIds = [...new Set(hall.inspections.map((inspection) => inspection.windowId))];
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ inspections: Array<{ id: string }> }> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Window { inspections { id } } } }`,
        { r: windowIds.map((id) => ({ __typename: 'Window', id })) },
        tokens.manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.inspections.length)).toEqual(
      windowIds.map((id) => hall.inspections.filter((inspection) => inspection.windowId === id).length),
    );
    expect(statements).toBe(1);
  });
});
