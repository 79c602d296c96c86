import { demoHall, demoReferenceFromEnv } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from '../context';
import { trailColumns } from '../domain/case-columns';
import { clockRules } from '../domain/deadlines';
import { settingsFromEnv } from '../settings';
import { createCasesSubgraph } from '../subgraph';
import type { CasesTables } from './schema';
import { seedDemo, snapshotOf } from './seed';

const hall = demoHall(demoReferenceFromEnv());
const settings = settingsFromEnv({});
let subgraph: TestSubgraph<CasesTables, CasesContext>;

beforeAll(async () => {
  subgraph = await createTestSubgraph(createCasesSubgraph({ matters: { matter: async () => null }, settings }), { seedDemo: false });
});
afterAll(() => subgraph?.close());

async function counts(): Promise<Record<string, number>> {
  const tables = [
    'cases',
    'case_events',
    'case_visits',
    'evaluations',
    'evaluation_actions',
    'complaints',
    'escalations',
    'number_counters',
  ];
  const { rows } = await subgraph.runtime.database.pool.query<Record<string, number>>(
    `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM cases.${table}) AS ${table}`).join(', ')}`,
  );
  return rows[0] ?? {};
}

describe('the demo seed (through the bulk imports)', () => {
  it('writes the demo hall once, even when two starts seed at the same time, and a later start changes nothing', async () => {
    await Promise.all([seedDemo(subgraph.runtime.database, settings), seedDemo(subgraph.runtime.database, settings)]);
    const seeded = await counts();
    expect(seeded).toMatchObject({
      cases: hall.cases.length,
      case_events: hall.cases.reduce((sum, kase) => sum + kase.events.length, 0),
      evaluations: hall.evaluations.length,
      evaluation_actions: hall.evaluations.reduce((sum, e) => sum + (e.rectification ? 1 + e.rectification.steps.length : 0), 0),
      complaints: hall.complaints.length,
      escalations: hall.escalations.length,
    });
    await seedDemo(subgraph.runtime.database, settings);
    expect(await counts()).toEqual(seeded);
  });

  it('keeps the demo’s ids and derives every case’s columns as the import’s trail rule does', async () => {
    const { rows } = await subgraph.runtime.database.pool.query<{
      id: string;
      due_at: Date | null;
      status: string;
      version: number;
      department_id: string;
    }>(`SELECT id, due_at, status, version, department_id FROM cases.cases`);
    const stored = new Map(rows.map((row) => [row.id, row]));
    const rules = clockRules(new WorkingCalendar(), settings);
    for (const kase of hall.cases) {
      const matter = hall.matters.find((m) => m.id === kase.matterId);
      if (!matter) throw new Error('a demo case without a matter');
      const { columns } = trailColumns(kase.events, snapshotOf(matter), rules);
      expect(stored.get(kase.id), kase.number).toMatchObject({
        status: kase.status,
        version: kase.events.length,
        due_at: columns.dueAt,
        department_id: kase.departmentId,
      });
    }
    const { rows: events } = await subgraph.runtime.database.pool.query(`SELECT DISTINCT data FROM cases.case_events`);
    expect(events).toEqual([{ data: {} }]);
  });
});
