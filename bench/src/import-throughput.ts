import { randomBytes } from 'node:crypto';
import { createCasesSubgraph, staticDutyDirectory } from '@hall/cases-subgraph';
import { dropDatabase, ensureDatabase } from '@hall/db';
import { caseImportRows, organisationMatters } from '@hall/scale/load/cases';
import { buildOrganisation, PROFILES } from '@hall/scale';
import { createSubgraphRuntime, openPreparedDatabase, signToken } from '@hall/service-kit';

export interface ImportFigures {
  rows: number;
  cases: number;
  seconds: number;
  rowsPerSecond: number;
  path: string;
}

const IMPORT = /* GraphQL */ `
  mutation ($input: ImportCasesInput!) {
    importCases(input: $input) {
      imported
      errors {
        row
        field
        message
      }
    }
  }
`;

/**
 * The `importCases` mutation (GraphQL validation, zod, the lifecycle check of every trail, COPY) on a scratch database
 * of the same server, so the city's own data is left as generated: `cases` historical cases of the city's matters in
 * requests of `perRequest` rows, rows counted as written (cases, events, visits, evaluations).
 */
export async function measureImport(casesUrl: string, options = { cases: 20_000, perRequest: 5_000 }): Promise<ImportFigures> {
  const scratchName = `hall_bench_import_${randomBytes(4).toString('hex')}`;
  const scratchUrl = await ensureDatabase(casesUrl, scratchName);
  const organisation = buildOrganisation(PROFILES.city);
  const lookup = organisationMatters(organisation);
  const module = createCasesSubgraph({
    matters: { matter: async (id) => (await lookup([id])).get(id) ?? null },
    duty: staticDutyDirectory(organisation),
  });
  // Migrated as the owner role, imported as the app role, as a running cases subgraph does (ADR 0010).
  const prepared = await openPreparedDatabase(module, scratchUrl, { seedDemo: false }).catch(async (error: unknown) => {
    await dropDatabase(casesUrl, scratchName);
    throw error;
  });
  const { database } = prepared;
  try {
    const runtime = createSubgraphRuntime(module, database);
    await runtime.apollo.start();
    const token = await signToken({ sub: 'bench-manager', role: 'manager' }, new TextEncoder().encode(process.env.AUTH_SECRET ?? ''));
    const contextValue = await runtime.contextFor(`Bearer ${token}`);
    const period = { profile: PROFILES.city, organisation, from: '2025-01-01', until: '2025-12-31', now: new Date('2025-12-31T09:00:00Z') };
    const rows = [...caseImportRows(period, { count: options.cases, seed: 1 })];
    // As a client would send them: JSON, dates as ISO strings.
    const requests = [];
    for (let start = 0; start < rows.length; start += options.perRequest)
      requests.push(JSON.parse(JSON.stringify(rows.slice(start, start + options.perRequest))));
    const started = performance.now();
    for (const cases of requests) {
      const response = await runtime.apollo.executeOperation(
        { query: IMPORT, variables: { input: { cases, batchSize: 2_000 } } },
        { contextValue },
      );
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      const errors = body?.errors ?? (body?.data as { importCases?: { errors: unknown[] } } | undefined)?.importCases?.errors;
      if (!body || (Array.isArray(errors) && errors.length > 0))
        throw new Error(`importCases refused: ${JSON.stringify(errors).slice(0, 500)}`);
    }
    const seconds = (performance.now() - started) / 1000;
    await runtime.apollo.stop();
    const counts = await database.pool.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM cases.cases) + (SELECT count(*) FROM cases.case_events) + (SELECT count(*) FROM cases.case_visits) + (SELECT count(*) FROM cases.evaluations) AS n`,
    );
    const written = Number(counts.rows[0]?.n ?? 0);
    return {
      rows: written,
      cases: rows.length,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(written / seconds),
      path: 'the importCases mutation (in process)',
    };
  } finally {
    await database.close();
    await dropDatabase(casesUrl, scratchName);
  }
}
