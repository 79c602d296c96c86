import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, parseInput, requireRole } from '@hall/service-kit';
import { desc, sql } from 'drizzle-orm';
import type { MutationResolvers } from '../../generated/resolvers';
import { inspections, plans, templates } from '../../db/schema';
import { assignPlan } from '../../data/planning';
import { coversEveryWindow, planInputSchema } from '../inputs';

export const planMutations: MutationResolvers = {
  async createInspectionPlan(_, args, { identity, database, calendar: hallCalendar }) {
    requireRole(identity, 'manager');
    const input = parseInput(planInputSchema, args.input);
    if (!coversEveryWindow(input)) {
      throw badUserInput('every window must be covered: plan at least one visit per window', { field: 'visits' });
    }
    const calendar = await hallCalendar();
    return database.db.transaction(async (tx) => {
      // Plans are made one at a time, so each sees the visits of the one before (the 90-day rule).
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('inspections-planning'))`);
      const [template] = await tx.select({ id: templates.id }).from(templates).orderBy(desc(templates.version)).limit(1);
      if (!template) throw conflict('there is no checklist template yet');
      const seed = input.seed ?? randomUUID();
      const result = await assignPlan(tx, input, seed, calendar);
      if (!result.ok) throw conflict(result.reason, { windowId: result.windowId });
      const [plan] = await tx
        .insert(plans)
        .values({ name: input.name, periodFrom: input.period.from, periodTo: input.period.to, seed, inputs: result.inputs, templateId: template.id })
        .returning();
      if (!plan) throw new Error('plan insert returned nothing');
      await tx.insert(inspections).values(
        result.visits.map((visit) => ({
          windowId: visit.windowId,
          departmentId: visit.departmentId,
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
