import { randomUUID } from 'node:crypto';
import { BulkImportRefused, type Database } from '@hall/db';
import { DEFAULT_CHECKLIST } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { openServiceDatabase, prepareDatabase, WorkingCalendar, type DayOverride } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInspections, importPlans, importSupervisors, type BulkInspection, type BulkSupervisor } from './import';
import type { InspectionsTables } from '../db/schema';
import { itemsOf, scoreOf, type ItemOutcome } from '../domain/checklist';
import { createInspectionsSubgraph } from '../subgraph';

const subgraph = createInspectionsSubgraph({ now: () => NOW, timeZone: 'Asia/Shanghai' });
const NOW = new Date('2026-11-20T09:00:00Z');
const STATUTORY = new WorkingCalendar();
let testDatabase: TestDatabase;
let database: Database<InspectionsTables>;

const departmentA = randomUUID();
const departmentB = randomUUID();
const windowA = randomUUID();
const windowB = randomUUID();
const supervisor = (index: number, tied: string): BulkSupervisor => ({
  id: randomUUID(),
  name: `监督员${index}`,
  affiliation: '特邀监督员',
  phone: `1390000000${index}`,
  termStart: '2026-01-01',
  termEnd: '2027-12-31',
  tiedDepartmentIds: [tied],
});
const [first, second, third] = [supervisor(1, departmentB), supervisor(2, departmentB), supervisor(3, departmentA)] as const;

const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
const items = itemsOf(DEFAULT_CHECKLIST.sections);

/** Every item passes but those failed (with a comment) or not applicable. */
function answers(failed: string[] = [], notApplicable: string[] = ['BEH-2', 'FZ-1']): ItemOutcome[] {
  return items.map((item) => ({
    itemKey: item.key,
    outcome: failed.includes(item.key) ? 'FAIL' : notApplicable.includes(item.key) ? 'NOT_APPLICABLE' : 'PASS',
    comment: failed.includes(item.key) ? `${item.key}不符合要求` : null,
  }));
}

function submitted(day: string, overrides: Partial<BulkInspection> = {}): BulkInspection {
  return {
    id: randomUUID(),
    windowId: windowA,
    departmentId: departmentA,
    supervisorId: first.id,
    plannedFor: day,
    status: 'SUBMITTED',
    visitedAt: at(day, '10:00'),
    submittedAt: at(day, '11:00'),
    submittedBy: 'user-first',
    scenario: '咨询营业执照办理材料',
    results: answers(),
    ...overrides,
  };
}

const manager = { role: 'manager' as const, userId: 'manager-1' };
const deptAdmin = { role: 'dept_admin' as const, userId: 'admin-a' };

beforeAll(async () => {
  testDatabase = await createTestDatabase('inspections_bulk');
  database = openServiceDatabase(subgraph, testDatabase.url);
  await prepareDatabase(subgraph, database, { seedDemo: false });
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspections.${table} WHERE ${where}`);
  return rows[0]?.n ?? -1;
}
const TABLES = [
  'supervisors',
  'inspections',
  'item_results',
  'findings',
  'rectifications',
  'rectification_events',
  'amendments',
  'appeals',
];
async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await count(table)] as const)));
}

describe('inspections bulk import', () => {
  it('imports supervisors, refusing an invalid one without writing anything', async () => {
    await expect(importSupervisors(database, [first, { ...second, phone: '12' }])).rejects.toMatchObject({
      name: 'BulkImportRefused',
      row: 2,
    });
    expect(await count('supervisors')).toBe(0);
    expect((await importSupervisors(database, [first, second, third])).rows).toEqual({ 'inspections.supervisors': 3 });
  });

  const clean = submitted('2026-10-12');
  const minor = submitted('2026-10-13', { results: answers(['FAC-2']) });
  const verified = submitted('2026-10-14', {
    results: answers(['EFF-1']),
    rectification: {
      status: 'VERIFIED',
      response: '已组织培训',
      respondedAt: at('2026-10-20', '15:00'),
      respondedBy: deptAdmin,
      verifiedAt: at('2026-10-23', '10:00'),
      verifiedBy: { role: 'supervisor', userId: 'user-second', supervisorId: second.id },
      note: '复查合格',
    },
  });
  const overdue = submitted('2026-10-15', { results: answers(['ATT-1', 'ATT-2', 'LAN-1', 'LAN-2', 'EFF-3', 'EFF-4']) });
  const appealed = submitted('2026-11-16', {
    results: answers(['DIS-1']),
    appeals: [
      {
        itemKey: 'DIS-1',
        reason: '当时窗口人员在办理出件',
        filedAt: at('2026-11-17', '09:00'),
        decision: { status: 'OVERTURNED', note: '核实离岗有正当理由', decidedAt: at('2026-11-18', '10:00'), by: manager },
      },
    ],
  });
  const draft: BulkInspection = {
    id: randomUUID(),
    windowId: windowB,
    departmentId: departmentB,
    supervisorId: third.id,
    plannedFor: '2026-11-20',
    status: 'DRAFT',
    visitedAt: at('2026-11-20', '09:30'),
    results: answers().slice(0, 5),
  };
  const planned: BulkInspection = {
    id: randomUUID(),
    windowId: windowB,
    departmentId: departmentB,
    supervisorId: third.id,
    plannedFor: '2026-11-25',
    status: 'PLANNED',
  };

  it('refuses records breaking the rules, and writes nothing of their batch', async () => {
    const refused: Array<[string, BulkInspection]> = [
      ['tied supervisor', submitted('2026-10-16', { supervisorId: third.id })],
      ['weekend', submitted('2026-10-17')],
      ['incomplete answers', submitted('2026-10-19', { results: answers().slice(1) })],
      [
        'failed without comment',
        submitted('2026-10-19', { results: answers().map((r) => (r.itemKey === 'FAC-3' ? { ...r, outcome: 'FAIL' } : r)) }),
      ],
      ['order without reason', submitted('2026-10-19', { rectification: { status: 'OPEN' } })],
      [
        'verified by the finder',
        {
          ...verified,
          id: randomUUID(),
          rectification: {
            ...(verified.rectification as object),
            verifiedBy: { role: 'supervisor', userId: 'u', supervisorId: first.id },
          } as never,
        },
      ],
      [
        'appeal too late',
        {
          ...appealed,
          id: randomUUID(),
          appeals: [{ itemKey: 'DIS-1', reason: '迟到的申诉', filedAt: at('2026-11-19', '09:00') }],
          plannedFor: '2026-11-06',
          visitedAt: at('2026-11-06', '10:00'),
          submittedAt: at('2026-11-06', '11:00'),
        },
      ],
      ['in the future', submitted('2026-11-23')],
    ];
    const before = await counts();
    for (const [label, record] of refused) {
      await expect(importInspections(database, [clean, record], { now: NOW, calendar: STATUTORY }), label).rejects.toBeInstanceOf(BulkImportRefused);
    }
    expect(await counts()).toEqual(before);
  });

  it('imports inspections with what the rules make of them', async () => {
    const result = await importInspections(database, [clean, minor, verified, overdue, appealed, draft, planned], {
      now: NOW,
      calendar: STATUTORY,
      batchSize: 3,
    });
    expect(result.rows).toEqual({
      'inspections.inspections': 7,
      'inspections.item_results': 5 * items.length + 5,
      'inspections.findings': 1 + 1 + 6 + 1,
      'inspections.rectifications': 3,
      'inspections.rectification_events': 3 + 1 + 2,
      'inspections.amendments': 1,
      'inspections.appeals': 1,
    });
    expect(await count('inspections', `status = 'SUBMITTED'`)).toBe(5);
    const scores = await database.pool.query<{ id: string; score: number | null; status: string }>(
      'SELECT id, score, status FROM inspections.inspections',
    );
    const scoreOfId = new Map(scores.rows.map((row) => [row.id, row.score]));
    expect(scoreOfId.get(clean.id)).toBe(100);
    expect(scoreOfId.get(minor.id)).toBe(scoreOf(DEFAULT_CHECKLIST.sections, minor.results ?? []));
    expect(scoreOfId.get(overdue.id)).toBeLessThan(85);
    expect(scoreOfId.get(draft.id)).toBeNull();

    const orders = await database.pool.query<{
      inspection_id: string;
      status: string;
      due_on: string;
      below_threshold: boolean;
      serious: number;
    }>(
      `SELECT inspection_id, status, to_char(due_on, 'YYYY-MM-DD') AS due_on, below_threshold, cardinality(serious_finding_ids) AS serious FROM inspections.rectifications`,
    );
    const order = new Map(orders.rows.map((row) => [row.inspection_id, row]));
    expect(order.get(verified.id)).toMatchObject({ status: 'VERIFIED', below_threshold: false, serious: 1, due_on: '2026-10-28' });
    expect(order.get(overdue.id)).toMatchObject({ status: 'OPEN', below_threshold: true, serious: 0 });
    expect(order.get(appealed.id)).toMatchObject({ status: 'CANCELLED', serious: 1 });
    expect(order.has(minor.id)).toBe(false);
    expect(await count('rectification_events', `to_status = 'VERIFIED' AND actor_role = 'supervisor' AND actor_id = 'user-second'`)).toBe(
      1,
    );
    expect(await count('amendments', `score = 100`)).toBe(1);
    expect(await count('appeals', `status = 'OVERTURNED'`)).toBe(1);
  });

  it('refuses what the API refuses: too long a name, control characters, a bad enum, a missing field', async () => {
    const before = await counts();
    const refusedSupervisors: Array<[string, BulkSupervisor]> = [
      ['name', { ...supervisor(4, departmentA), name: '监'.repeat(51) }],
      ['affiliation', { ...supervisor(5, departmentA), affiliation: '特邀\u0007监督员' }],
    ];
    for (const [field, record] of refusedSupervisors) {
      await expect(importSupervisors(database, [record]), field).rejects.toMatchObject({
        name: 'BulkImportRefused',
        problems: expect.arrayContaining([expect.objectContaining({ row: 1, field })]),
      });
    }
    const { status: _status, ...withoutStatus } = submitted('2026-10-19');
    const refusedInspections: Array<[string, BulkInspection]> = [
      ['scenario', submitted('2026-10-19', { scenario: '咨询'.repeat(251) })],
      [
        'results.0.comment',
        submitted('2026-10-19', { results: answers().map((r, i) => (i === 0 ? { ...r, comment: '有\u0000控制字符' } : r)) }),
      ],
      ['status', { ...submitted('2026-10-19'), status: 'CLOSED' as never }],
      ['status', withoutStatus as never],
      [
        'appeals.0.reason',
        { ...appealed, id: randomUUID(), appeals: [{ itemKey: 'DIS-1', reason: '理'.repeat(2001), filedAt: at('2026-11-17', '09:00') }] },
      ],
    ];
    for (const [field, record] of refusedInspections) {
      await expect(importInspections(database, [clean, record], { now: NOW, calendar: STATUTORY }), field).rejects.toMatchObject({
        name: 'BulkImportRefused',
        problems: expect.arrayContaining([expect.objectContaining({ row: 2, field })]),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('imports an order sent back after the response, due again from the reopening', async () => {
    const reopened = submitted('2026-10-22', {
      results: answers(['EFF-1']),
      rectification: {
        status: 'REOPENED',
        response: '已组织培训',
        respondedAt: at('2026-10-26', '15:00'),
        respondedBy: deptAdmin,
        reopenedAt: at('2026-11-02', '10:00'),
        reopenedBy: manager,
        reason: '未提供培训记录',
      },
    });
    const byFinder = {
      ...reopened,
      id: randomUUID(),
      plannedFor: '2026-10-23',
      rectification: {
        ...(reopened.rectification as object),
        reopenedBy: { role: 'supervisor', userId: 'u', supervisorId: first.id },
      } as never,
    };
    await expect(importInspections(database, [byFinder], { now: NOW, calendar: STATUTORY })).rejects.toBeInstanceOf(BulkImportRefused);
    await importInspections(database, [reopened], { now: NOW, calendar: STATUTORY });
    const { rows } = await database.pool.query<{ status: string; due_on: string; response: string | null; events: string }>(
      `SELECT status, to_char(due_on, 'YYYY-MM-DD') AS due_on, response,
         (SELECT string_agg(to_status::text, ',' ORDER BY at) FROM inspections.rectification_events e WHERE e.rectification_id = r.id) AS events
       FROM inspections.rectifications r WHERE inspection_id = $1`,
      [reopened.id],
    );
    expect(rows).toEqual([{ status: 'OPEN', due_on: '2026-11-16', response: '已组织培训', events: 'OPEN,RESPONDED,OPEN' }]);
  });

  it('imports inspections from before checklists with their score and findings as written', async () => {
    const legacy = submitted('2026-10-26', { results: undefined, legacy: { score: 94, findings: ['【纪律】工作牌未正面佩戴（扣2分）'] } });
    const withAnswers = { ...legacy, id: randomUUID(), results: answers() };
    await expect(importInspections(database, [withAnswers], { now: NOW, calendar: STATUTORY })).rejects.toBeInstanceOf(BulkImportRefused);
    await importInspections(database, [legacy], { now: NOW, calendar: STATUTORY });
    const { rows } = await database.pool.query(
      `SELECT i.score, i.status, i.template_id, f.description, f.item_key FROM inspections.inspections i JOIN inspections.findings f ON f.inspection_id = i.id WHERE i.id = $1`,
      [legacy.id],
    );
    expect(rows).toEqual([
      { score: 94, status: 'SUBMITTED', template_id: null, description: '【纪律】工作牌未正面佩戴（扣2分）', item_key: null },
    ]);
  });

  it('imports a plan with its visits assigned by the planner, refusing one the API refuses', async () => {
    const plan = {
      id: randomUUID(),
      name: '2026年12月明察暗访计划',
      period: { from: '2026-12-01', to: '2026-12-18' },
      windows: [{ windowId: windowA, departmentIds: [departmentA] }],
      seed: 'bulk',
      createdAt: NOW,
    };
    const before = await counts();
    await expect(importPlans(database, [{ ...plan, name: '计'.repeat(101) }], { now: NOW, calendar: STATUTORY })).rejects.toBeInstanceOf(BulkImportRefused);
    await expect(importPlans(database, [{ ...plan, visits: 0 }], { now: NOW, calendar: STATUTORY })).rejects.toBeInstanceOf(BulkImportRefused);
    expect(await counts()).toEqual(before);
    const result = await importPlans(database, [plan], { now: NOW, calendar: STATUTORY });
    expect(result.rows).toMatchObject({ 'inspections.plans': 1, 'inspections.inspections': 1 });
    const { rows } = await database.pool.query<{ supervisor_id: string; status: string }>(
      'SELECT supervisor_id, status FROM inspections.inspections WHERE plan_id = $1',
      [plan.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('PLANNED');
    expect(rows[0]?.supervisor_id).not.toBe(third.id);
  });

  it('leaves submitted inspections locked by the append-only triggers', async () => {
    await expect(database.pool.query(`UPDATE inspections.inspections SET score = 1 WHERE id = $1`, [clean.id])).rejects.toThrow(
      /submitted/,
    );
    await expect(database.pool.query(`DELETE FROM inspections.item_results WHERE inspection_id = $1`, [clean.id])).rejects.toThrow(
      /submitted/,
    );
  });

  it('writes a batch all or nothing: the batches before a failing one stay', async () => {
    const before = await counts();
    await database.pool.query(`CREATE FUNCTION inspections.test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.note = '故障' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END; $$`);
    await database.pool.query(
      `CREATE TRIGGER test_fail BEFORE INSERT ON inspections.rectification_events FOR EACH ROW EXECUTE FUNCTION inspections.test_fail()`,
    );
    const failing = {
      ...verified,
      id: randomUUID(),
      plannedFor: '2026-10-21',
      rectification: { ...(verified.rectification as object), note: '故障' } as never,
    };
    try {
      const records = [submitted('2026-10-19'), submitted('2026-10-20', { results: answers(['EFF-1']) }), submitted('2026-10-21'), failing];
      await expect(importInspections(database, records, { now: NOW, calendar: STATUTORY, batchSize: 2 })).rejects.toThrow(/injected failure/);
    } finally {
      await database.pool.query('DROP TRIGGER test_fail ON inspections.rectification_events; DROP FUNCTION inspections.test_fail()');
    }
    const after = await counts();
    expect(after.inspections).toBe((before.inspections ?? 0) + 2);
    expect(after.item_results).toBe((before.item_results ?? 0) + 2 * items.length);
    expect(after.rectifications).toBe((before.rectifications ?? 0) + 1);
    expect(after.findings).toBe((before.findings ?? 0) + 1);
  });

  it('checks visit days and counts due days on the hall calendar it is given (the manager’s overrides)', async () => {
    const closed = new WorkingCalendar(new Map<string, DayOverride>([['2026-11-03', 'OFF']]));
    const worked = new WorkingCalendar(new Map<string, DayOverride>([['2026-11-07', 'WORKING']]));
    const before = await counts();
    await expect(importInspections(database, [submitted('2026-11-03')], { now: NOW, calendar: closed })).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'plannedFor', message: 'not a working day' })],
    });
    await expect(importInspections(database, [submitted('2026-11-07')], { now: NOW, calendar: STATUTORY })).rejects.toBeInstanceOf(
      BulkImportRefused,
    );
    expect(await counts()).toEqual(before);
    const onStatutory = submitted('2026-11-02', { results: answers(['EFF-1']) });
    const onHall = submitted('2026-11-02', { results: answers(['EFF-1']) });
    const saturday = submitted('2026-11-07');
    await importInspections(database, [onStatutory], { now: NOW, calendar: STATUTORY });
    await importInspections(database, [onHall], { now: NOW, calendar: closed });
    await importInspections(database, [saturday], { now: NOW, calendar: worked });
    const { rows } = await database.pool.query<{ inspection_id: string; due_on: string }>(
      `SELECT inspection_id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM inspections.rectifications WHERE inspection_id = ANY($1::uuid[])`,
      [[onStatutory.id, onHall.id]],
    );
    // Mon 2 November + 10 working days: Mon 16; with Tue 3 closed, Tue 17.
    expect(Object.fromEntries(rows.map((row) => [row.inspection_id, row.due_on]))).toEqual({
      [onStatutory.id]: '2026-11-16',
      [onHall.id]: '2026-11-17',
    });
    expect(await count('inspections', `id = '${saturday.id}'`)).toBe(1);
  });
});
