// `_entities` with a malformed id (issue 13): null for that entry, the rest of the batch resolved, never an internal error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, hall, managerToken, type DutyHarness } from './test-helpers';

let h: DutyHarness;

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: new Date('2026-11-20T02:00:00Z') });
});
afterAll(() => h?.close());

const MALFORMED = [{ id: 'not-a-uuid' }, { id: 5 }, {}, { id: null }, { id: "' OR 1=1 --" }];

describe('_entities with malformed ids', () => {
  it('answers null for each malformed Staff, Window and Department and resolves the well-formed ones', async () => {
    const staff = hall.staff[0];
    const window = hall.windows[0];
    const department = hall.departments[0];
    const representations = [
      ...MALFORMED.map((id) => ({ __typename: 'Staff', ...id })),
      { __typename: 'Staff', id: staff?.id },
      ...MALFORMED.map((id) => ({ __typename: 'Window', ...id })),
      { __typename: 'Window', id: window?.id },
      ...MALFORMED.map((id) => ({ __typename: 'Department', ...id })),
      { __typename: 'Department', id: department?.id },
    ];
    const result = await h.subgraph.execute<{ _entities: Array<{ id?: string; staff?: unknown[]; windows?: unknown[] } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Staff { id name } ... on Window { id number } ... on Department { staff { id } windows { id } } } }`,
      { r: representations },
      await managerToken(),
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data?._entities ?? [];
    const nulls = MALFORMED.map(() => null);
    expect(entries.slice(0, 6).map((entry) => entry?.id ?? null)).toEqual([...nulls, staff?.id]);
    expect(entries.slice(6, 12).map((entry) => entry?.id ?? null)).toEqual([...nulls, window?.id]);
    expect(entries.slice(12, 17)).toEqual(nulls);
    expect(entries[17]?.staff?.length).toBeGreaterThan(0);
  });
});
