import { SERVICE_NAMES, type ServiceName } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseNotEmptyError, generate, periodOf, type GenerationSummary } from './generate';
import { PROFILES } from './profiles';

// One database for the four services, as with DATABASE_URL: each service keeps to its own schema.
let database: TestDatabase;
let urls: Record<ServiceName, string>;
let first: GenerationSummary;

async function countRows(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

const options = () => ({ profile: PROFILES.test, databaseUrls: urls, until: '2026-11-20', log: () => {} });

beforeAll(async () => {
  database = await createTestDatabase('scale_generate');
  urls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, database.url])) as Record<ServiceName, string>;
  first = await generate({ ...options(), replace: false });
}, 120_000);
afterAll(async () => database?.drop());

describe('npm run generate', () => {
  it('fills the four services and reports what it wrote', async () => {
    const reported = Object.fromEntries(
      first.reports.map((report) => [report.service, Object.values(report.rows).reduce((a, b) => a + b, 0)]),
    );
    expect(Object.keys(reported)).toEqual(['catalog', 'duty', 'inspections', 'cases']);
    expect(first.rows).toBe(Object.values(reported).reduce((a, b) => a + b, 0));
    expect(await countRows('catalog.departments')).toBe(PROFILES.test.departments);
    expect(await countRows('catalog.matters')).toBe(PROFILES.test.matters);
    expect(await countRows('duty.windows')).toBe(PROFILES.test.departments * PROFILES.test.windowsPerDepartment);
    expect(await countRows('inspections.supervisors')).toBe(PROFILES.test.supervisors);
    expect(await countRows('cases.cases')).toBe(PROFILES.test.cases);
    expect(first.from).toBe('2026-09-22');
    expect(first.until).toBe('2026-11-20');
  });

  it('refuses to write into databases that hold data, and changes nothing', async () => {
    await expect(generate({ ...options(), replace: false })).rejects.toThrow(DatabaseNotEmptyError);
    expect(await countRows('cases.cases')).toBe(PROFILES.test.cases);
  });

  it('with --replace starts from empty tables and writes the same data again', async () => {
    const numbers = async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (
          await client.query<{ digest: string }>(
            `SELECT md5(string_agg(number || status || visits, ',' ORDER BY number)) AS digest FROM cases.cases`,
          )
        ).rows[0]?.digest;
      } finally {
        await client.end();
      }
    };
    const before = await numbers();
    const again = await generate({ ...options(), replace: true });
    expect(again.rows).toBe(first.rows);
    expect(await countRows('cases.cases')).toBe(PROFILES.test.cases);
    expect(await numbers()).toBe(before);
  }, 120_000);

  it('ends the history at the given day, or today, and refuses a malformed day', () => {
    expect(periodOf(PROFILES.city, '2026-11-20')).toMatchObject({ from: '2024-11-21', until: '2026-11-20' });
    const morning = new Date('2026-11-20T02:00:00Z'); // 10:00 in the hall
    expect(periodOf(PROFILES.test, undefined, morning)).toEqual({ from: '2026-09-22', until: '2026-11-20', now: morning });
    expect(periodOf(PROFILES.test, '2026-11-19', morning).now.toISOString()).toBe('2026-11-19T09:00:00.000Z');
    expect(() => periodOf(PROFILES.test, '20-11-2026')).toThrow(/YYYY-MM-DD/);
  });
});
