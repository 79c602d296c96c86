import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_NUMBERS, COMPLAINT_NUMBERS, parseNumber } from './data/numbers';
import { applicant, departmentFixture, startHarness, tokens, type CasesHarness } from './test-helpers';

const { department, committed, clerk } = departmentFixture('GAJ');

let harness: CasesHarness;
let staff: string;
let manager: string;
let seq = 0;

// Fri 20 Nov 2026, 10:00 hall time: today's numbers are ZW20261120xxxxx and TS20261120xxxx.
const TODAY = '20261120';

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2026-11-20T02:00:00Z'));
  staff = await tokens.staff(department.id, clerk.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

async function register(): Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>; number?: string }> {
  seq += 1;
  const result = await harness.subgraph.execute<{ registerCase: { number: string } }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { number } }`,
    { input: { matterId: committed.id, ...applicant(seq) } },
    staff,
  );
  return { ...(result.errors ? { errors: result.errors } : {}), ...(result.data?.registerCase ? { number: result.data.registerCase.number } : {}) };
}

const IMPORT = `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported errors { row field message } } }`;

function historical(number: string) {
  seq += 1;
  return {
    number,
    matterId: committed.id,
    firstOwnerStaffId: clerk.id,
    ...applicant(seq),
    visits: 1,
    events: [
      { at: '2026-11-20T01:00:00Z', to: 'SUBMITTED' },
      { at: '2026-11-20T01:10:00Z', to: 'ACCEPTED' },
    ],
  };
}

async function counter(prefix: string): Promise<number | null> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ last: number }>(
    'SELECT last FROM cases.number_counters WHERE prefix = $1',
    [prefix],
  );
  return rows[0]?.last ?? null;
}

async function count(table: string): Promise<number> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
  return rows[0]?.n ?? 0;
}

describe('numbers from the day’s counter', () => {
  it('splits only numbers of the live format', () => {
    expect(parseNumber(CASE_NUMBERS, `ZW${TODAY}00007`)).toEqual({ prefix: `ZW${TODAY}`, sequence: 7 });
    for (const bad of [`ZW${TODAY}Z`, `ZW${TODAY}0007`, `ZW${TODAY}000007`, `ZW${TODAY}00000`, 'ZW2026133100001', 'ZW2026022900001', `zw${TODAY}00001`, `TS${TODAY}0001`]) {
      expect(parseNumber(CASE_NUMBERS, bad), bad).toBeNull();
    }
    expect(parseNumber(COMPLAINT_NUMBERS, `TS${TODAY}0001`)).toEqual({ prefix: `TS${TODAY}`, sequence: 1 });
    expect(parseNumber(COMPLAINT_NUMBERS, `TS${TODAY}00001`)).toBeNull();
  });

  it('refuses the poisoned import of the issue (ZW<today>Z) by its row, and registration still numbers on', async () => {
    const first = await register();
    expect(first.number).toBe(`ZW${TODAY}00001`);
    const before = await count('cases');
    const result = await harness.subgraph.execute<{ importCases: { imported: number; errors: Array<{ row: number; field: string; message: string }> } }>(
      IMPORT,
      { input: { cases: [historical(`ZW${TODAY}Z`), historical(`ZW${TODAY}99999X`)] } },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importCases.imported).toBe(0);
    expect(result.data?.importCases.errors.map((error) => [error.row, error.field])).toEqual([
      [1, 'number'],
      [2, 'number'],
    ]);
    expect(result.data?.importCases.errors[0]?.message).toMatch(/ZW \+ the day \(yyyymmdd\) \+ 5 digits/);
    expect(await count('cases')).toBe(before);
    expect((await register()).number).toBe(`ZW${TODAY}00002`);
    expect((await register()).number).toBe(`ZW${TODAY}00003`);
  });

  it('raises the day’s counter past an imported number, so the next registration follows it', async () => {
    const result = await harness.subgraph.execute<{ importCases: { imported: number } }>(
      IMPORT,
      { input: { cases: [historical(`ZW${TODAY}00007`), historical(`ZW${TODAY}00005`)] } },
      manager,
    );
    expect(result.data?.importCases.imported).toBe(2);
    expect(await counter(`ZW${TODAY}`)).toBe(7);
    expect((await register()).number).toBe(`ZW${TODAY}00008`);
    // An import below the counter never lowers it.
    await harness.subgraph.execute(IMPORT, { input: { cases: [historical(`ZW${TODAY}00004`)] } }, manager);
    expect((await register()).number).toBe(`ZW${TODAY}00009`);
  });

  it('does not read the stored numbers: a case row with a higher number does not move the counter', async () => {
    // Were numbers still max(number) + 1, this row would make the next one 00051.
    await harness.subgraph.execute(IMPORT, { input: { cases: [historical(`ZW${TODAY}00050`)] } }, manager);
    await harness.subgraph.runtime.database.pool.query(`UPDATE cases.number_counters SET last = 20 WHERE prefix = $1`, [`ZW${TODAY}`]);
    expect((await register()).number).toBe(`ZW${TODAY}00021`);
  });

  it('refuses a registration clearly (CONFLICT) once the day’s five digits are used up, writing nothing', async () => {
    const tomorrow = new Date('2026-11-23T02:00:00Z');
    harness.setNow(tomorrow);
    await harness.subgraph.runtime.database.pool.query(`INSERT INTO cases.number_counters (prefix, last) VALUES ('ZW20261123', 99999)`);
    const before = await count('cases');
    const refused = await register();
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('cases')).toBe(before);
    expect(await counter('ZW20261123')).toBe(99999);
    harness.setNow(new Date('2026-11-20T02:00:00Z'));
  });

  it('numbers complaints from their own counter, and refuses the 10,000th of a day rather than storing garbage', async () => {
    const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { number } }`;
    const input = { channel: 'WEB', subject: 'DEPARTMENT', departmentId: department.id, content: '窗口工作人员解释不清楚' };
    const first = await harness.subgraph.execute<{ fileComplaint: { number: string } }>(FILE, { input });
    expect(first.data?.fileComplaint.number).toBe(`TS${TODAY}0001`);
    // 9,998 more complaints that day, as the counter would hold them.
    await harness.subgraph.runtime.database.pool.query(`UPDATE cases.number_counters SET last = 9998 WHERE prefix = $1`, [`TS${TODAY}`]);
    const last = await harness.subgraph.execute<{ fileComplaint: { number: string } }>(FILE, { input });
    expect(last.data?.fileComplaint.number).toBe(`TS${TODAY}9999`);
    const before = await count('complaints');
    const overflow = await harness.subgraph.execute(FILE, { input });
    expect(overflow.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(overflow.errors?.[0]?.message).toMatch(/used up/);
    expect(await count('complaints')).toBe(before);
    expect(await counter(`TS${TODAY}`)).toBe(9999);
    // The next day numbers from 1 again; the case numbers of the day are untouched.
    harness.setNow(new Date('2026-11-21T02:00:00Z'));
    const nextDay = await harness.subgraph.execute<{ fileComplaint: { number: string } }>(FILE, { input });
    expect(nextDay.data?.fileComplaint.number).toBe('TS202611210001');
    harness.setNow(new Date('2026-11-20T02:00:00Z'));
    const { rows } = await harness.subgraph.runtime.database.pool.query<{ number: string }>(
      `SELECT number FROM cases.complaints WHERE number !~ '^TS[0-9]{12}$'`,
    );
    expect(rows).toEqual([]);
  });

  it('gives simultaneous registrations distinct consecutive numbers', async () => {
    const before = await counter(`ZW${TODAY}`);
    const results = await Promise.all(Array.from({ length: 8 }, () => register()));
    const numbers = results.map((result) => result.number ?? '').sort();
    expect(new Set(numbers).size).toBe(8);
    const sequences = numbers.map((number) => Number(number.slice(-5)));
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => (before ?? 0) + 1 + i));
  });
});
