import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokens, type CasesHarness } from './test-helpers';

type Warning = 'NONE' | 'PRE' | 'YELLOW' | 'RED';
interface Node {
  id: string;
  number: string;
  status: string;
  warning: Warning;
  department: { id: string };
}
interface Page {
  cases: { nodes: Node[]; endCursor: string | null; hasNextPage: boolean };
}

const LIST = `query ($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) { nodes { id number status warning department { id } } endCursor hasNextPage }
}`;

let harness: CasesHarness;
let manager: string;
let all: Node[];

async function everyPage(filter: Record<string, unknown>, first = 7): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const result: { data?: Page | null; errors?: unknown } = await harness.subgraph.execute<Page>(LIST, { filter, first, after }, manager);
    expect(result.errors).toBeUndefined();
    const page: Page['cases'] | undefined = result.data?.cases;
    if (!page) throw new Error('no page');
    nodes.push(...page.nodes);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return nodes;
}

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  all = await everyPage({}, 100);
});
afterAll(async () => harness?.close());

describe('the case list’s filters', () => {
  it('filters by the warning the case carries now, exactly as the warning field reads it, page after page', async () => {
    const seen = new Set<Warning>();
    // Now and a fortnight later (when the overdue cases have passed their supervision deadline too).
    for (const at of [DEMO_NOW, new Date(DEMO_NOW.getTime() + 14 * 86_400_000)]) {
      harness.setNow(at);
      const everything = await everyPage({}, 100);
      for (const warning of ['NONE', 'PRE', 'YELLOW', 'RED'] as const) {
        const filtered = await everyPage({ warning });
        expect(filtered.map((node) => node.number)).toEqual(
          everything.filter((node) => node.warning === warning).map((node) => node.number),
        );
        if (filtered.length > 0) seen.add(warning);
      }
    }
    harness.setNow(DEMO_NOW);
    // Every rung of the ladder had members, so no comparison was between empty lists.
    expect([...seen].sort()).toEqual(['NONE', 'PRE', 'RED', 'YELLOW']);
  });

  it('combines department, status and warning filters', async () => {
    const sample = all.find((node) => node.warning !== 'NONE');
    if (!sample) throw new Error('no warned case');
    const filter = { departmentId: sample.department.id, status: sample.status, warning: sample.warning };
    const expected = all.filter(
      (node) => node.department.id === filter.departmentId && node.status === filter.status && node.warning === filter.warning,
    );
    expect((await everyPage(filter, 2)).map((node) => node.id)).toEqual(expected.map((node) => node.id));
  });

  it('moves with the clock: a case pre-warned now is yellow after its deadline', async () => {
    const pre = await everyPage({ warning: 'PRE' });
    expect(pre.length).toBeGreaterThan(0);
    harness.setNow(new Date(DEMO_NOW.getTime() + 60 * 86_400_000));
    try {
      const later = new Set((await everyPage({ warning: 'PRE' })).map((node) => node.id));
      for (const node of pre) expect(later.has(node.id)).toBe(false);
    } finally {
      harness.setNow(DEMO_NOW);
    }
  });

  it('refuses an unknown warning level with BAD_USER_INPUT', async () => {
    const result = await harness.subgraph.execute(LIST, { filter: { warning: 'ORANGE' }, first: 5 }, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('walks an index in keyset order for every filter, never sorting the table (EXPLAIN)', async () => {
    const { pool } = harness.subgraph.runtime.database;
    // A planner that may choose freely among indexes on a small table needs a nudge to show which it could use.
    const client = await pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      for (const where of [
        '',
        `WHERE department_id = '00000000-0000-0000-0000-000000000000'`,
        `WHERE status = 'SUSPENDED'`,
        `WHERE department_id = '00000000-0000-0000-0000-000000000000' AND status = 'ACCEPTED'`,
        `WHERE status IN ('ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED', 'APPROVED', 'DENIED') AND accepted_at IS NOT NULL AND paused_since IS NULL AND due_at IS NOT NULL AND supervision_due_at < now()`,
      ]) {
        const plan = (
          await client.query(
            `EXPLAIN SELECT * FROM cases.cases ${where} ORDER BY submitted_at DESC NULLS LAST, id DESC NULLS LAST LIMIT 21`,
          )
        ).rows
          .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
          .join('\n');
        expect(plan, where).toMatch(/Index Scan/);
        expect(plan, where).not.toMatch(/Sort/);
      }
    } finally {
      client.release();
    }
  });
});
