import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { generate, PROFILES } from '@hall/scale';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from './report';
import { runBench } from './run';

// `npm run bench` end to end on the small `test` profile with seconds instead of minutes: the real processes (four
// subgraphs, our gateway, Hive Gateway), every measurement, the files. Figures are not asserted: only that everything
// answered, nothing failed, and the statement counts stay flat (the no-N+1 rule).
let database: TestDatabase;
let folder: string;
let results: BenchResults;

beforeAll(async () => {
  database = await createTestDatabase('bench');
  const databaseUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, database.url])) as Record<ServiceName, string>;
  await generate({ profile: PROFILES.test, databaseUrls, until: '2026-11-20', replace: false, log: () => {} });
  folder = mkdtempSync(join(tmpdir(), 'hall-bench-'));
  results = await runBench({
    databaseUrls,
    embedded: false,
    seconds: 1,
    connections: 2,
    iterations: 5,
    rounds: 1,
    minCases: PROFILES.test.cases,
    importCases: 600,
    listSizes: [4, 20],
    resultsFolder: folder,
    log: () => {},
  });
}, 300_000);
afterAll(async () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  await database?.drop();
});

describe('npm run bench', () => {
  it('measures the dashboard and every case-list variant through the gateway', () => {
    expect(results.data.cases).toBe(PROFILES.test.cases);
    expect(results.latency.dashboard?.requests).toBeGreaterThanOrEqual(30);
    const lists = Object.keys(results.latency).filter((name) => name.startsWith('case list'));
    expect(lists.length).toBe(8);
    for (const name of lists) expect(results.latency[name]?.requests, name).toBe(5);
  });

  it('loads both gateways and the subgraphs directly, side by side, without a failed request', () => {
    expect(results.throughput.map((entry) => entry.operation)).toHaveLength(4);
    for (const entry of results.throughput) {
      expect(Object.keys(entry.runs)).toContain('Hive Gateway');
      for (const [by, figures] of Object.entries(entry.runs)) {
        expect(figures.errors, `${entry.operation} by ${by}`).toBe(0);
        expect(figures.rps, `${entry.operation} by ${by}`).toBeGreaterThan(0);
      }
    }
  });

  it('counts the same SQL statements for every list size in every subgraph', () => {
    expect(results.statements.map((figure) => figure.service).sort()).toEqual(['cases', 'catalog', 'duty', 'inspections']);
    for (const figure of results.statements) expect(new Set(Object.values(figure.statements)).size, figure.operation).toBe(1);
  });

  it('imports through the importCases mutation and writes the JSON and the Markdown table', () => {
    expect(results.importThroughput?.cases).toBe(600);
    expect(results.importThroughput?.rows).toBeGreaterThan(600);
    const json = join(folder, `${results.date}.json`);
    expect(existsSync(json)).toBe(true);
    expect(JSON.parse(readFileSync(json, 'utf8')).targets).toHaveLength(5);
    expect(readFileSync(join(folder, `${results.date}.md`), 'utf8')).toMatch(/\| dashboard p95 \| ≤ 150 ms \|/);
  });
});
