import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressionRate, summarizeCompression, totalsOf } from './domain/rules';
import {
  CREATE,
  dataOf,
  demoTokens,
  hall,
  matterInput,
  publishedMatter,
  startCatalog,
  type CatalogTestSubgraph,
  type Tokens,
} from './test-helpers';

let subgraph: CatalogTestSubgraph;
let tokens: Tokens;

beforeAll(async () => {
  subgraph = await startCatalog();
  tokens = await demoTokens();
});
afterAll(() => subgraph?.close());

type Summary = { rate: number | null; meanRate: number | null; matterCount: number; legalDays: number; committedDays: number };
const SUMMARY = 'rate meanRate matterCount legalDays committedDays';

/** The guide's versions of the demo hall: version 1, or the later version that superseded it. */
function currentDemoMatters() {
  const current = new Map(hall.matters.map((matter) => [matter.code, matter]));
  for (const version of hall.matterVersions) current.set(version.code, version);
  return [...current.values()];
}

describe('compression (提速率)', () => {
  it('is 1 − committed / legal per matter, and null without a legal limit', () => {
    expect(compressionRate(20, 5)).toBe(0.75);
    expect(compressionRate(3, 3)).toBe(0);
    expect(compressionRate(20, 0)).toBe(1);
    expect(compressionRate(0, 0)).toBeNull();
  });

  it('is Σ-based per department, and differs from the mean of per-matter rates', async () => {
    const department = dataOf(
      await subgraph.execute<{ createDepartment: { id: string } }>(
        `mutation { createDepartment(input: { code: "YSJ", name: "压缩测试局", shortName: "压缩", hallZone: "A区", contactPhone: "0571-86005555" }) { id } }`,
        {},
        tokens.manager,
      ),
    ).createDepartment.id;
    const base = { departmentId: department, jointDepartmentIds: [], processSteps: [] };
    // Counted: 20 → 5 (0.75) and 2 → 2 (0).
    const long = await publishedMatter(subgraph, tokens.manager, {
      ...base,
      code: 'YS-001',
      name: '长时限事项',
      legalLimitDays: 20,
      committedLimitDays: 5,
    });
    await publishedMatter(subgraph, tokens.manager, {
      ...base,
      code: 'YS-002',
      name: '短时限事项',
      legalLimitDays: 2,
      committedLimitDays: 2,
    });
    // Not counted: an instant matter, a committed matter without a legal limit, a draft.
    await publishedMatter(subgraph, tokens.manager, {
      ...base,
      code: 'YS-003',
      name: '即办事项',
      kind: 'INSTANT',
      legalLimitDays: 10,
      committedLimitDays: 0,
    });
    await publishedMatter(subgraph, tokens.manager, {
      ...base,
      code: 'YS-004',
      name: '无法定时限事项',
      legalLimitDays: 0,
      committedLimitDays: 0,
    });
    dataOf(
      await subgraph.execute(
        CREATE,
        { input: matterInput({ ...base, code: 'YS-005', name: '草稿事项', legalLimitDays: 30, committedLimitDays: 30 }) },
        tokens.manager,
      ),
    );

    const result = dataOf(
      await subgraph.execute<{
        department: { compressionRate: number; compression: Summary; matters: Array<{ code: string; compressionRate: number | null }> };
      }>(`query ($id: ID!) { department(id: $id) { compressionRate compression { ${SUMMARY} } matters { code compressionRate } } }`, {
        id: department,
      }),
    ).department;
    expect(result.compression).toEqual({ rate: 1 - 7 / 22, meanRate: (0.75 + 0) / 2, matterCount: 2, legalDays: 22, committedDays: 7 });
    expect(result.compressionRate).toBe(result.compression.rate);
    expect(result.matters.map((matter) => [matter.code, matter.compressionRate])).toEqual([
      ['YS-001', 0.75],
      ['YS-002', 0],
      ['YS-003', 1],
      ['YS-004', null],
    ]);

    // A new version with a shorter committed limit changes the figure once it is published.
    const v2 = dataOf(
      await subgraph.execute<{ updateMatter: { id: string } }>(
        `mutation ($id: ID!, $input: MatterInput!) { updateMatter(id: $id, input: $input) { id } }`,
        { id: long, input: matterInput({ ...base, code: 'YS-001', name: '长时限事项', legalLimitDays: 20, committedLimitDays: 2 }) },
        tokens.manager,
      ),
    ).updateMatter.id;
    dataOf(await subgraph.execute(`mutation ($id: ID!) { publishMatter(id: $id) { id } }`, { id: v2 }, tokens.manager));
    const after = dataOf(
      await subgraph.execute<{ department: { compression: Summary } }>(
        `query ($id: ID!) { department(id: $id) { compression { ${SUMMARY} } } }`,
        { id: department },
      ),
    ).department;
    expect(after.compression).toMatchObject({ rate: 1 - 4 / 22, matterCount: 2 });
  });

  it('covers the whole hall with the same definition', async () => {
    const hallWide = dataOf(
      await subgraph.execute<{ hallCompression: Summary; departments: Array<{ compression: Summary }> }>(
        `{ hallCompression { ${SUMMARY} } departments { compression { ${SUMMARY} } } }`,
      ),
    );
    const expected = summarizeCompression(totalsOf(currentDemoMatters().map((matter) => ({ ...matter, status: 'PUBLISHED' as const }))));
    // The previous test's department added 22 legal and 4 committed days over 2 matters.
    expect(hallWide.hallCompression.matterCount).toBe(expected.matterCount + 2);
    expect(hallWide.hallCompression.legalDays).toBe(expected.legalDays + 22);
    expect(hallWide.hallCompression.committedDays).toBe(expected.committedDays + 4);
    expect(hallWide.hallCompression.rate).toBeCloseTo(1 - (expected.committedDays + 4) / (expected.legalDays + 22), 12);
    // The hall's Σ equals the sum of its departments' Σ.
    const departments = hallWide.departments.map((department) => department.compression);
    expect(departments.reduce((sum, department) => sum + department.legalDays, 0)).toBe(hallWide.hallCompression.legalDays);
    expect(departments.reduce((sum, department) => sum + department.matterCount, 0)).toBe(hallWide.hallCompression.matterCount);
    // The demo hall compresses its committed matters' limits by roughly half, like the halls it models.
    expect(expected.rate).toBeGreaterThan(0.45);
    expect(expected.rate).toBeLessThan(0.75);
    expect(expected.meanRate).not.toBeCloseTo(expected.rate ?? 0, 3);
  });
});
