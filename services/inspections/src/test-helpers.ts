import { demoHall } from '@hall/demo-hall';
import { fixedCalendarSource, type CalendarSource } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type OperationResult, type TestSubgraph } from '@hall/service-kit/testing';
import { expect } from 'vitest';
import type { InspectionsContext } from './context';
import type { InspectionsTables } from './db/schema';
import { createInspectionsSubgraph } from './subgraph';

export type Subgraph = TestSubgraph<InspectionsTables, InspectionsContext>;

export const hall = demoHall();

/** A settable clock (no timed tests): the demo's "now", 2026-11-20 17:30 in the hall. */
export const clock = { now: new Date('2026-11-20T09:30:00Z') };

/** The demo-seeded subgraph; its hall calendar is the statutory one unless the test hands it a source. */
export function openSubgraph(calendarSource: CalendarSource = fixedCalendarSource()): Promise<Subgraph> {
  return createTestSubgraph(createInspectionsSubgraph({ now: () => clock.now, timeZone: 'Asia/Shanghai', calendarSource }), { seedDemo: true });
}

export const managerToken = () => tokenFor({ sub: 'manager', role: 'manager' });
export const supervisorToken = (supervisorId: string) => tokenFor({ sub: `sv-${supervisorId}`, role: 'supervisor', supervisorId });
export const deptAdminToken = (dept: string) => tokenFor({ sub: `da-${dept}`, role: 'dept_admin', dept });
export function staffToken(dept: string): Promise<string> {
  const member = hall.staff.find((staff) => staff.departmentId === dept);
  if (!member) throw new Error(`no staff in ${dept}`);
  return tokenFor({ sub: `st-${member.id}`, role: 'staff', dept, staffId: member.id });
}

export function codeOf(result: OperationResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

export function dataOf<T>(result: OperationResult<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

export interface Visit {
  id: string;
  status: string;
  plannedFor: string;
  supervisor: { id: string } | null;
  department: { id: string } | null;
  window: { id: string } | null;
}
export interface PlanSummary {
  id: string;
  name: string;
  from: string;
  inspections: Visit[];
}

/** The demo plans as the manager sees them (assignments are made when the subgraph seeds its database). */
export async function demoPlans(subgraph: Subgraph, token: string): Promise<{ past: PlanSummary; current: PlanSummary }> {
  const result = await subgraph.execute<{ inspectionPlans: PlanSummary[] }>(
    `{ inspectionPlans { id name from inspections { id status plannedFor supervisor { id } department { id } window { id } } } }`,
    {},
    token,
  );
  const plans = dataOf(result).inspectionPlans;
  const past = plans.find((plan) => plan.from < '2026-11-01');
  const current = plans.find((plan) => plan.from >= '2026-11-01');
  if (!past || !current) throw new Error('demo plans missing');
  return { past, current };
}

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
