import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentFixture, importedInstantCase, startHarness, tokens, type CasesHarness } from './test-helpers';

/**
 * The honest one-visit rate (CaseStats.episodes, honestOneVisitRate, Query.visitEpisodes) on hand-computed histories,
 * imported through the API.
 */
const gaj = departmentFixture('GAJ');
const scjg = departmentFixture('SCJG');
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

let harness: CasesHarness;
let manager: string;
let counter = 0;

const idNumber = (applicant: string) => `3399011985050${applicant.charCodeAt(0)}12X`.slice(0, 17) + 'X';

/** An instant case of GAJ for an applicant: withdrawn, or completed on the spot, with its trips. */
function instant(applicant: string, day: string, outcome: 'COMPLETED' | 'WITHDRAWN', visits = 1) {
  counter += 1;
  return importedInstantCase({ fixture: gaj, applicantIdNumber: idNumber(applicant), day, outcome, sequence: counter, visits });
}

/** A committed case of GAJ, completed on 10 March 2025 after two trips. */
function committed(applicant: string) {
  counter += 1;
  return {
    number: `ZW20250303${String(counter).padStart(5, '0')}`,
    firstOwnerStaffId: gaj.clerk.id,
    matterId: gaj.committed.id,
    applicantName: '钱七',
    applicantIdNumber: idNumber(applicant),
    applicantPhone: `1380000${String(counter).padStart(4, '0')}`,
    visits: 2,
    events: [
      { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' },
      { at: '2025-03-03T03:00:00Z', to: 'ACCEPTED' },
      { at: '2025-03-04T02:00:00Z', to: 'UNDER_REVIEW' },
      { at: '2025-03-07T02:00:00Z', to: 'APPROVED' },
      { at: '2025-03-10T03:00:00Z', to: 'COMPLETED' },
    ],
  };
}

const rows = [
  // A: withdrawn on 3 March, back on 10 March and done in one trip: one episode of two trips.
  instant('A', '2025-03-03', 'WITHDRAWN'),
  instant('A', '2025-03-10', 'COMPLETED'),
  // B: one case, one trip.
  instant('B', '2025-03-05', 'COMPLETED'),
  // C: withdrawn in January, back 69 days later (over 30): two episodes, the March one done in one trip.
  instant('C', '2025-01-02', 'WITHDRAWN'),
  instant('C', '2025-03-12', 'COMPLETED'),
  // D: two matters, two episodes: the instant one in one trip, the committed one in two (as its case says).
  instant('D', '2025-03-06', 'COMPLETED'),
  committed('D'),
];

const STATS = 'completed oneVisitRate episodes honestOneVisitRate';

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2025-04-02T02:00:00Z'));
  manager = await tokens.manager();
  const result = await harness.subgraph.execute<{ importCases: { imported: number; errors: unknown[] } }>(
    `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported errors { row field message } } }`,
    { input: { cases: rows } },
    manager,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.importCases).toEqual({ imported: rows.length, errors: [] });
});
afterAll(() => harness?.close());

describe('the honest one-visit rate', () => {
  it('counts the trips of the whole episode beside the case’s own (hand-computed)', async () => {
    const result = await harness.subgraph.execute<{ caseStats: Record<string, number | null> }>(`query ($p: Period!) { caseStats(period: $p) { ${STATS} } }`, { p: MARCH }, manager);
    expect(result.errors).toBeUndefined();
    // Completed in March: A2, B1, C2, D1 (one trip each) and D2 (two): per case 4 / 5. Episodes: {A1, A2} two trips,
    // {B1}, {C2}, {D1} one, {D2} two: 3 / 5.
    expect(result.data?.caseStats).toEqual({ completed: 5, oneVisitRate: 0.8, episodes: 5, honestOneVisitRate: 0.6 });
  });

  it('gives each department its own episodes, a batch of departments in one statement', async () => {
    const query = `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { caseStats(period: $p) { ${STATS} } } } }`;
    const { result, statements } = await harness.subgraph.runtime.database.statements.measure(() =>
      harness.subgraph.execute<{ _entities: Array<{ caseStats: Record<string, number | null> }> }>(
        query,
        { r: [gaj.department.id, scjg.department.id].map((id) => ({ __typename: 'Department', id })), p: MARCH },
        manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.caseStats)).toEqual([
      { completed: 5, oneVisitRate: 0.8, episodes: 5, honestOneVisitRate: 0.6 },
      { completed: 0, oneVisitRate: null, episodes: 0, honestOneVisitRate: null },
    ]);
    // The case counts, then the episodes: one statement each for both departments.
    expect(statements).toBe(2);
  });

  it('lists the episodes that make the difference, with their cases in order', async () => {
    const result = await harness.subgraph.execute<{ visitEpisodes: Array<{ trips: number; completingTrips: number; cases: Array<{ number: string }>; departments: Array<{ id: string }> }> }>(
      `query ($p: Period!) { visitEpisodes(period: $p) { trips completingTrips cases { number } departments { id } } }`,
      { p: MARCH },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.visitEpisodes).toEqual([{ trips: 2, completingTrips: 1, cases: [{ number: rows[0]?.number }, { number: rows[1]?.number }], departments: [{ id: gaj.department.id }] }]);
    const none = await harness.subgraph.execute<{ visitEpisodes: unknown[] }>(`query ($p: Period!, $d: ID) { visitEpisodes(period: $p, departmentId: $d) { trips } }`, { p: MARCH, d: scjg.department.id }, manager);
    expect(none.data?.visitEpisodes).toEqual([]);
  });

  it('links applicants by a keyed hash, never by the ID number, and keeps the list the manager’s', async () => {
    const { rows: keys } = await harness.subgraph.runtime.database.pool.query<{ applicant_id_number: string; applicant_key: string }>(
      'SELECT applicant_id_number, applicant_key FROM cases.cases',
    );
    expect(keys).toHaveLength(rows.length);
    for (const row of keys) {
      expect(row.applicant_key).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applicant_key).not.toContain(row.applicant_id_number.slice(0, 6));
    }
    expect(new Set(keys.map((row) => row.applicant_key)).size).toBe(4);
    const admin = await tokens.deptAdmin(gaj.department.id);
    const refused = await harness.subgraph.execute(`query ($p: Period!) { visitEpisodes(period: $p) { trips } }`, { p: MARCH }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await harness.subgraph.execute(`query ($p: Period!) { visitEpisodes(period: $p, departmentId: "x") { trips } }`, { p: MARCH }, manager);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
