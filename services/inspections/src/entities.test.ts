// `_entities` with a malformed id (issue 13): null for that entry, the rest of the batch resolved, never an internal error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hall, managerToken, openSubgraph, type Subgraph } from './test-helpers';

let subgraph: Subgraph;

beforeAll(async () => {
  subgraph = await openSubgraph();
});
afterAll(() => subgraph?.close());

const MALFORMED = [{ id: 'not-a-uuid' }, { id: 5 }, {}, { id: "' OR 1=1 --" }];
const TYPES = ['Inspection', 'Supervisor', 'ChecklistTemplate', 'InspectionPlan', 'Rectification', 'Window', 'Department'];

describe('_entities with malformed ids', () => {
  it('answers null for each malformed entity of every type and resolves the well-formed ones of the same batch', async () => {
    const inspection = hall.inspections[0];
    const supervisor = hall.supervisors[0];
    const window = hall.windows[0];
    const representations = [
      ...TYPES.flatMap((typename) => MALFORMED.map((id) => ({ __typename: typename, ...id }))),
      { __typename: 'Inspection', id: inspection?.id },
      { __typename: 'Supervisor', id: supervisor?.id },
      { __typename: 'Window', id: window?.id },
    ];
    const result = await subgraph.execute<{ _entities: Array<Record<string, unknown> | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Inspection { id status } ... on Supervisor { id name } ... on ChecklistTemplate { id }
        ... on InspectionPlan { id } ... on Rectification { id dueOn } ... on Window { inspections { id } }
        ... on Department { rectifications { id } } } }`,
      { r: representations },
      await managerToken(),
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data?._entities ?? [];
    const malformed = TYPES.length * MALFORMED.length;
    expect(entries.slice(0, malformed)).toEqual(Array.from({ length: malformed }, () => null));
    expect(entries[malformed]?.id).toBe(inspection?.id);
    expect(entries[malformed + 1]?.id).toBe(supervisor?.id);
    expect(Array.isArray(entries[malformed + 2]?.inspections)).toBe(true);
  });
});
