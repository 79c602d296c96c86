import type { WorkingCalendar } from '@hall/service-kit';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { inspections, supervisors, type InspectionsTables } from '../db/schema';
import { addDays } from '../domain/days';
import { assignVisits, MIN_DAYS_BETWEEN_VISITS, type PlanInputs } from '../domain/planner';

type Reader = Pick<NodePgDatabase<InspectionsTables>, 'select'>;

export interface PlanRequest {
  period: { from: string; to: string };
  windows: Array<{ windowId: string; departmentIds: string[] }>;
  visits?: number | null | undefined;
}

/** What the planner needs, read from the database in a canonical order, with the hall calendar's overrides of the period (the inputs stored for audit). */
export async function planInputs(tx: Reader, input: PlanRequest, calendar: WorkingCalendar): Promise<PlanInputs> {
  const { from, to } = input.period;
  const windowIds = input.windows.map((window) => window.windowId);
  const active = await tx.select().from(supervisors).where(eq(supervisors.active, true)).orderBy(asc(supervisors.id));
  const earlier = await tx
    .select({ supervisorId: inspections.supervisorId, windowId: inspections.windowId, day: inspections.plannedFor })
    .from(inspections)
    .where(
      and(
        inArray(inspections.windowId, windowIds),
        gte(inspections.plannedFor, addDays(from, -(MIN_DAYS_BETWEEN_VISITS - 1))),
        lte(inspections.plannedFor, addDays(to, MIN_DAYS_BETWEEN_VISITS - 1)),
      ),
    )
    .orderBy(asc(inspections.plannedFor), asc(inspections.windowId), asc(inspections.supervisorId));
  return {
    from,
    to,
    windows: [...input.windows].sort((a, b) => a.windowId.localeCompare(b.windowId)),
    visits: input.visits ?? input.windows.length,
    supervisors: active.map((s) => ({
      id: s.id,
      termStart: s.termStart,
      termEnd: s.termEnd,
      tiedDepartmentIds: [...s.tiedDepartmentIds].sort(),
    })),
    earlierVisits: earlier,
    calendarOverrides: calendar.overridesIn(from, to),
  };
}

export interface AssignedVisit {
  windowId: string;
  /** The window's lead department (the first listed). */
  departmentId: string;
  supervisorId: string;
  day: string;
}

export type PlanAssignment =
  { ok: true; inputs: PlanInputs; visits: AssignedVisit[] } | { ok: false; reason: string; windowId: string | null };

/**
 * A plan's visits as the planner assigns them from the seed, on the working days of the hall calendar, against what is
 * stored (the mutation's and the import's one path).
 */
export async function assignPlan(tx: Reader, input: PlanRequest, seed: string, calendar: WorkingCalendar): Promise<PlanAssignment> {
  const inputs = await planInputs(tx, input, calendar);
  const result = assignVisits(seed, inputs, calendar);
  if (!result.ok) return { ok: false, reason: result.reason, windowId: result.windowId };
  const lead = new Map(input.windows.map((window) => [window.windowId, window.departmentIds[0] as string]));
  return {
    ok: true,
    inputs,
    visits: result.visits.map((visit) => ({
      windowId: visit.windowId,
      departmentId: lead.get(visit.windowId) as string,
      supervisorId: visit.supervisorId,
      day: visit.day,
    })),
  };
}
