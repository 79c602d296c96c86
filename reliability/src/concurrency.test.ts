// Suite 6: many workers move the same cases on and evaluate them at once, and book the same roster slots; afterwards
// every case agrees with its trail, versions moved with events, no case has two evaluations, no slot is booked twice.
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_OVERRIDES } from './authorization-matrix';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';
import { castOfDemoUsers, type Cast } from './support/identities';
import { withClient } from './support/services';
import { discoverTargets, type Targets } from './support/targets';

const WORKERS = 8;
const STEPS_PER_WORKER = 40;
const CASES = 6;
let platform: RunningPlatform;
let cast: Cast;
let targets: Targets;
const figures = {
  workers: WORKERS,
  cases: CASES,
  attempts: 0,
  succeeded: 0,
  conflicts: 0,
  otherRefusals: 0,
  internalErrors: 0,
  evaluationAttempts: 0,
  evaluationsStored: 0,
  shiftAttempts: 0,
  shiftsStored: 0,
};

beforeAll(async () => {
  platform = await startPlatform();
  cast = await castOfDemoUsers();
  targets = await discoverTargets(cast, platform.subgraphUrls);
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  reportFigures('concurrency', figures);
});

type CaseState = { id: string; status: string; version: number };

/** The next step of the lifecycle for a status, as `[mutation, extra arguments]`. */
function nextStep(status: string, pick: number): [string, string] | undefined {
  const steps: Record<string, Array<[string, string]>> = {
    SUBMITTED: [['acceptCase', '']],
    ACCEPTED: [['startReview', '']],
    UNDER_REVIEW: [
      ['decideCase', ', approved: true'],
      ['suspendCase', ', reason: "专家评审"'],
    ],
    SUSPENDED: [['resumeCase', '']],
    APPROVED: [['completeCase', '']],
    COMPLETED: [['deliverCase', ', method: PICKUP']],
  };
  const options = steps[status];
  return options?.[pick % options.length];
}

describe('concurrency soak (suite 6)', () => {
  it('keeps every case consistent with its trail while workers race on the same cases', async () => {
    const url = platform.subgraphUrls.cases;
    const token = cast.tokens.ownStaff;
    const register = ARGUMENT_OVERRIDES(targets)['cases.Mutation.registerCase'];
    const ids: string[] = [];
    for (let i = 0; i < CASES; i += 1) {
      const created = await post<{ registerCase: CaseState }>(
        url,
        'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id status version } }',
        register,
        token,
      );
      expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      if (created.data) ids.push(created.data.registerCase.id);
    }
    const before = await withClient(platform.databaseUrls.cases, async (client) => {
      const { rows } = await client.query<{ id: string; version: number; events: string }>(
        'SELECT c.id, c.version, (SELECT count(*) FROM cases.case_events e WHERE e.case_id = c.id) AS events FROM cases.cases c WHERE c.id = ANY($1)',
        [ids],
      );
      return new Map(rows.map((row) => [row.id, row]));
    });

    const worker = async (seed: number) => {
      for (let step = 0; step < STEPS_PER_WORKER; step += 1) {
        const id = ids[(seed * 7 + step) % ids.length] ?? '';
        const read = await post<{ case: CaseState | null }>(url, 'query($id: ID!) { case(id: $id) { id status version } }', { id }, token);
        const state = read.data?.case;
        if (!state) continue;
        const next = nextStep(state.status, seed + step);
        if (!next) continue;
        const [mutation, extra] = next;
        const answer = await post(
          url,
          `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${extra}) { id } }`,
          { id, v: state.version },
          token,
        );
        figures.attempts += 1;
        const codes = codesOf(answer);
        if (codes.length === 0) figures.succeeded += 1;
        else if (codes.every((code) => code === 'CONFLICT')) figures.conflicts += 1;
        else if (codes.includes('INTERNAL_SERVER_ERROR')) figures.internalErrors += 1;
        else figures.otherRefusals += 1;
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, seed) => worker(seed)));

    const completed = await withClient(platform.databaseUrls.cases, async (client) => {
      const { rows } = await client.query<{ id: string; evaluation_code: string }>(
        `SELECT id, evaluation_code FROM cases.cases WHERE id = ANY($1) AND status IN ('COMPLETED', 'DELIVERED')`,
        [ids],
      );
      return rows;
    });
    await Promise.all(
      completed.flatMap(({ evaluation_code: code }) =>
        Array.from({ length: WORKERS }, async (_, level) => {
          // 一事一评: the desk's tablet sends the case's evaluation code without the staff member's token.
          const answer = await post(
            url,
            'mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id } }',
            { input: { code, level: (level % 5) + 1, channel: 'WINDOW_TABLET' } },
          );
          figures.evaluationAttempts += 1;
          expect(codesOf(answer)).not.toContain('INTERNAL_SERVER_ERROR');
        }),
      ),
    );

    await withClient(platform.databaseUrls.cases, async (client) => {
      const { rows } = await client.query<{
        id: string;
        status: string;
        version: number;
        events: string;
        last: string | null;
        evaluations: string;
      }>(
        `SELECT c.id, c.status, c.version,
                (SELECT count(*) FROM cases.case_events e WHERE e.case_id = c.id) AS events,
                (SELECT e.to_status FROM cases.case_events e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1) AS last,
                (SELECT count(*) FROM cases.evaluations v WHERE v.case_id = c.id) AS evaluations
         FROM cases.cases c WHERE c.id = ANY($1)`,
        [ids],
      );
      for (const row of rows) {
        const start = before.get(row.id);
        expect(row.status, `case ${row.id}: status agrees with the last event`).toBe(row.last);
        expect(row.version - (start?.version ?? 0), `case ${row.id}: one version per event`).toBe(
          Number(row.events) - Number(start?.events ?? 0),
        );
        expect(Number(row.evaluations)).toBeLessThanOrEqual(1);
        figures.evaluationsStored += Number(row.evaluations);
      }
      const wholeTrail = await client.query<{ id: string }>(
        `SELECT c.id FROM cases.cases c WHERE c.status::text <> (SELECT e.to_status::text FROM cases.case_events e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1)`,
      );
      expect(wholeTrail.rows, 'every case of the hall agrees with its trail').toEqual([]);
    });
    expect(figures.internalErrors).toBe(0);
    expect(figures.succeeded).toBeGreaterThan(CASES);
    expect(figures.evaluationsStored).toBe(completed.length);
  }, 120_000);

  it('never books a window or a staff member twice for the same slot', async () => {
    const url = platform.subgraphUrls.duty;
    const windows = cast.hall.windows.filter((window) => window.departmentIds.includes(targets.ownDepartmentId)).slice(0, 3);
    const staff = cast.hall.staff.filter((member) => member.departmentId === targets.ownDepartmentId).slice(0, 4);
    const date = '2027-03-03';
    const attempts = windows.flatMap((window) =>
      staff.flatMap((member) =>
        (['MORNING', 'FULL_DAY'] as const).map((period) => ({ windowId: window.id, staffId: member.id, date, period })),
      ),
    );
    const results = await Promise.all(
      [...attempts, ...attempts].map(async (input) => {
        const answer = await post(
          url,
          'mutation($input: ShiftInput!) { scheduleShift(input: $input) { id } }',
          { input },
          cast.tokens.manager,
        );
        figures.shiftAttempts += 1;
        return codesOf(answer);
      }),
    );
    expect(results.flat()).not.toContain('INTERNAL_SERVER_ERROR');
    await withClient(platform.databaseUrls.duty, async (client) => {
      const overlap = `(a.period = b.period OR a.period = 'FULL_DAY' OR b.period = 'FULL_DAY')`;
      const windowsTwice = await client.query(
        `SELECT a.id FROM duty.shifts a JOIN duty.shifts b ON a.id < b.id AND a.window_id = b.window_id AND a.date = b.date AND ${overlap}`,
      );
      const staffTwice = await client.query(
        `SELECT a.id FROM duty.shifts a JOIN duty.shifts b ON a.id < b.id AND a.staff_id = b.staff_id AND a.date = b.date AND ${overlap}`,
      );
      expect(windowsTwice.rows, 'a window booked twice').toEqual([]);
      expect(staffTwice.rows, 'a staff member booked twice').toEqual([]);
      const stored = await client.query<{ count: string }>(`SELECT count(*) FROM duty.shifts WHERE date = $1`, [date]);
      figures.shiftsStored = Number(stored.rows[0]?.count ?? 0);
    });
  }, 60_000);
});
