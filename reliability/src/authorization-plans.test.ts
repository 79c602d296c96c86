// Suite 1, confidentiality: inspection plans (and visits not yet recorded) never reach the inspected department,
// whichever path it takes: queries, nested fields through the gateway, or `_entities` straight at the subgraph.
import { demoHall } from '@hall/demo-hall';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { codesOf, post, type GraphQLResponse } from './support/graphql';

const hall = demoHall();
let platform: RunningPlatform;
let manager: string;
const inspected: Array<{ label: string; token: string | undefined }> = [];
let planIds: string[] = [];
let hiddenInspection: { id: string; departmentId: string; windowId: string };
let requests = 0;
let leaks = 0;

async function ask<T>(
  url: string,
  query: string,
  token: string | undefined,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  requests += 1;
  return post<T>(url, query, variables, token);
}

beforeAll(async () => {
  platform = await startPlatform();
  manager = await tokenFor({ sub: 'manager', role: 'manager' });
  type Rows = {
    inspections: Array<{ id: string; status: string; department: { id: string } | null; window: { id: string } | null }>;
    inspectionPlans: Array<{ id: string }>;
  };
  const rows = await ask<Rows>(
    platform.subgraphUrls.inspections,
    '{ inspections { id status department { id } window { id } } inspectionPlans { id } }',
    manager,
  );
  const hidden = rows.data?.inspections.find((row) => row.status !== 'SUBMITTED' && row.department && row.window);
  if (!hidden?.department || !hidden.window) throw new Error('the demo hall has no planned inspection');
  hiddenInspection = { id: hidden.id, departmentId: hidden.department.id, windowId: hidden.window.id };
  planIds = rows.data?.inspectionPlans.map((plan) => plan.id) ?? [];
  expect(planIds.length).toBeGreaterThan(0);
  const staff = hall.staff.find((member) => member.departmentId === hiddenInspection.departmentId);
  if (!staff) throw new Error('no staff in the inspected department');
  const dept = hiddenInspection.departmentId;
  inspected.push(
    { label: 'inspected staff', token: await tokenFor({ sub: 'staff', role: 'staff', dept, staffId: staff.id }) },
    { label: 'inspected admin', token: await tokenFor({ sub: 'admin', role: 'dept_admin', dept }) },
    { label: 'public', token: undefined },
  );
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  reportFigures('plan-confidentiality', { requests, leaks });
});

function planLeaked(value: unknown): boolean {
  const text = JSON.stringify(value ?? null);
  return planIds.some((id) => text.includes(id)) || text.includes(hiddenInspection.id);
}

describe('inspection plans never reach the inspected department (suite 1)', () => {
  it('not through Query.inspectionPlans, inspectionPlan, inspections or inspection', async () => {
    for (const url of [platform.gatewayUrl, platform.subgraphUrls.inspections]) {
      for (const { label, token } of inspected) {
        const list = await ask(url, '{ inspectionPlans { id } }', token);
        expect(codesOf(list), label).toContain('FORBIDDEN');
        for (const id of planIds) {
          const one = await ask<{ inspectionPlan: unknown }>(
            url,
            'query($id: ID!) { inspectionPlan(id: $id) { id name inspections { id } } }',
            token,
            { id },
          );
          if (planLeaked(one.data)) leaks += 1;
          expect(one.data?.inspectionPlan ?? null, label).toBeNull();
        }
        const mine = await ask(url, '{ inspections { id status plan { id } } }', token);
        if (planLeaked(mine.data)) leaks += 1;
        expect(planLeaked(mine.data), `${label}: ${JSON.stringify(mine.data).slice(0, 200)}`).toBe(false);
        const direct = await ask<{ inspection: unknown }>(url, 'query($id: ID!) { inspection(id: $id) { id plan { id } } }', token, {
          id: hiddenInspection.id,
        });
        expect(direct.data?.inspection ?? null, label).toBeNull();
      }
    }
  });

  it('not through nested fields (Window.inspections, Department.rectifications) at the gateway', async () => {
    for (const { label, token } of inspected.slice(0, 2)) {
      const nested = await ask(
        platform.gatewayUrl,
        `query($id: ID!) { window(id: $id) { inspections { id status plan { id name } } } departments { id rectifications { id inspection { id plan { id } } } } }`,
        token,
        { id: hiddenInspection.windowId },
      );
      if (planLeaked(nested.data)) leaks += 1;
      expect(planLeaked(nested.data), `${label}: ${JSON.stringify(nested).slice(0, 300)}`).toBe(false);
      expect(codesOf(nested)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('not through _entities at the subgraph', async () => {
    const representations = [
      ...planIds.map((id) => ({ __typename: 'InspectionPlan', id })),
      { __typename: 'Inspection', id: hiddenInspection.id },
      { __typename: 'Window', id: hiddenInspection.windowId },
      { __typename: 'Department', id: hiddenInspection.departmentId },
    ];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on InspectionPlan { id name visits: inspections { id } }
      ... on Inspection { id status plan { id } }
      ... on Window { windowInspections: inspections { id status plan { id } } }
      ... on Department { rectifications { id inspection { id plan { id } } } }
    } }`;
    for (const { label, token } of inspected) {
      const answer = await ask(platform.subgraphUrls.inspections, query, token, { representations });
      if (planLeaked(answer.data)) leaks += 1;
      expect(planLeaked(answer.data), `${label}: ${JSON.stringify(answer).slice(0, 300)}`).toBe(false);
      expect(answer.status, JSON.stringify(answer.errors)).toBe(200);
      expect(codesOf(answer)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const seen = await ask<{ _entities: unknown[] }>(platform.subgraphUrls.inspections, query, manager, { representations });
    expect(planLeaked(seen.data), `the manager does see them (the check can fail): ${JSON.stringify(seen).slice(0, 300)}`).toBe(true);
  });
});
