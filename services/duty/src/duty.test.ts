import { demoHall } from '@hall/demo-hall';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyContext } from './context';
import type { DutyTables } from './db/schema';
import { dutySubgraph } from './subgraph';

const hall = demoHall();
let subgraph: TestSubgraph<DutyTables, DutyContext>;

beforeAll(async () => {
  subgraph = await createTestSubgraph(dutySubgraph, { seedDemo: true });
});
afterAll(() => subgraph?.close());

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Staff { id name department { id } }
  ... on Window { id number departments { id } }
  ... on Department { id staff { name } windows { number } }
} }`;

describe('duty queries', () => {
  it('lists active windows by number, and by hall zone', async () => {
    const all = await subgraph.execute<{ windows: Array<{ number: string; hallZone: string }> }>(`{ windows { number hallZone } }`);
    expect(all.errors).toBeUndefined();
    const numbers = all.data?.windows.map((window) => window.number) ?? [];
    expect(numbers).toHaveLength(hall.windows.length);
    expect(numbers).toEqual([...numbers].sort());
    const zone = hall.windows[0]?.hallZone ?? '';
    const zoned = await subgraph.execute<{ windows: Array<{ hallZone: string }> }>(`query ($z: String) { windows(hallZone: $z) { hallZone } }`, { z: zone });
    expect(zoned.data?.windows.length).toBe(hall.windows.filter((window) => window.hallZone === zone).length);
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const result = await subgraph.execute(`{ window(id: "A01") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('federation', () => {
  it('resolves a batch of Staff references with one SQL statement', async () => {
    const members = hall.staff.slice(0, 7);
    const { result, texts } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ id: string; department: { id: string } }> }>(ENTITIES, {
        r: members.map((member) => ({ __typename: 'Staff', id: member.id })),
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.department.id)).toEqual(members.map((member) => member.departmentId));
    // The staff rows of the whole batch in one statement (anything else the pool sent meanwhile, such as the rate
    // limiter's periodic clean-up, is not this request's).
    expect(texts.filter((text) => text.includes('"staff"')), texts.join('\n')).toHaveLength(1);
  });

  it('resolves a batch of Window references with their departments in one statement each', async () => {
    const sample = hall.windows.slice(0, 5);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ departments: Array<{ id: string }> }> }>(ENTITIES, {
        r: sample.map((window) => ({ __typename: 'Window', id: window.id })),
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.departments.map((department) => department.id).sort())).toEqual(
      sample.map((window) => [...window.departmentIds].sort()),
    );
    expect(statements).toBe(2);
  });

  it('adds staff and windows to a batch of Department references with one statement each', async () => {
    const departments = hall.departments.slice(0, 6);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ staff: Array<{ name: string }>; windows: unknown[] }> }>(ENTITIES, {
        r: departments.map((department) => ({ __typename: 'Department', id: department.id })),
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.staff.length)).toEqual(
      departments.map((department) => hall.staff.filter((member) => member.departmentId === department.id).length),
    );
    expect(result.data?._entities.every((entity) => entity.windows.length > 0)).toBe(true);
    expect(statements).toBe(2);
  });
});
