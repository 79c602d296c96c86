// Issue 13, item 8: nothing personal in logs, ever. PostgreSQL is made to refuse the insert of a case (a check and a
// unique violation, whose pg `detail` quotes the row and whose drizzle message lists the parameters), through the
// gateway and at the subgraph, with every logger of the platform and the console writing to a buffer; then every
// line is scanned for the applicant's name, ID number and phone.
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { captureLogs } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ARGUMENT_OVERRIDES } from './authorization-matrix';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';
import { castOfDemoUsers, type Cast } from './support/identities';
import { withClient } from './support/services';
import { discoverTargets, type Targets } from './support/targets';

/** A resident ID with its check digit (GB 11643). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

/** Applicants no demo row holds, so that a hit can only come from the requests below. */
const REFUSED_BY_CHECK = { applicantName: '司马泄露', applicantIdNumber: residentId('11010819770405123'), applicantPhone: '13987650001' };
const REFUSED_AS_DUPLICATE = {
  applicantName: '欧阳隐私',
  applicantIdNumber: residentId('11010819810916234'),
  applicantPhone: '13987650002',
};
const PERSONAL = [...Object.values(REFUSED_BY_CHECK), ...Object.values(REFUSED_AS_DUPLICATE)];

const REGISTER = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }';

let platform: RunningPlatform;
let cast: Cast;
let targets: Targets;
const lines: string[] = [];
let stopCapture: () => void = () => undefined;
const restoreConsole: Array<() => void> = [];
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  // Every logger the platform creates from here on (four subgraphs and the gateway) writes here, at every level.
  stopCapture = captureLogs({ write: (line: string) => void lines.push(line) }, 'trace');
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? `${arg.stack}` : JSON.stringify(arg))).join(' '),
      );
      original.apply(console, args as []);
    });
    restoreConsole.push(() => spy.mockRestore());
  }
  platform = await startPlatform();
  cast = await castOfDemoUsers();
  targets = await discoverTargets(cast, platform.subgraphUrls);
  await withClient(platform.databaseUrls.cases, async (client) => {
    await client.query(
      `ALTER TABLE cases.cases ADD CONSTRAINT test_refuses_applicant CHECK (applicant_name <> '${REFUSED_BY_CHECK.applicantName}') NOT VALID`,
    );
    await client.query(
      `CREATE UNIQUE INDEX test_one_case_per_applicant ON cases.cases (applicant_id_number) WHERE applicant_id_number = '${REFUSED_AS_DUPLICATE.applicantIdNumber}'`,
    );
  });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  stopCapture();
  for (const restore of restoreConsole) restore();
  reportFigures('logs', figures);
});

function register(url: string, applicant: Record<string, string>) {
  const { input } = ARGUMENT_OVERRIDES(targets)['cases.Mutation.registerCase'] as { input: Record<string, unknown> };
  return post<{ registerCase: { id: string } | null }>(url, REGISTER, { input: { ...input, ...applicant } }, cast.tokens.ownStaff);
}

describe('nothing personal in logs (issue 13, item 8)', () => {
  it('logs refused inserts of a case without the applicant’s name, ID number or phone', async () => {
    const { gatewayUrl, subgraphUrls } = platform;
    // The duplicate's first registration is stored; the same applicant again, and the checked one, are refused.
    expect((await register(gatewayUrl, REFUSED_AS_DUPLICATE)).errors).toBeUndefined();
    const refusals = [
      await register(gatewayUrl, REFUSED_BY_CHECK),
      await register(subgraphUrls.cases, REFUSED_BY_CHECK),
      await register(gatewayUrl, REFUSED_AS_DUPLICATE),
      await register(subgraphUrls.cases, REFUSED_AS_DUPLICATE),
    ];
    for (const refusal of refusals) {
      expect(refusal.data?.registerCase ?? null).toBeNull();
      expect(codesOf(refusal).length).toBeGreaterThan(0);
      // Not even the client is told the values.
      for (const value of PERSONAL) expect(JSON.stringify(refusal)).not.toContain(value);
    }
    // Refused input with the same values (an invalid phone), and a body that is not JSON, take the other error paths.
    const badInput = await register(subgraphUrls.cases, { ...REFUSED_BY_CHECK, applicantPhone: `x${REFUSED_BY_CHECK.applicantPhone}` });
    expect(codesOf(badInput)).toEqual(['BAD_USER_INPUT']);
    for (const url of [gatewayUrl, subgraphUrls.cases]) {
      const malformed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cast.tokens.ownStaff}` },
        body: `{"query": "${REGISTER}", "variables": {"input": ${JSON.stringify(REFUSED_BY_CHECK)} ,,}}`,
      });
      expect(malformed.status).toBeGreaterThanOrEqual(400);
    }

    const stored = await withClient(platform.databaseUrls.cases, async (client) => {
      const { rows } = await client.query<{ name: string; count: string }>(
        'SELECT applicant_name AS name, count(*) FROM cases.cases WHERE applicant_name = ANY($1) GROUP BY applicant_name',
        [[REFUSED_BY_CHECK.applicantName, REFUSED_AS_DUPLICATE.applicantName]],
      );
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
    });
    expect(stored).toEqual({ [REFUSED_AS_DUPLICATE.applicantName]: 1 });

    // What the database says of such a refusal quotes the row: the values were there to leak.
    const detail = await withClient(platform.databaseUrls.cases, (client) =>
      client
        .query('UPDATE cases.cases SET applicant_name = $1 WHERE applicant_name = $2', [
          REFUSED_BY_CHECK.applicantName,
          REFUSED_AS_DUPLICATE.applicantName,
        ])
        .then(
          () => '',
          (error: { detail?: string }) => error.detail ?? '',
        ),
    );
    expect(detail).toContain(REFUSED_BY_CHECK.applicantName);
    expect(detail).toContain(REFUSED_AS_DUPLICATE.applicantIdNumber);

    // The database errors were logged (class, code, constraint), so the scan below reads the lines that matter.
    const internal = lines.filter((line) => line.includes('internal error'));
    expect(internal.length).toBeGreaterThanOrEqual(4);
    expect(internal.some((line) => line.includes('test_refuses_applicant'))).toBe(true);
    expect(internal.some((line) => line.includes('23505'))).toBe(true);

    const hits = lines.flatMap((line, index) => PERSONAL.filter((value) => line.includes(value)).map((value) => `line ${index}: ${value}`));
    figures.logLinesScanned = lines.length;
    figures.internalErrorLines = internal.length;
    figures.refusedInserts = refusals.length;
    figures.personalValuesFound = hits.length;
    expect(hits).toEqual([]);
  });
});
