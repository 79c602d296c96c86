import { inTransaction, type Database } from '@hall/db';
import { DEFAULT_CHECKLIST, demoHall, demoReferenceFromEnv, type DemoHall, type DemoVisitOutcome } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { sql } from 'drizzle-orm';
import {
  importInspections,
  importPlans,
  importSupervisors,
  type BulkInspection,
  type BulkRectificationProgress,
  type BulkVisitRecord,
} from '../bulk/import';
import type { AssignedVisit } from '../data/planning';
import type { ItemOutcome } from '../domain/checklist';
import { dayNumber } from '../domain/days';
import { templates, type InspectionsTables } from './schema';

const HOUR_MS = 3_600_000;
/** The seed runs before any cases subgraph answers: the demo hall's plans and orders are on the statutory calendar. */
const STATUTORY = new WorkingCalendar();
const addWorkingDays = (day: string, n: number) => STATUTORY.addWorkingDays(day, n);
const SEED_LOCK = 'hall-seed-inspections';
/** The demo hall is in Asia/Shanghai (UTC+8). */
const at = (day: string, hour: number, minute = 0) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);

/** The checklist every hall starts with, built from the six service norms and the four zeros; inserted once. */
export async function seedDefaults({ db }: Database<InspectionsTables>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${SEED_LOCK}))`);
    const [existing] = await tx.select({ id: templates.id }).from(templates).limit(1);
    if (!existing) await tx.insert(templates).values(DEFAULT_CHECKLIST);
  });
}

/** The demo hall's inspections before checklists: the score and findings as written. */
function legacyInspections(hall: DemoHall): BulkInspection[] {
  return hall.inspections.map(({ findings, score, ...inspection }) => ({
    ...inspection,
    submittedAt: inspection.status === 'SUBMITTED' ? inspection.visitedAt : null,
    legacy: { score, findings },
  }));
}

const byManager = { role: 'manager' as const, userId: null };
const byDepartment = { role: 'dept_admin' as const, userId: null };

function progressOf(script: NonNullable<DemoVisitOutcome['rectification']>, day: string): BulkRectificationProgress {
  if (script.kind === 'OVERDUE') return { status: 'OPEN' };
  const responded = { response: script.response, respondedAt: at(addWorkingDays(day, script.respondAfterWorkingDays), 15), respondedBy: byDepartment };
  if (script.kind === 'VERIFIED') {
    return { status: 'VERIFIED', ...responded, verifiedAt: at(addWorkingDays(day, script.closeAfterWorkingDays), 10), verifiedBy: byManager, note: script.closeNote };
  }
  return { status: 'REOPENED', ...responded, reopenedAt: at(script.reopenOn, 10), reopenedBy: byManager, reason: script.reopenReason };
}

/** A visit of the past plan as the demo scripts it: answered, submitted an hour after the visit, its order's course. */
function recordedVisit(outcome: DemoVisitOutcome, visit: AssignedVisit, index: number): BulkVisitRecord {
  const failures = new Map(outcome.failures.map((failure) => [failure.itemKey, failure.comment]));
  const results: ItemOutcome[] = DEFAULT_CHECKLIST.sections.flatMap((section) =>
    section.items.map((item) => ({
      itemKey: item.key,
      outcome: failures.has(item.key) ? ('FAIL' as const) : outcome.notApplicable.includes(item.key) ? ('NOT_APPLICABLE' as const) : ('PASS' as const),
      comment: failures.get(item.key) ?? null,
    })),
  );
  const visitedAt = new Date(at(visit.day, 9, 30).getTime() + ((dayNumber(visit.day) * 37 + index * 53) % 360) * 60_000);
  return {
    status: 'SUBMITTED',
    visitedAt,
    submittedAt: new Date(visitedAt.getTime() + HOUR_MS),
    scenario: outcome.scenario,
    results,
    ...(outcome.rectification ? { rectification: progressOf(outcome.rectification, visit.day) } : {}),
  };
}

/**
 * Seeds the demo hall through the bulk imports (after `seedDefaults`), once, in one transaction: its supervisors, its
 * inspections from before checklists, and the two demo plans, assigned by the planner, the past one's visits recorded.
 */
export async function seedDemo(database: Database<InspectionsTables>): Promise<void> {
  const reference = demoReferenceFromEnv();
  const hall = demoHall(reference);
  const { plans, pastOutcomes } = hall.inspectionProgramme;
  await inTransaction(database.pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    const existing = await client.query('SELECT 1 FROM inspections.supervisors LIMIT 1');
    if (existing.rowCount) return;
    const options = { client, now: reference.now, templateId: hall.inspectionProgramme.template.id, calendar: STATUTORY };
    await importSupervisors(database, hall.supervisors, options);
    await importInspections(database, legacyInspections(hall), options);
    await importPlans(
      database,
      plans.map((plan) => ({ id: plan.id, name: plan.name, period: { from: plan.from, to: plan.to }, windows: plan.windows, seed: plan.seed, createdAt: plan.createdAt })),
      {
        ...options,
        recordVisit: (visit, index, plan) => {
          const outcome = plans.find((demo) => demo.id === plan.id)?.visitsSubmitted ? pastOutcomes[index] : undefined;
          return outcome ? recordedVisit(outcome, visit, index) : null;
        },
      },
    );
  });
}
