import { WorkingCalendar } from '@hall/service-kit';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCaseRows, importComplaintRows, type CaseImportDependencies } from './import';
import type { CasesContext } from '../context';
import type { CasesTables } from '../db/schema';
import { snapshotOf } from '../db/seed';
import type { DirectoryMatter } from '../ports/matters';
import { settingsFromEnv } from '../settings';
import { createCasesSubgraph } from '../subgraph';
import { departmentFixture, hall } from '../test-helpers';

const { committed, instant, clerk, department } = departmentFixture('GAJ');
const window = hall.windows.find((w) => w.departmentIds.includes(department.id));
const settings = settingsFromEnv({});
const directory = new Map<string, DirectoryMatter>(hall.matters.map((m) => [m.id, { status: 'PUBLISHED', snapshot: snapshotOf(m) }]));
const dependencies: CaseImportDependencies = {
  calendar: new WorkingCalendar(),
  settings,
  matters: async (ids) => new Map(ids.map((id) => [id, directory.get(id) ?? null])),
};

let subgraph: TestSubgraph<CasesTables, CasesContext>;
let counter = 0;

beforeAll(async () => {
  subgraph = await createTestSubgraph(createCasesSubgraph({ matters: { matter: async () => null }, settings }), { seedDemo: false });
});
afterAll(() => subgraph?.close());

const at = (iso: string) => new Date(iso);

/** A committed case, submitted at a window, supplemented at the window, picked up there (3 visits), evaluated 1. */
function committedRow(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    number: `ZW20250303${String(counter).padStart(5, '0')}`,
    matterId: committed.id,
    windowId: window?.id,
    firstOwnerStaffId: clerk.id,
    applicantName: '钱七',
    applicantIdNumber: '33990119850505123X',
    applicantPhone: '13800001234',
    visits: 3,
    events: [
      { at: at('2025-03-03T02:00:00Z'), to: 'SUBMITTED', actorRole: 'public' },
      { at: at('2025-03-03T02:10:00Z'), to: 'SUPPLEMENT_REQUESTED', reason: '缺少房屋租赁合同，已一次性告知' },
      { at: at('2025-03-04T02:00:00Z'), to: 'RESUBMITTED', reason: '申请人到窗口补齐材料', actorRole: 'public' },
      { at: at('2025-03-04T02:20:00Z'), to: 'ACCEPTED' },
      { at: at('2025-03-05T02:00:00Z'), to: 'UNDER_REVIEW' },
      { at: at('2025-03-06T02:00:00Z'), to: 'SUSPENDED', reason: '现场核查' },
      { at: at('2025-03-10T02:00:00Z'), to: 'UNDER_REVIEW' },
      { at: at('2025-03-11T02:00:00Z'), to: 'APPROVED' },
      { at: at('2025-03-11T03:00:00Z'), to: 'COMPLETED' },
      { at: at('2025-03-12T03:00:00Z'), to: 'DELIVERED', reason: '申请人到窗口领取办理结果' },
    ],
    evaluation: { level: 1, channel: 'SMS', evaluatedAt: at('2025-03-12T05:00:00Z'), comment: '等候时间太长' },
    ...overrides,
  };
}

/** An instant case submitted online: no visit, no evaluation. */
function instantRow(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    number: `ZW20250303${String(counter).padStart(5, '0')}`,
    matterId: instant.id,
    windowId: null,
    firstOwnerStaffId: clerk.id,
    applicantName: '孙八',
    applicantIdNumber: '339901199001011235',
    applicantPhone: '13800004321',
    visits: 0,
    events: [
      { at: at('2025-03-03T02:00:00Z'), to: 'SUBMITTED', actorRole: 'public' },
      { at: at('2025-03-03T02:00:30Z'), to: 'ACCEPTED' },
      { at: at('2025-03-03T02:03:00Z'), to: 'COMPLETED' },
    ],
    ...overrides,
  };
}

async function count(table: string): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
  return rows[0]?.n ?? 0;
}

async function counts() {
  return {
    cases: await count('cases'),
    events: await count('case_events'),
    visits: await count('case_visits'),
    evaluations: await count('evaluations'),
  };
}

describe('importCaseRows (COPY)', () => {
  it('writes cases, trails, the visits the trails imply and evaluations, with the derived columns', async () => {
    const before = await counts();
    const rows = [committedRow(), instantRow(), committedRow(), instantRow(), committedRow()];
    const report = await importCaseRows(subgraph.runtime.database, dependencies, rows, { batchSize: 2 });
    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(5);
    expect(report.batches).toEqual([
      { firstRow: 1, rows: 2, imported: true },
      { firstRow: 3, rows: 2, imported: true },
      { firstRow: 5, rows: 1, imported: true },
    ]);
    expect(report.written).toEqual({ cases: 5, case_events: 3 * 10 + 2 * 3, case_visits: 3 * 3, evaluations: 3 });
    const after = await counts();
    expect(after).toEqual({
      cases: before.cases + 5,
      events: before.events + 36,
      visits: before.visits + 9,
      evaluations: before.evaluations + 3,
    });

    const { rows: stored } = await subgraph.runtime.database.pool.query(
      `SELECT c.*, e.level, e.rectification_status, e.staff_id AS evaluation_staff
         FROM cases.cases c LEFT JOIN cases.evaluations e ON e.case_id = c.id WHERE c.number = ANY($1) ORDER BY c.number`,
      [[rows[0]?.number, rows[1]?.number]],
    );
    const [slow, quick] = stored;
    // Accepted Tue 4 Mar 2025; paused Thu 6 → Mon 10 (Fri 7 and Mon 10 added); the committed limit in working days after.
    const due = dependencies.calendar.addWorkingDays('2025-03-04', committed.committedLimitDays + 2);
    expect(slow).toMatchObject({
      status: 'DELIVERED',
      department_id: department.id,
      window_id: window?.id,
      instant: false,
      version: 10,
      visits: 3,
      paused_working_days: 2,
      paused_since: null,
      supplement_notices: 1,
      level: 1,
      rectification_status: 'DONE',
      evaluation_staff: clerk.id,
      matter_snapshot: snapshotOf(committed),
    });
    // Ids made here, version-7 layout: the submission's millisecond first, so a batch lands at the end of the indexes.
    expect(slow.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(slow.id.replaceAll('-', '').slice(0, 12), 16)).toBe(Date.parse('2025-03-03T02:00:00Z'));
    expect(slow.due_at.toISOString()).toBe(new Date(`${due}T09:00:00Z`).toISOString());
    expect(slow.accepted_at.toISOString()).toBe('2025-03-04T02:20:00.000Z');
    expect(slow.decided_at.toISOString()).toBe('2025-03-11T02:00:00.000Z');
    expect(slow.delivered_at.toISOString()).toBe('2025-03-12T03:00:00.000Z');
    expect(quick).toMatchObject({ status: 'COMPLETED', instant: true, due_at: null, window_id: null, visits: 0, level: null });

    const { rows: trail } = await subgraph.runtime.database.pool.query(
      `SELECT from_status, to_status, actor_role, data FROM cases.case_events WHERE case_id = $1 ORDER BY id`,
      [slow.id],
    );
    expect(trail.slice(0, 3)).toEqual([
      { from_status: null, to_status: 'SUBMITTED', actor_role: 'public', data: { imported: true } },
      { from_status: 'SUBMITTED', to_status: 'SUPPLEMENT_REQUESTED', actor_role: 'staff', data: { imported: true } },
      { from_status: 'SUPPLEMENT_REQUESTED', to_status: 'RESUBMITTED', actor_role: 'public', data: { imported: true } },
    ]);
    const { rows: visits } = await subgraph.runtime.database.pool.query(
      `SELECT purpose, window_id FROM cases.case_visits WHERE case_id = $1 ORDER BY at`,
      [slow.id],
    );
    expect(visits).toEqual(['提交申请', '补齐材料', '领取办理结果'].map((purpose) => ({ purpose, window_id: window?.id })));
  });

  it('refuses every batch holding a bad row, writing nothing of it, and writes the others', async () => {
    const before = await counts();
    const rows = [
      committedRow(),
      instantRow(),
      instantRow(),
      committedRow({
        events: [
          { at: at('2025-03-03T02:00:00Z'), to: 'SUBMITTED' },
          { at: at('2025-03-03T03:00:00Z'), to: 'COMPLETED' },
        ],
      }),
      instantRow({ matterId: '99999999-9999-4999-8999-999999999999' }),
      instantRow({ applicantIdNumber: '12345' }),
    ];
    const report = await importCaseRows(subgraph.runtime.database, dependencies, rows, { batchSize: 3 });
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([
      [4, 'events.1.to'],
      [5, 'matterId'],
      [6, 'applicantIdNumber'],
    ]);
    expect(report.batches.map((batch) => batch.imported)).toEqual([true, false]);
    expect(report.imported).toBe(3);
    const after = await counts();
    expect(after.cases - before.cases).toBe(3);
    expect(after.events - before.events).toBe(10 + 3 + 3);
    expect(after.visits - before.visits).toBe(3);
    const { rows: missing } = await subgraph.runtime.database.pool.query(
      `SELECT count(*)::int AS n FROM cases.cases WHERE number = ANY($1)`,
      [rows.slice(3).map((row) => row.number)],
    );
    expect(missing[0]).toEqual({ n: 0 });
  });

  it('catches numbers already stored and numbers repeated in the request', async () => {
    const first = committedRow();
    expect((await importCaseRows(subgraph.runtime.database, dependencies, [first])).imported).toBe(1);
    const before = await counts();
    const fresh = instantRow();
    const report = await importCaseRows(
      subgraph.runtime.database,
      dependencies,
      [{ ...instantRow(), number: first.number }, fresh, { ...instantRow(), number: fresh.number }],
      {
        batchSize: 10,
      },
    );
    expect(report.errors).toEqual([
      { row: 1, field: 'number', message: 'a case with this number exists' },
      { row: 3, field: 'number', message: 'the number appears twice in the import' },
    ]);
    expect(report.imported).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('sends the same statements per batch whatever its size: BEGIN, the day counters, four COPYs, COMMIT', async () => {
    const measure = async (size: number) => {
      const rows = Array.from({ length: size * 2 }, (_, i) => (i % 2 ? committedRow() : instantRow()));
      const { result, statements, texts } = await subgraph.runtime.database.statements.measure(() =>
        importCaseRows(subgraph.runtime.database, dependencies, rows, { batchSize: size }),
      );
      expect(result.imported).toBe(size * 2);
      return { statements, copies: texts.filter((text) => text.startsWith('COPY')).length };
    };
    const small = await measure(2);
    const large = await measure(200);
    expect(large).toEqual(small);
    // One look-up of the numbers, then two batches of seven statements.
    expect(small).toEqual({ statements: 1 + 2 * 7, copies: 8 });
  });
});

describe('importCaseRows: the mutations’ rules', () => {
  it('refuses a record the API would refuse, through the same schemas: name, rating channel, step reason', async () => {
    const before = await counts();
    const base = committedRow();
    const tooLong = { ...base, events: base.events.map((event, index) => (index === 1 ? { ...event, reason: '缺'.repeat(2001) } : event)) };
    const report = await importCaseRows(
      subgraph.runtime.database,
      dependencies,
      [
        instantRow({ applicantName: '孙\u0007八' }),
        instantRow({ applicantName: '孙'.repeat(51) }),
        committedRow({ evaluation: { level: 4, channel: 'FAX', evaluatedAt: at('2025-03-12T05:00:00Z') } }),
        tooLong,
        instantRow({ visits: -1 }),
      ],
      { batchSize: 10 },
    );
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([
      [1, 'applicantName'],
      [2, 'applicantName'],
      [3, 'evaluation.channel'],
      [4, 'events.1.reason'],
      [5, 'visits'],
    ]);
    expect(report.imported).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('takes 差评 tags with a bad review only, each once, as evaluateCase does', async () => {
    const before = await counts();
    const good = committedRow({ evaluation: { level: 4, channel: 'SMS', evaluatedAt: at('2025-03-12T05:00:00Z'), tags: ['ATTITUDE'] } });
    const refused = await importCaseRows(subgraph.runtime.database, dependencies, [good], { batchSize: 10 });
    expect(refused.errors.map((error) => [error.row, error.field])).toEqual([[1, 'evaluation.tags']]);
    expect(await counts()).toEqual(before);

    const bad = committedRow({
      evaluation: { level: 1, channel: 'SMS', evaluatedAt: at('2025-03-12T05:00:00Z'), tags: ['REPEATED_TRIPS', 'ATTITUDE', 'REPEATED_TRIPS'] },
    });
    const report = await importCaseRows(subgraph.runtime.database, dependencies, [bad], { batchSize: 10 });
    expect(report.errors).toEqual([]);
    const { rows } = await subgraph.runtime.database.pool.query(
      `SELECT e.tags::text[] AS tags FROM cases.evaluations e JOIN cases.cases c ON c.id = e.case_id WHERE c.number = $1`,
      [bad.number],
    );
    expect(rows).toEqual([{ tags: ['REPEATED_TRIPS', 'ATTITUDE'] }]);
  });

  it('leaves a case withdrawn during a pause with the paused days the withdrawal mutation leaves: none added', async () => {
    const row = committedRow({
      events: [
        { at: at('2025-03-03T02:00:00Z'), to: 'SUBMITTED', actorRole: 'public' },
        { at: at('2025-03-04T02:20:00Z'), to: 'ACCEPTED' },
        { at: at('2025-03-05T02:00:00Z'), to: 'UNDER_REVIEW' },
        { at: at('2025-03-06T02:00:00Z'), to: 'SUSPENDED', reason: '现场核查' },
        { at: at('2025-03-12T02:00:00Z'), to: 'WITHDRAWN', reason: '申请人书面申请撤回', actorRole: 'public' },
      ],
      evaluation: null,
      visits: 1,
    });
    const report = await importCaseRows(subgraph.runtime.database, dependencies, [row]);
    expect(report.errors).toEqual([]);
    const { rows } = await subgraph.runtime.database.pool.query(
      `SELECT status, paused_working_days, paused_since, due_at FROM cases.cases WHERE number = $1`,
      [row.number],
    );
    const due = dependencies.calendar.addWorkingDays('2025-03-04', committed.committedLimitDays);
    expect(rows[0]).toMatchObject({ status: 'WITHDRAWN', paused_working_days: 0, paused_since: null });
    expect(rows[0]?.due_at.toISOString()).toBe(new Date(`${due}T09:00:00Z`).toISOString());
  });

  it('keeps in-process ids, step authors and data, a referred case’s own department and a bad review’s workflow', async () => {
    const other = departmentFixture('SCJG');
    const caseId = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
    const evaluationId = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c';
    const base = committedRow();
    const reviewed = {
      ...base,
      id: caseId,
      events: base.events.map((event) => ({ ...event, actorId: clerk.id, data: {} })),
      evaluation: {
        ...base.evaluation,
        id: evaluationId,
        rectification: {
          status: 'IN_PROGRESS',
          dueAt: at('2025-04-02T09:00:00Z'),
          callbackAt: null,
          callbackNote: null,
          steps: [{ action: 'START', from: 'PENDING', to: 'IN_PROGRESS', note: '经核实情况属实', at: at('2025-03-13T02:00:00Z') }],
        },
      },
    };
    const referred = committedRow({
      matterId: other.committed.id,
      departmentId: department.id,
      referredToDepartmentId: other.department.id,
      windowId: null,
      visits: 0,
      events: [
        { at: at('2025-03-03T02:00:00Z'), to: 'SUBMITTED', actorRole: 'public' },
        { at: at('2025-03-03T02:30:00Z'), to: 'REFERRED', reason: '应由市场监管局办理，已转办' },
      ],
      evaluation: null,
    });
    const foreign = committedRow({ matterId: other.committed.id, departmentId: department.id, evaluation: null });
    const report = await importCaseRows(subgraph.runtime.database, dependencies, [reviewed, referred, foreign], { batchSize: 2 });
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([[3, 'departmentId']]);
    expect(report.written).toEqual({ cases: 2, case_events: 12, case_visits: 3, evaluations: 1, evaluation_actions: 2 });
    const { rows: stored } = await subgraph.runtime.database.pool.query(
      `SELECT id, number, department_id, referred_to_department_id FROM cases.cases WHERE number = ANY($1) ORDER BY number`,
      [[reviewed.number, referred.number]],
    );
    expect(stored).toEqual([
      { id: caseId, number: reviewed.number, department_id: department.id, referred_to_department_id: null },
      { id: expect.any(String), number: referred.number, department_id: department.id, referred_to_department_id: other.department.id },
    ]);
    const { rows: trail } = await subgraph.runtime.database.pool.query(
      `SELECT DISTINCT actor_id, data FROM cases.case_events WHERE case_id = $1`,
      [caseId],
    );
    expect(trail).toEqual([{ actor_id: clerk.id, data: {} }]);
    const { rows: review } = await subgraph.runtime.database.pool.query(
      `SELECT id, rectification_status, rectification_due_at, version FROM cases.evaluations WHERE case_id = $1`,
      [caseId],
    );
    expect(review).toEqual([
      { id: evaluationId, rectification_status: 'IN_PROGRESS', rectification_due_at: at('2025-04-02T09:00:00Z'), version: 2 },
    ]);
    const { rows: actions } = await subgraph.runtime.database.pool.query(
      `SELECT action, from_status, to_status, actor_role FROM cases.evaluation_actions WHERE evaluation_id = $1 ORDER BY id`,
      [evaluationId],
    );
    expect(actions).toEqual([
      { action: 'OPEN', from_status: null, to_status: 'PENDING', actor_role: 'system' },
      { action: 'START', from_status: 'PENDING', to_status: 'IN_PROGRESS', actor_role: 'manager' },
    ]);
  });
});

describe('importComplaintRows (COPY)', () => {
  const complaint = (number: string, overrides: Record<string, unknown> = {}) => ({
    number,
    channel: 'HOTLINE',
    subject: 'WINDOW',
    departmentId: department.id,
    windowId: window?.id,
    content: '窗口工作人员离岗二十分钟无人办理',
    complainantName: '周九',
    complainantPhone: '13900009999',
    status: 'CLOSED',
    receivedAt: at('2026-09-28T02:00:00Z'),
    assignedAt: at('2026-09-28T04:00:00Z'),
    answeredAt: at('2026-10-09T03:00:00Z'),
    answer: '已核实并批评教育当事人，纳入月度考核',
    closedAt: at('2026-10-10T03:00:00Z'),
    ...overrides,
  });

  it('derives the answer deadline, validates the steps and numbers, and writes the clean batches', async () => {
    const report = await importComplaintRows(
      subgraph.runtime.database,
      dependencies,
      [
        complaint('TS202609280001'),
        complaint('TS202609280002', {
          status: 'RECEIVED',
          departmentId: null,
          assignedAt: null,
          answeredAt: null,
          answer: null,
          closedAt: null,
        }),
        complaint('TS202609280003', { status: 'ASSIGNED', answeredAt: null, answer: null, closedAt: null }),
        complaint('TS202609280004', { status: 'ANSWERED' }),
        complaint('TS202609280001'),
        complaint('TS202609280006', { subject: 'STAFF' }),
      ],
      { batchSize: 3 },
    );
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([
      [4, 'closedAt'],
      [5, 'number'],
      [6, 'staffId'],
    ]);
    expect(report.batches.map((batch) => batch.imported)).toEqual([true, false]);
    expect(report.written).toEqual({ complaints: 3 });
    const { rows } = await subgraph.runtime.database.pool.query(
      `SELECT number, status, answer_due_at FROM cases.complaints ORDER BY number`,
    );
    // Received Mon 28 Sep 2026: ten working days across National Day (1–7 Oct off, Sat 10 Oct worked) → Fri 16 Oct, 17:00.
    expect(rows).toEqual([
      { number: 'TS202609280001', status: 'CLOSED', answer_due_at: new Date('2026-10-16T09:00:00Z') },
      { number: 'TS202609280002', status: 'RECEIVED', answer_due_at: new Date('2026-10-16T09:00:00Z') },
      { number: 'TS202609280003', status: 'ASSIGNED', answer_due_at: new Date('2026-10-16T09:00:00Z') },
    ]);
  });

  it('refuses numbers not of the live format and raises the day’s complaint counter past the imported ones', async () => {
    const report = await importComplaintRows(
      subgraph.runtime.database,
      dependencies,
      [complaint('TS20260929Z'), complaint('TS2026092900001'), complaint('TS202609290000'), complaint('TS202609300042')],
      { batchSize: 1 },
    );
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([
      [1, 'number'],
      [2, 'number'],
      [3, 'number'],
    ]);
    expect(report.imported).toBe(1);
    const { rows } = await subgraph.runtime.database.pool.query<{ prefix: string; last: number }>(
      `SELECT prefix, last FROM cases.number_counters WHERE prefix LIKE 'TS%' ORDER BY prefix`,
    );
    expect(rows).toEqual([
      { prefix: 'TS20260928', last: 3 },
      { prefix: 'TS20260930', last: 42 },
    ]);
  });

  it('keeps a closed complaint’s satisfaction and refuses one on a complaint not closed', async () => {
    const report = await importComplaintRows(
      subgraph.runtime.database,
      dependencies,
      [
        complaint('TS202609290001', { satisfaction: 'BASICALLY_SATISFIED' }),
        complaint('TS202609290002', { status: 'ANSWERED', closedAt: null, satisfaction: 'SATISFIED' }),
      ],
      { batchSize: 1 },
    );
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([[2, 'satisfaction']]);
    const { rows } = await subgraph.runtime.database.pool.query(
      `SELECT number, satisfaction FROM cases.complaints WHERE number LIKE 'TS20260929%' ORDER BY number`,
    );
    expect(rows).toEqual([{ number: 'TS202609290001', satisfaction: 'BASICALLY_SATISFIED' }]);
  });
});
