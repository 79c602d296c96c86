import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { encodeCursor } from '@hall/cases-subgraph';
import { type ServiceName } from '@hall/db';
import { signToken } from '@hall/service-kit';
import pg from 'pg';
import { measureImport } from './import-throughput';
import { measureLatency, measureThroughput, send, type Operation, type Request, type ThroughputFigures } from './load';
import { CASE_LIST_QUERY, DASHBOARD_QUERY, DIRECT_FETCHES, FOUR_SUBGRAPH_QUERY, ONE_SUBGRAPH_QUERY } from './operations';
import { startBenchPlatform, type BenchPlatform } from './processes';
import { markdownOf, type BenchResults, type Target } from './report';
import { countStatements } from './statements';

export interface BenchOptions {
  databaseUrls: Record<ServiceName, string>;
  /** Whether the databases are the embedded PostgreSQL (for the report). */
  embedded: boolean;
  /** Seconds of load per contender and operation, split over `rounds` alternations. */
  seconds: number;
  connections: number;
  /** Latency samples per case-list variant (a quarter of it, at least 30, for the dashboard). */
  iterations: number;
  rounds: number;
  /** Refuse to run on less data than this (the city has 1,000,000 cases). */
  minCases: number;
  /** Cases imported through `importCases` for the import figure. */
  importCases: number;
  /** Entity batch sizes for the statement count (10, 100, 1,000 by default). */
  listSizes?: readonly number[];
  /** Where `<date>.json` and `<date>.md` are written. */
  resultsFolder: string;
  log(message: string): void;
}

async function one<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<T>(sql, params);
    if (!rows[0]) throw new Error(`no row: ${sql}`);
    return rows[0];
  } finally {
    await client.end();
  }
}

const count = async (url: string, table: string) => Number((await one<{ n: string }>(url, `SELECT count(*) AS n FROM ${table}`)).n);

/** Several connections' worth of one operation, served by each contender in turn, alternating `rounds` times. */
async function sideBySide(
  contenders: Record<string, (iteration: number) => Operation>,
  { rounds, connections, seconds }: Pick<BenchOptions, 'rounds' | 'connections' | 'seconds'>,
): Promise<Record<string, ThroughputFigures>> {
  const collected: Record<string, ThroughputFigures[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, next] of Object.entries(contenders)) {
      const figures = await measureThroughput(next, {
        connections,
        seconds: seconds / rounds,
        warmupSeconds: Math.min(round === 0 ? 2 : 0.5, seconds / 4),
      });
      (collected[name] ??= []).push(figures);
    }
  }
  return Object.fromEntries(
    Object.entries(collected).map(([name, runs]) => {
      const total = runs.reduce((sum, run) => sum + run.requests, 0);
      const elapsed = runs.reduce((sum, run) => sum + run.seconds, 0);
      const worst = (key: 'p50' | 'p95' | 'max') => Math.max(...runs.map((run) => run[key]));
      return [
        name,
        {
          requests: total,
          seconds: Math.round(elapsed * 100) / 100,
          rps: Math.round((total / elapsed) * 10) / 10,
          // Per-round percentiles: the worst round is reported, which is the honest side of a noisy machine.
          p50: worst('p50'),
          p95: worst('p95'),
          max: worst('max'),
          errors: runs.reduce((sum, run) => sum + run.errors, 0),
          connections,
        },
      ];
    }),
  );
}

/** Runs every measurement of issue 8 on the given databases and writes the results. */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const { databaseUrls: urls, iterations, log } = options;
  const secret = randomBytes(32).toString('base64url');
  process.env.AUTH_SECRET = secret;
  let platform: BenchPlatform | undefined;
  try {
    const cases = await count(urls.cases, 'cases.cases');
    if (cases < options.minCases) {
      throw new Error(
        `the cases database holds ${cases.toLocaleString('en')} cases; run \`npm run generate -- --scale city\` first (or pass --min-cases)`,
      );
    }
    const { last } = await one<{ last: string }>(
      urls.cases,
      `SELECT to_char(max(submitted_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS last FROM cases.cases`,
    );
    const period = { from: `${last.slice(0, 7)}-01`, to: last };
    const today = { from: last, to: last };
    const token = await signToken({ sub: 'bench-manager', role: 'manager', name: '基准测试' }, new TextEncoder().encode(secret));
    const version = await one<{ version: string }>(urls.cases, "SELECT current_setting('server_version') AS version");
    const data: BenchResults['data'] = {
      cases,
      caseEvents: await count(urls.cases, 'cases.case_events'),
      evaluations: await count(urls.cases, 'cases.evaluations'),
      departments: await count(urls.catalog, 'catalog.departments'),
      matters: await count(urls.catalog, 'catalog.matters'),
      shifts: await count(urls.duty, 'duty.shifts'),
      tickets: await count(urls.duty, 'duty.tickets'),
      inspections: await count(urls.inspections, 'inspections.inspections'),
    };
    log(`data: ${JSON.stringify(data)}; period ${period.from} … ${period.to}`);

    log('SQL statements per operation (10, 100, 1,000 entities; in process)');
    const statements = await countStatements(urls, token, period, options.listSizes);

    log('import throughput (in process, on a scratch database)');
    const importThroughput = await measureImport(urls.cases, { cases: options.importCases, perRequest: 5_000 });

    log('starting the subgraphs, our gateway and Hive Gateway');
    platform = await startBenchPlatform(urls, secret);
    const { gatewayUrl, hiveGatewayUrl, subgraphUrls } = platform;

    // Deep cursors: half way down the hall's list, and half way down the biggest department's.
    const deep = await one<{ submitted_at: Date; id: string }>(
      urls.cases,
      `SELECT submitted_at, id FROM cases.cases ORDER BY submitted_at DESC NULLS LAST, id DESC NULLS LAST OFFSET $1 LIMIT 1`,
      [Math.floor(cases / 2)],
    );
    const biggest = await one<{ department_id: string; n: string }>(
      urls.cases,
      'SELECT department_id, count(*) AS n FROM cases.cases GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
    );
    const deepInDepartment = await one<{ submitted_at: Date; id: string }>(
      urls.cases,
      `SELECT submitted_at, id FROM cases.cases WHERE department_id = $1 ORDER BY submitted_at DESC NULLS LAST, id DESC NULLS LAST OFFSET $2 LIMIT 1`,
      [biggest.department_id, Math.floor(Number(biggest.n) / 2)],
    );
    const cursor = (row: { submitted_at: Date; id: string }) => encodeCursor({ submittedAt: row.submitted_at, id: row.id });
    const departmentId = biggest.department_id;
    const caseLists: Record<string, Record<string, unknown>> = {
      'case list: first page': {},
      'case list: department': { filter: { departmentId } },
      'case list: status COMPLETED': { filter: { status: 'COMPLETED' } },
      'case list: status SUSPENDED': { filter: { status: 'SUSPENDED' } },
      'case list: warning YELLOW': { filter: { warning: 'YELLOW' } },
      'case list: department + UNDER_REVIEW + PRE': { filter: { departmentId, status: 'UNDER_REVIEW', warning: 'PRE' } },
      [`case list: deep cursor (row ${Math.floor(cases / 2).toLocaleString('en')})`]: { after: cursor(deep) },
      'case list: department, deep cursor': { filter: { departmentId }, after: cursor(deepInDepartment) },
    };

    const latency: BenchResults['latency'] = {};
    const dashboard: Request = { url: gatewayUrl, query: DASHBOARD_QUERY, variables: { period, today }, token };
    log('latency: the dashboard');
    latency.dashboard = {
      through: 'our gateway',
      ...(await measureLatency(() => dashboard, { warmup: 10, iterations: Math.max(30, iterations / 4) })),
    };
    latency['dashboard (Hive Gateway)'] = {
      through: 'Hive Gateway',
      ...(await measureLatency(() => ({ ...dashboard, url: hiveGatewayUrl }), { warmup: 10, iterations: Math.max(30, iterations / 4) })),
    };
    for (const [name, variables] of Object.entries(caseLists)) {
      log(`latency: ${name}`);
      latency[name] = {
        through: 'our gateway',
        ...(await measureLatency(() => ({ url: gatewayUrl, query: CASE_LIST_QUERY, variables, token }), { warmup: 20, iterations })),
      };
    }

    // Pages to walk under load: successive cursors from the first page on, so the subgraphs' caches do not flatter.
    const pages: Array<string | null> = [null];
    for (let i = 0; i < 50; i++) {
      const data = (await send({ url: subgraphUrls.cases, query: ONE_SUBGRAPH_QUERY, variables: { after: pages[i] }, token })) as {
        cases: { endCursor: string | null };
      };
      pages.push(data.cases.endCursor);
    }
    const page = (iteration: number) => pages[iteration % pages.length] ?? null;
    const oneSubgraph = (url: string) => (iteration: number) => ({
      url,
      query: ONE_SUBGRAPH_QUERY,
      variables: { after: page(iteration) },
      token,
    });
    const fourSubgraphs = (url: string) => (iteration: number) => ({
      url,
      query: FOUR_SUBGRAPH_QUERY,
      variables: { after: page(iteration), period },
      token,
    });

    const throughput: BenchResults['throughput'] = [];
    const compare = async (operation: string, contenders: Record<string, (iteration: number) => Operation>, baseline: string) => {
      log(`throughput: ${operation}`);
      const runs = await sideBySide(contenders, options);
      const base = runs[baseline]?.rps ?? Number.NaN;
      const ratios = Object.fromEntries(
        Object.entries(runs).map(([name, figures]) => [name, Math.round((figures.rps / base) * 100) / 100]),
      );
      throughput.push({ operation, runs, ratios });
    };
    await compare(
      'one subgraph (cases page)',
      {
        'cases subgraph directly': oneSubgraph(subgraphUrls.cases),
        'our gateway': oneSubgraph(gatewayUrl),
        'Hive Gateway': oneSubgraph(hiveGatewayUrl),
      },
      'cases subgraph directly',
    );
    await compare(
      'four subgraphs (cases, matters, staff, windows, inspection figures)',
      {
        'subgraphs directly (the plan by hand)': (iteration) => directFourSubgraphs(subgraphUrls, token, page(iteration), period),
        'our gateway': fourSubgraphs(gatewayUrl),
        'Hive Gateway': fourSubgraphs(hiveGatewayUrl),
      },
      'subgraphs directly (the plan by hand)',
    );
    await compare(
      'dashboard',
      { 'our gateway': () => dashboard, 'Hive Gateway': () => ({ ...dashboard, url: hiveGatewayUrl }) },
      'Hive Gateway',
    );
    await compare(
      'case list, department + deep cursor',
      {
        'our gateway': () => ({
          url: gatewayUrl,
          query: CASE_LIST_QUERY,
          variables: caseLists['case list: department, deep cursor'],
          token,
        }),
        'Hive Gateway': () => ({
          url: hiveGatewayUrl,
          query: CASE_LIST_QUERY,
          variables: caseLists['case list: department, deep cursor'],
          token,
        }),
      },
      'Hive Gateway',
    );

    const caseListP95 = Math.max(
      ...Object.entries(latency)
        .filter(([name]) => name.startsWith('case list'))
        .map(([, figures]) => figures.p95),
    );
    const statementsConstant = statements.every((figure) => new Set(Object.values(figure.statements)).size === 1);
    const targets: Target[] = [
      { name: 'dashboard p95', goal: '≤ 150 ms', measured: `${latency.dashboard.p95} ms`, met: latency.dashboard.p95 <= 150 },
      {
        name: 'case list p95, any filter and depth',
        goal: '≤ 30 ms',
        measured: `${caseListP95} ms (worst variant)`,
        met: caseListP95 <= 30,
      },
      {
        name: 'our gateway vs Hive Gateway',
        goal: 'at least as fast',
        measured: throughput
          .filter((entry) => entry.runs['Hive Gateway'])
          .map(
            (entry) =>
              `${entry.operation}: ${((entry.runs['our gateway']?.rps ?? 0) / (entry.runs['Hive Gateway']?.rps ?? 1)).toFixed(2)}×`,
          )
          .join('; '),
        met: throughput
          .filter((entry) => entry.runs['Hive Gateway'])
          .every((entry) => (entry.runs['our gateway']?.rps ?? 0) >= (entry.runs['Hive Gateway']?.rps ?? Infinity) * 0.97),
      },
      {
        name: 'statements per operation',
        goal: 'constant in the list size',
        measured: statementsConstant ? 'constant' : 'grows',
        met: statementsConstant,
      },
      {
        name: 'import',
        goal: '≥ 20,000 rows/s',
        measured: `${Math.round(importThroughput.rowsPerSecond).toLocaleString('en')} rows/s`,
        met: importThroughput.rowsPerSecond >= 20_000,
      },
    ];
    const date = new Date().toISOString().slice(0, 10);
    const results: BenchResults = {
      date,
      machine: {
        cpus: cpus().length,
        node: process.version,
        postgres: `PostgreSQL ${version.version}`,
        database: options.embedded ? 'embedded' : 'configured',
      },
      data,
      period,
      latency,
      throughput,
      statements,
      importThroughput,
      targets,
    };
    const folder = options.resultsFolder;
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${date}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(folder, `${date}.md`), markdownOf(results));
    log(`written to ${join(folder, date)}.json and .md`);
    return results;
  } finally {
    await platform?.stop();
  }
}

/** The four-subgraph query without a gateway: the client makes the plan's fetches itself (cases, then the other three at once). */
function directFourSubgraphs(
  subgraphUrls: Record<ServiceName, string>,
  token: string,
  after: string | null,
  period: { from: string; to: string },
): Operation {
  return async () => {
    const data = (await send({ url: subgraphUrls.cases, query: DIRECT_FETCHES.cases, variables: { after }, token })) as {
      cases: { nodes: Array<{ matter: { id: string } | null; firstOwner: { id: string } | null; window: { id: string } | null }> };
    };
    const nodes = data.cases.nodes;
    const unique = (typename: string, ids: Array<string | undefined>) =>
      [...new Set(ids.filter((id): id is string => Boolean(id)))].map((id) => ({ __typename: typename, id }));
    const windows = unique(
      'Window',
      nodes.map((node) => node.window?.id),
    );
    await Promise.all([
      send({
        url: subgraphUrls.catalog,
        query: DIRECT_FETCHES.matters,
        variables: {
          representations: unique(
            'Matter',
            nodes.map((node) => node.matter?.id),
          ),
        },
        token,
      }),
      send({
        url: subgraphUrls.duty,
        query: DIRECT_FETCHES.duty,
        variables: {
          representations: [
            ...unique(
              'Staff',
              nodes.map((node) => node.firstOwner?.id),
            ),
            ...windows,
          ],
        },
        token,
      }),
      send({ url: subgraphUrls.inspections, query: DIRECT_FETCHES.inspections, variables: { representations: windows, period }, token }),
    ]);
  };
}
