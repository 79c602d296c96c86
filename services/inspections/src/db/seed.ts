import type { Database } from '@hall/db';
import { DEFAULT_CHECKLIST, demoHall, demoReferenceFromEnv, type DemoInspectionPlan, type DemoVisitOutcome } from '@hall/demo-hall';
import { eq, sql } from 'drizzle-orm';
import { scoreOf, type ItemOutcome } from '../domain/checklist';
import { addWorkingDays, dayNumber } from '../domain/days';
import { assignVisits } from '../domain/planner';
import { planInputs } from '../resolvers/mutations/plans';
import { loadSettings, type Transaction } from '../resolvers/shared';
import { findings, inspections, itemResults, plans, rectificationEvents, rectifications, supervisors, templates, type InspectionsTables } from './schema';

const HOUR_MS = 3_600_000;
/** The demo hall is in Asia/Shanghai (UTC+8). */
const at = (day: string, hour: number, minute = 0) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);

/** The checklist every hall starts with, built from the six service norms and the four zeros; inserted once. */
export async function seedDefaults({ db }: Database<InspectionsTables>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-inspections'))`);
    const [existing] = await tx.select({ id: templates.id }).from(templates).limit(1);
    if (!existing) await tx.insert(templates).values(DEFAULT_CHECKLIST);
  });
}

/** Inserts the demo hall's supervisors, legacy inspections and the two demo plans, once (after `seedDefaults`). */
export async function seedDemo({ db }: Database<InspectionsTables>): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-inspections'))`);
    const [existing] = await tx.select({ id: supervisors.id }).from(supervisors).limit(1);
    if (existing) return;
    await tx.insert(supervisors).values(hall.supervisors);
    await tx.insert(inspections).values(hall.inspections.map(({ findings: _findings, ...inspection }) => ({ ...inspection, submittedAt: inspection.status === 'SUBMITTED' ? inspection.visitedAt : null })));
    const rows = hall.inspections.flatMap((inspection) =>
      inspection.findings.map((description, position) => ({ inspectionId: inspection.id, position, description })),
    );
    if (rows.length > 0) await tx.insert(findings).values(rows);

    const { template, plans: demoPlans, pastOutcomes } = hall.inspectionProgramme;
    for (const plan of demoPlans) await seedPlan(tx, plan, template.id, pastOutcomes);
  });
}

async function seedPlan(tx: Transaction, plan: DemoInspectionPlan, templateId: string, outcomes: DemoVisitOutcome[]): Promise<void> {
  const inputs = await planInputs(tx, { period: { from: plan.from, to: plan.to }, windows: plan.windows });
  const result = assignVisits(plan.seed, inputs);
  if (!result.ok) throw new Error(`demo plan ${plan.name} cannot be assigned: ${result.reason}`);
  await tx.insert(plans).values({ id: plan.id, name: plan.name, periodFrom: plan.from, periodTo: plan.to, seed: plan.seed, inputs, templateId, createdAt: plan.createdAt });
  const [template] = await tx.select().from(templates).where(eq(templates.id, templateId));
  const sections = template?.sections ?? [];
  const { passThreshold, rectificationDueWorkingDays } = await loadSettings(tx);
  const lead = new Map(plan.windows.map((window) => [window.windowId, window.departmentIds[0] as string]));

  for (const [index, visit] of result.visits.entries()) {
    const [row] = await tx
      .insert(inspections)
      .values({ windowId: visit.windowId, departmentId: lead.get(visit.windowId) as string, supervisorId: visit.supervisorId, plannedFor: visit.day, planId: plan.id, templateId, status: plan.visitsSubmitted ? 'DRAFT' : 'PLANNED' })
      .returning();
    const outcome = outcomes[index];
    if (!row || !plan.visitsSubmitted || !outcome) continue;

    const failures = new Map(outcome.failures.map((failure) => [failure.itemKey, failure.comment]));
    const results: ItemOutcome[] = sections.flatMap((section) =>
      section.items.map((item) => ({
        itemKey: item.key,
        outcome: failures.has(item.key) ? ('FAIL' as const) : outcome.notApplicable.includes(item.key) ? ('NOT_APPLICABLE' as const) : ('PASS' as const),
        comment: failures.get(item.key) ?? null,
      })),
    );
    await tx.insert(itemResults).values(results.map((result) => ({ inspectionId: row.id, ...result })));
    const visitedAt = new Date(at(visit.day, 9, 30).getTime() + ((dayNumber(visit.day) * 37 + index * 53) % 360) * 60_000);
    const submittedAt = new Date(visitedAt.getTime() + HOUR_MS);
    const score = scoreOf(sections, results);
    const failed = sections.flatMap((section) => section.items).filter((item) => failures.has(item.key));
    const found = failed.length
      ? await tx
          .insert(findings)
          .values(failed.map((item, position) => ({ inspectionId: row.id, position, description: item.text, itemKey: item.key, comment: failures.get(item.key) ?? null, serious: item.serious })))
          .returning()
      : [];
    await tx.update(inspections).set({ status: 'SUBMITTED', visitedAt, submittedAt, score, scenario: outcome.scenario }).where(eq(inspections.id, row.id));

    const script = outcome.rectification;
    if (!script) continue;
    const dueOn = addWorkingDays(visit.day, rectificationDueWorkingDays);
    const [order] = await tx
      .insert(rectifications)
      .values({
        inspectionId: row.id,
        departmentId: row.departmentId,
        windowId: row.windowId,
        foundBy: row.supervisorId,
        belowThreshold: score !== null && score < passThreshold,
        seriousFindingIds: found.filter((finding) => finding.serious).map((finding) => finding.id),
        dueOn,
        openedAt: submittedAt,
      })
      .returning();
    if (!order) continue;
    const events: Array<typeof rectificationEvents.$inferInsert> = [
      { rectificationId: order.id, fromStatus: null, toStatus: 'OPEN', actorRole: 'supervisor', note: score !== null && score < passThreshold ? `score ${score} below ${passThreshold}` : 'serious finding', dueOn, at: submittedAt },
    ];
    if (script.kind === 'VERIFIED' || script.kind === 'REOPENED') {
      const respondedAt = at(addWorkingDays(visit.day, script.respondAfterWorkingDays), 15);
      events.push({ rectificationId: order.id, fromStatus: 'OPEN', toStatus: 'RESPONDED', actorRole: 'dept_admin', note: script.response, at: respondedAt });
      if (script.kind === 'VERIFIED') {
        const closedAt = at(addWorkingDays(visit.day, script.closeAfterWorkingDays), 10);
        events.push({ rectificationId: order.id, fromStatus: 'RESPONDED', toStatus: 'VERIFIED', actorRole: 'manager', note: script.closeNote, at: closedAt });
        await tx.update(rectifications).set({ status: 'VERIFIED', response: script.response, respondedAt, closedAt }).where(eq(rectifications.id, order.id));
      } else {
        const newDue = addWorkingDays(script.reopenOn, rectificationDueWorkingDays);
        events.push({ rectificationId: order.id, fromStatus: 'RESPONDED', toStatus: 'OPEN', actorRole: 'manager', note: script.reopenReason, dueOn: newDue, at: at(script.reopenOn, 10) });
        await tx.update(rectifications).set({ status: 'OPEN', response: script.response, respondedAt, dueOn: newDue }).where(eq(rectifications.id, order.id));
      }
    }
    await tx.insert(rectificationEvents).values(events);
  }
}
