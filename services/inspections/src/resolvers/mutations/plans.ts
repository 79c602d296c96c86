import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, parseInput, requireRole } from '@hall/service-kit';
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { MutationResolvers } from '../../generated/resolvers';
import { inspections, plans, supervisors, templates } from '../../db/schema';
import { addDays } from '../../domain/days';
import { assignVisits, MIN_DAYS_BETWEEN_VISITS, type PlanInputs } from '../../domain/planner';
import { planInputSchema } from '../inputs';
import type { Transaction } from '../shared';

interface PlanRequest {
  period: { from: string; to: string };
  windows: Array<{ windowId: string; departmentIds: string[] }>;
  visits?: number | null | undefined;
}

/** What the planner needs, read from the database in a canonical order (the inputs stored for audit). */
export async function planInputs(tx: Transaction, input: PlanRequest): Promise<PlanInputs> {
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
    supervisors: active.map((s) => ({ id: s.id, termStart: s.termStart, termEnd: s.termEnd, tiedDepartmentIds: [...s.tiedDepartmentIds].sort() })),
    earlierVisits: earlier,
  };
}

export const planMutations: MutationResolvers = {
  async createInspectionPlan(_, args, { identity, database }) {
    requireRole(identity, 'manager');
    const input = parseInput(planInputSchema, args.input);
    if ((input.visits ?? input.windows.length) < input.windows.length) {
      throw badUserInput('every window must be covered: plan at least one visit per window', { field: 'visits' });
    }
    return database.db.transaction(async (tx) => {
      // Plans are made one at a time, so each sees the visits of the one before (the 90-day rule).
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('inspections-planning'))`);
      const [template] = await tx.select({ id: templates.id }).from(templates).orderBy(desc(templates.version)).limit(1);
      if (!template) throw conflict('there is no checklist template yet');
      const inputs = await planInputs(tx, input);
      const seed = input.seed ?? randomUUID();
      const result = assignVisits(seed, inputs);
      if (!result.ok) throw conflict(result.reason, { windowId: result.windowId });
      const [plan] = await tx.insert(plans).values({ name: input.name, periodFrom: input.period.from, periodTo: input.period.to, seed, inputs, templateId: template.id }).returning();
      if (!plan) throw new Error('plan insert returned nothing');
      const leadDepartment = new Map(input.windows.map((window) => [window.windowId, window.departmentIds[0] as string]));
      await tx.insert(inspections).values(
        result.visits.map((visit) => ({
          windowId: visit.windowId,
          departmentId: leadDepartment.get(visit.windowId) as string,
          supervisorId: visit.supervisorId,
          plannedFor: visit.day,
          planId: plan.id,
          templateId: template.id,
        })),
      );
      return plan;
    });
  },
};
