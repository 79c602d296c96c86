import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckPassingByDepartment, type ReferralCase, type ReferralFlag } from './domain/referrals';
import { departmentFixture, importedInstantCase, startHarness, tokens, type CasesHarness } from './test-helpers';

/**
 * The buck-passing detector's turn-aways (ReferralFlagKind.TURNED_AWAY) and each department's count in the monthly
 * report, on hand-made histories imported through the API.
 */
const gaj = departmentFixture('GAJ');
const scjg = departmentFixture('SCJG');

let harness: CasesHarness;
let manager: string;
let counter = 0;

const idNumber = (applicant: string) => `3399011990010${applicant.charCodeAt(0)}34X`.slice(0, 17) + 'X';

/** An instant case of a department for an applicant: withdrawn, or completed on the spot. */
function instant(fixture: typeof gaj, applicant: string, day: string, outcome: 'COMPLETED' | 'WITHDRAWN') {
  counter += 1;
  return importedInstantCase({ fixture, applicantIdNumber: idNumber(applicant), day, outcome, sequence: counter });
}

const rows = [
  // A: withdrew at GAJ, at SCJG a week later: turned away (counted for GAJ).
  instant(gaj, 'A', '2025-03-03', 'WITHDRAWN'),
  instant(scjg, 'A', '2025-03-10', 'COMPLETED'),
  // B: withdrew at GAJ and came back to GAJ: not passed on.
  instant(gaj, 'B', '2025-03-04', 'WITHDRAWN'),
  instant(gaj, 'B', '2025-03-06', 'COMPLETED'),
  // C: withdrew at GAJ, at SCJG 40 days later: too far apart to be the same errand.
  instant(gaj, 'C', '2025-02-01', 'WITHDRAWN'),
  instant(scjg, 'C', '2025-03-13', 'COMPLETED'),
  // D: done at GAJ, then at SCJG: nothing was turned away.
  instant(gaj, 'D', '2025-03-05', 'COMPLETED'),
  instant(scjg, 'D', '2025-03-07', 'COMPLETED'),
];

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2025-04-02T02:00:00Z'));
  manager = await tokens.manager();
  const result = await harness.subgraph.execute<{ importCases: { imported: number; errors: unknown[] } }>(
    `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported errors { row field message } } }`,
    { input: { cases: rows } },
    manager,
  );
  expect(result.data?.importCases).toEqual({ imported: rows.length, errors: [] });
});
afterAll(() => harness?.close());

describe('turn-aways (未书面告知即另赴他处)', () => {
  it('flags a withdrawal followed soon by the same applicant at another department, and nothing else (hand-made)', async () => {
    const result = await harness.subgraph.execute<{ referralFlags: Array<{ kind: string; cases: Array<{ number: string }>; departments: Array<{ id: string }> }> }>(
      `{ referralFlags { kind cases { number } departments { id } } }`,
      {},
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.referralFlags).toEqual([
      { kind: 'TURNED_AWAY', cases: [{ number: rows[0]?.number }, { number: rows[1]?.number }], departments: [{ id: gaj.department.id }, { id: scjg.department.id }] },
    ]);
  });

  it('counts each department’s signals in the monthly report: the turn-away for the department the applicant left', async () => {
    const result = await harness.subgraph.execute<{ monthlyReport: { buckPassing: unknown[] } }>(
      `{ monthlyReport(month: "2025-03") { buckPassing { department { id } loops thirdHandOffs turnedAway } } }`,
      {},
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.monthlyReport.buckPassing).toEqual([{ department: { id: gaj.department.id }, loops: 0, thirdHandOffs: 0, turnedAway: 1 }]);
    const february = await harness.subgraph.execute<{ monthlyReport: { buckPassing: unknown[] } }>(`{ monthlyReport(month: "2025-02") { buckPassing { turnedAway } } }`, {}, manager);
    expect(february.data?.monthlyReport.buckPassing).toEqual([]);
  });
});

describe('buckPassingByDepartment', () => {
  const kase = (id: string, departmentId: string, status: string, month = 'in'): ReferralCase & { month: string } => ({ id, departmentId, status, referredToDepartmentId: null, referredFromCaseId: null, month });
  type Case = ReturnType<typeof kase>;
  const flag = (kind: ReferralFlag<Case>['kind'], cases: Case[]): ReferralFlag<Case> => ({ kind, cases, departmentIds: [] });

  it('counts a chain for every department that referred in it, a turn-away for the one left, only when the last case is in the period', () => {
    const counts = buckPassingByDepartment(
      [
        flag('LOOP', [kase('1', 'A', 'REFERRED'), kase('2', 'B', 'REFERRED'), kase('3', 'A', 'COMPLETED')]),
        flag('THIRD_HANDOFF', [kase('4', 'A', 'REFERRED'), kase('5', 'C', 'REFERRED'), kase('6', 'D', 'REFERRED'), kase('7', 'E', 'SUBMITTED')]),
        flag('TURNED_AWAY', [kase('8', 'B', 'WITHDRAWN'), kase('9', 'C', 'COMPLETED')]),
        flag('TURNED_AWAY', [kase('10', 'A', 'WITHDRAWN'), kase('11', 'C', 'COMPLETED', 'before')]),
      ],
      (last) => last.month === 'in',
    );
    expect(counts).toEqual([
      { departmentId: 'A', loops: 1, thirdHandOffs: 1, turnedAway: 0 },
      { departmentId: 'B', loops: 1, thirdHandOffs: 0, turnedAway: 1 },
      { departmentId: 'C', loops: 0, thirdHandOffs: 1, turnedAway: 0 },
      { departmentId: 'D', loops: 0, thirdHandOffs: 1, turnedAway: 0 },
    ]);
  });
});
