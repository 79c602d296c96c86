import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { platformSubgraphs, subgraphSchemaPath } from '@hall/db';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSubgraph, formatReport, NEW_SUBGRAPH_URL, type CheckReport } from './check';

const CASES_SCHEMA = readFileSync(fileURLToPath(new URL('../../../services/cases/schema.graphql', import.meta.url)), 'utf8');
const directory = mkdtempSync(join(tmpdir(), 'check-subgraph-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let written = 0;
/** The cases schema with each `[from, to]` replaced once (every `from` must be there), in a file of its own. */
function proposedCases(...edits: Array<[from: string, to: string]>): string {
  let schema = CASES_SCHEMA;
  for (const [from, to] of edits) {
    expect(schema, `the cases schema has ${JSON.stringify(from)}`).toContain(from);
    schema = schema.replace(from, to);
  }
  const file = join(directory, `proposed-${++written}.graphql`);
  writeFileSync(file, schema);
  return file;
}

function checkCases(file: string): Promise<CheckReport> {
  return checkSubgraph({ schemaFile: file, name: 'cases' });
}

// The first check also reads every front end's documents (cached for the others): a longer timeout.
const FIRST = 120_000;
const ONE = 60_000;

describe('check-subgraph', () => {
  it(
    'passes every subgraph of the platform as it is, finding each one by its schema file',
    async () => {
      for (const entry of platformSubgraphs().subgraphs) {
        const report = await checkSubgraph({ schemaFile: subgraphSchemaPath(entry) });
        expect({ subgraph: report.subgraph, problems: formatReport(report).split('\n').slice(1, -1).filter(Boolean) }).toEqual({
          subgraph: entry.name,
          problems: [],
        });
        expect(report.ok).toBe(true);
        expect(report.operationsChecked).toBeGreaterThan(50);
      }
    },
    FIRST,
  );

  it(
    'refuses a removed field, as a breaking change and, for a name of the contract, as a contract violation',
    async () => {
      const report = await checkCases(proposedCases(['  "办件编号, what the applicant quotes."\n  number: String!\n', '']));
      expect(report.ok).toBe(false);
      expect(report.compositionErrors).toEqual([]);
      expect(report.breaking).toContainEqual({ coordinate: 'Case.number', change: 'removed' });
      expect(report.contract).toEqual(['Case.number is missing']);
      const printed = formatReport(report);
      expect(printed).toContain('  Case.number: removed');
      expect(printed).toContain('  contract: Case.number is missing');
      expect(printed.split('\n').at(-1)).toMatch(
        /^FAILED: composition 0, breaking \d+, contract 1, operations \d+ of \d+ invalid, warnings 0$/,
      );
    },
    ONE,
  );

  it(
    'refuses an output field made nullable',
    async () => {
      const report = await checkCases(proposedCases(['  status: CaseStatus!\n  "Masked', '  status: CaseStatus\n  "Masked']));
      expect(report.ok).toBe(false);
      expect(report.breaking).toEqual([
        { coordinate: 'Case.status', change: 'made nullable (CaseStatus! → CaseStatus): clients rely on a value' },
      ]);
      expect(report.contract).toEqual(['Case.status is retyped: CaseStatus, the contract has CaseStatus!']);
    },
    ONE,
  );

  it(
    'refuses an argument made required',
    async () => {
      const report = await checkCases(proposedCases(['warningCases(level: Warning)', 'warningCases(level: Warning!)']));
      expect(report.ok).toBe(false);
      expect(report.breaking).toEqual([{ coordinate: 'Query.warningCases(level:)', change: 'made required (Warning → Warning!)' }]);
      expect(report.contract).toEqual([]);
    },
    ONE,
  );

  it(
    'refuses a schema that does not compose, with the composition error, and runs no other check',
    async () => {
      const report = await checkCases(
        proposedCases(['type Department @key(fields: "id") {\n  id: ID!', 'type Department @key(fields: "id") {\n  id: String!']),
      );
      expect(report.ok).toBe(false);
      expect(report.compositionErrors).toEqual([
        expect.stringMatching(
          /^Type of field "Department\.id" is incompatible across subgraphs: it has type "String!" in subgraph "cases"/,
        ),
      ]);
      expect([report.breaking, report.contract, report.operations, report.operationsChecked]).toEqual([[], [], [], 0]);
      expect(formatReport(report).split('\n').at(-1)).toBe('FAILED: composition 1, breaking, contract and operations not run');
    },
    ONE,
  );

  it(
    'refuses removing a field only a front end relies on, naming the app and its operations',
    async () => {
      // The case desk's CaseDeskCase (frontends/case-desk/src/case.graphql.ts) asks for it; the contract does not name it.
      const removed =
        '  "Working days the clock stood still (supplement awaited after acceptance, suspension), added to the deadline."\n  pausedWorkingDays: Int!\n';
      const report = await checkCases(proposedCases([removed, '']));
      expect(report.ok).toBe(false);
      expect(report.contract).toEqual([]);
      expect(report.breaking).toEqual([{ coordinate: 'Case.pausedWorkingDays', change: 'removed' }]);
      expect(report.operations).toContainEqual({
        app: 'case-desk',
        operation: 'CaseDeskCase',
        file: 'frontends/case-desk/src/case.graphql.ts',
        message: 'Cannot query field "pausedWorkingDays" on type "Case".',
      });
      expect(new Set(report.operations.map((problem) => problem.app))).toEqual(new Set(['case-desk']));
      expect(formatReport(report)).toContain(
        '  case-desk: CaseDeskCase (frontends/case-desk/src/case.graphql.ts): Cannot query field "pausedWorkingDays" on type "Case".',
      );
    },
    ONE,
  );

  it(
    'passes a purely additive change, printing its dangerous changes as warnings',
    async () => {
      const report = await checkCases(
        proposedCases(
          ['type CaseStats {\n', 'type CaseStats {\n  "Cases reopened in the period."\n  reopened: Int\n'],
          [
            'cases(filter: CaseFilter, first: Int = 20, after: String)',
            'cases(filter: CaseFilter, first: Int = 20, after: String, window: ID)',
          ],
        ),
      );
      expect(report.breaking).toEqual([]);
      expect(report.dangerous).toEqual([{ coordinate: 'Query.cases(window:)', change: 'optional argument added' }]);
      expect(report.ok).toBe(true);
      const printed = formatReport(report);
      expect(printed).toContain('  warning: Query.cases(window:): optional argument added');
      expect(printed.split('\n').at(-1)).toMatch(/^ok: composition 0, breaking 0, contract 0, operations 0 of \d+ invalid, warnings 1$/);
    },
    ONE,
  );

  it(
    'adds a subgraph the list does not have when --name names it, and asks for --name when the file is no subgraph’s',
    async () => {
      const file = join(directory, 'notices.graphql');
      writeFileSync(file, 'type Query {\n  "The hall\'s notice of the day."\n  hallNotice: String\n}\n');
      await expect(checkSubgraph({ schemaFile: file })).rejects.toThrow(
        /is not the schema of any subgraph in .*subgraphs\.json: pass --name/,
      );
      const report = await checkSubgraph({ schemaFile: file, name: 'notices' });
      expect({ subgraph: report.subgraph, added: report.added, ok: report.ok }).toEqual({ subgraph: 'notices', added: true, ok: true });
      expect(report.dangerous).toEqual([]);
      expect(NEW_SUBGRAPH_URL).toBe('http://localhost:4999/graphql');
    },
    ONE,
  );

  it(
    'as a command: resolves the file against the caller’s folder, prints the report and exits with 1 on a failure',
    async () => {
      const file = proposedCases([
        'type Department @key(fields: "id") {\n  id: ID!',
        'type Department @key(fields: "id") {\n  id: String!',
      ]);
      // Not through npx, which sets INIT_CWD itself.
      const cli = fileURLToPath(new URL('../check-subgraph-cli.ts', import.meta.url));
      const outcome = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', cli, file.slice(directory.length + 1), '--name', 'cases'],
        {
          cwd: fileURLToPath(new URL('../..', import.meta.url)),
          env: { ...process.env, INIT_CWD: directory },
        },
      ).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
      );
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toContain(`check-subgraph: cases with ${file.slice(directory.length + 1)}`);
      expect(outcome.stdout).toContain('Type of field "Department.id" is incompatible across subgraphs');
      expect(outcome.stdout.trimEnd().split('\n').at(-1)).toBe('FAILED: composition 1, breaking, contract and operations not run');
    },
    ONE,
  );
});
