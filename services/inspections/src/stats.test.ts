import { DEFAULT_CHECKLIST } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreOf, type ItemOutcome } from './domain/checklist';
import { clock, codeOf, dataOf, deptAdminToken, demoPlans, hall, managerToken, openSubgraph, supervisorToken, type PlanSummary, type Subgraph } from './test-helpers';

let subgraph: Subgraph;
let manager: string;
let past: PlanSummary;
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const STATS = 'inspections averageScore findings openRectifications overdueRectifications';

beforeAll(async () => {
  clock.now = new Date('2026-11-20T09:30:00Z');
  subgraph = await openSubgraph();
  manager = await managerToken();
  past = (await demoPlans(subgraph, manager)).past;
});
afterAll(() => subgraph?.close());

function expectedScores(): number[] {
  const { pastOutcomes } = hall.inspectionProgramme;
  return pastOutcomes.map((outcome) => {
    const results: ItemOutcome[] = DEFAULT_CHECKLIST.sections.flatMap((section) =>
      section.items.map((item) => ({
        itemKey: item.key,
        outcome: outcome.failures.some((f) => f.itemKey === item.key) ? 'FAIL' : outcome.notApplicable.includes(item.key) ? 'NOT_APPLICABLE' : 'PASS',
        comment: null,
      })),
    );
    return scoreOf(DEFAULT_CHECKLIST.sections, results) as number;
  });
}

describe('inspection statistics', () => {
  it('summarises the hall: the demo October plan has one verified, one reopened and one overdue order', async () => {
    const stats = dataOf(await subgraph.execute<{ inspectionStats: Record<string, unknown> }>(`query ($p: Period!) { inspectionStats(period: $p) { ${STATS} } }`, { p: OCTOBER }, manager)).inspectionStats;
    const scores = expectedScores();
    expect(stats).toEqual({
      inspections: past.inspections.length,
      averageScore: Math.round((100 * scores.reduce((a, b) => a + b)) / scores.length) / 100,
      findings: hall.inspectionProgramme.pastOutcomes.reduce((sum, outcome) => sum + outcome.failures.length, 0),
      openRectifications: 2,
      overdueRectifications: 1,
    });
  });

  it('gives null averages and zeros for an empty period', async () => {
    const stats = dataOf(await subgraph.execute<{ inspectionStats: unknown }>(`query ($p: Period!) { inspectionStats(period: $p) { ${STATS} } }`, { p: { from: '2025-01-01', to: '2025-01-31' } }, manager)).inspectionStats;
    expect(stats).toEqual({ inspections: 0, averageScore: null, findings: 0, openRectifications: 0, overdueRectifications: 0 });
  });

  it('answers a batch of Department references with one SQL statement', async () => {
    const departmentIds = hall.departments.map((department) => department.id);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ inspectionStats: { inspections: number } }> }>(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { inspectionStats(period: $p) { ${STATS} } } } }`,
        { r: departmentIds.map((id) => ({ __typename: 'Department', id })), p: OCTOBER },
        manager,
      ),
    );
    const rows = dataOf(result)._entities;
    expect(rows.reduce((sum, row) => sum + row.inspectionStats.inspections, 0)).toBe(past.inspections.length);
    expect(statements).toBe(1);
  });

  it('answers a batch of Window references with one SQL statement', async () => {
    const windowIds = [...new Set(past.inspections.map((visit) => visit.window!.id))];
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ inspectionStats: { inspections: number } }> }>(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Window { inspectionStats(period: $p) { inspections } } } }`,
        { r: windowIds.map((id) => ({ __typename: 'Window', id })), p: OCTOBER },
        manager,
      ),
    );
    expect(dataOf(result)._entities.reduce((sum, row) => sum + row.inspectionStats.inspections, 0)).toBe(past.inspections.length);
    expect(statements).toBe(1);
  });

  it('gives the monthly report each window’s inspections, counting findings and scores below the pass threshold, to the manager only', async () => {
    const QUERY = `query ($p: Period!) { windowInspectionRecords(period: $p) { window { id } inspections findings belowPassThreshold } inspectionSettings { passThreshold } }`;
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ windowInspectionRecords: Array<{ window: { id: string }; inspections: number; findings: number; belowPassThreshold: number }>; inspectionSettings: { passThreshold: number } }>(QUERY, { p: OCTOBER }, manager),
    );
    const { windowInspectionRecords: records, inspectionSettings } = dataOf(result);
    const perWindow = new Map<string, number>();
    for (const visit of past.inspections) perWindow.set(visit.window!.id, (perWindow.get(visit.window!.id) ?? 0) + 1);
    expect(new Map(records.map((record) => [record.window.id, record.inspections]))).toEqual(perWindow);
    expect(records.reduce((sum, record) => sum + record.findings, 0)).toBe(hall.inspectionProgramme.pastOutcomes.reduce((sum, outcome) => sum + outcome.failures.length, 0));
    const below = expectedScores().filter((score) => score < inspectionSettings.passThreshold).length;
    expect(below).toBeGreaterThan(0);
    expect(records.reduce((sum, record) => sum + record.belowPassThreshold, 0)).toBe(below);
    expect(statements).toBe(3); // the records, the settings the threshold comes from, and inspectionSettings
    const empty = dataOf(await subgraph.execute<{ windowInspectionRecords: unknown[] }>(QUERY, { p: { from: '2025-01-01', to: '2025-01-31' } }, manager));
    expect(empty.windowInspectionRecords).toEqual([]);
    expect(codeOf(await subgraph.execute(QUERY, { p: OCTOBER }, await deptAdminToken(hall.departments[0]!.id)))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(QUERY, { p: OCTOBER }, await supervisorToken(hall.supervisors[0]!.id)))).toBe('FORBIDDEN');
  });

  it('shows a department its own statistics only; the hall-wide ones to the manager only', async () => {
    const own = past.inspections[0]!.department!.id;
    const other = hall.departments.find((department) => department.id !== own)!.id;
    const QUERY = `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { inspectionStats(period: $p) { inspections } } } }`;
    const admin = await deptAdminToken(own);
    const mine = await subgraph.execute<{ _entities: Array<{ inspectionStats: { inspections: number } }> }>(QUERY, { r: [{ __typename: 'Department', id: own }], p: OCTOBER }, admin);
    expect(dataOf(mine)._entities[0]?.inspectionStats.inspections).toBe(past.inspections.filter((visit) => visit.department?.id === own).length);
    expect(codeOf(await subgraph.execute(QUERY, { r: [{ __typename: 'Department', id: other }], p: OCTOBER }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`query ($p: Period!) { inspectionStats(period: $p) { inspections } }`, { p: OCTOBER }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`query ($p: Period!) { inspectionStats(period: $p) { inspections } }`, { p: OCTOBER }, await supervisorToken(hall.supervisors[0]!.id)))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(`query ($p: Period!) { inspectionStats(period: $p) { inspections } }`, { p: { from: '2026-10-31', to: '2026-10-01' } }, manager))).toBe('BAD_USER_INPUT');
  });
});
