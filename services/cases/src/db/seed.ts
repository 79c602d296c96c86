import type { Database } from '@hall/db';
import { demoHall, demoReferenceFromEnv, type DemoCase, type DemoMatter } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { sql } from 'drizzle-orm';
import { visitsOfTrail } from '../bulk/import';
import { newEvaluationCode } from '../domain/codes';
import { clockFor } from '../domain/deadlines';
import { PAUSED_STATES } from '../domain/lifecycle';
import type { MatterSnapshot } from '../ports/matters';
import { CASE_NUMBERS, COMPLAINT_NUMBERS, highestByPrefix, parseNumber, type NumberSeries } from '../data/numbers';
import type { CasesSettings } from '../settings';
import { caseEvents, cases, caseVisits, complaints, escalations, evaluationActions, evaluations, numberCounters, type CasesTables } from './schema';

export function snapshotOf(matter: DemoMatter): MatterSnapshot {
  return {
    id: matter.id,
    code: matter.code,
    version: 1,
    name: matter.name,
    departmentId: matter.departmentId,
    kind: matter.kind,
    legalLimitDays: matter.legalLimitDays,
    committedLimitDays: matter.committedLimitDays,
    materials: matter.materials.map((material) => material.name),
  };
}

/** The trips a demo case's trail implies (the same rule as the bulk import's). */
export function visitsOf(kase: DemoCase): Array<{ at: Date; purpose: string }> {
  return visitsOfTrail(kase.windowId, kase.events);
}

function caseRow(kase: DemoCase, matter: DemoMatter, calendar: WorkingCalendar, settings: CasesSettings) {
  const { events, channel: _channel, referredToDepartmentId, ...row } = kase;
  const at = (status: string) => events.find((event) => event.to === status)?.at ?? null;
  const instant = matter.kind === 'INSTANT' && row.completedAt !== null;
  const last = events.at(-1);
  // The lifecycle's paused states; a case is only ever paused once accepted (before, its clock has not started).
  const pausedSince = last && row.acceptedAt && PAUSED_STATES.includes(last.to) ? last.at : null;
  const clock = row.acceptedAt && !instant ? clockFor(row.acceptedAt, matter.committedLimitDays, 0, calendar, settings) : null;
  return {
    ...row,
    version: events.length,
    matterSnapshot: snapshotOf(matter),
    instant,
    dueAt: clock?.dueAt ?? null,
    preWarningAt: clock?.preWarningAt ?? null,
    supervisionDueAt: clock?.supervisionDueAt ?? null,
    pausedSince,
    decidedAt: at('APPROVED') ?? at('DENIED'),
    deliveredAt: at('DELIVERED'),
    supplementNotices: events.filter((event) => event.to === 'SUPPLEMENT_REQUESTED').length,
    referredToDepartmentId: referredToDepartmentId ?? null,
    // 一事一评: random, not demo-deterministic: a code must never be derivable from the case.
    evaluationCode: row.status === 'COMPLETED' || row.status === 'DELIVERED' ? newEvaluationCode() : null,
  };
}

/** Inserts the demo hall's cases with their trails and visits, once. */
export async function seedDemo({ db }: Database<CasesTables>, settings: CasesSettings): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  const matters = new Map(hall.matters.map((matter) => [matter.id, matter]));
  const calendar = new WorkingCalendar();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-cases'))`);
    const [existing] = await tx.select({ id: cases.id }).from(cases).limit(1);
    if (existing) return;
    await tx.insert(cases).values(
      hall.cases.map((kase) => {
        const matter = matters.get(kase.matterId);
        if (!matter) throw new Error(`demo case ${kase.number} has no matter`);
        return caseRow(kase, matter, calendar, settings);
      }),
    );
    await tx.insert(caseEvents).values(
      hall.cases.flatMap((kase) =>
        kase.events.map((event) => ({
          caseId: kase.id,
          at: event.at,
          fromStatus: event.from,
          toStatus: event.to,
          actorId: event.actorRole === 'staff' ? kase.firstOwnerStaffId : null,
          actorRole: event.actorRole,
          reason: event.reason,
        })),
      ),
    );
    const visits = hall.cases.flatMap((kase) =>
      visitsOf(kase).map((visit) => ({ caseId: kase.id, at: visit.at, purpose: visit.purpose, windowId: kase.windowId, recordedBy: null })),
    );
    if (visits.length > 0) await tx.insert(caseVisits).values(visits);
    const byId = new Map(hall.cases.map((kase) => [kase.id, kase]));
    await tx.insert(evaluations).values(
      hall.evaluations.map((evaluation) => {
        const kase = byId.get(evaluation.caseId);
        if (!kase) throw new Error(`demo evaluation ${evaluation.id} has no case`);
        return {
          id: evaluation.id,
          caseId: kase.id,
          matterId: kase.matterId,
          departmentId: kase.departmentId,
          windowId: kase.windowId,
          staffId: kase.firstOwnerStaffId,
          level: evaluation.level,
          channel: evaluation.channel,
          comment: evaluation.comment,
          realName: evaluation.realName,
          evaluatedAt: evaluation.evaluatedAt,
          rectificationStatus: evaluation.rectification?.status ?? null,
          rectificationDueAt: evaluation.rectification?.dueAt ?? null,
          callbackAt: evaluation.rectification?.callbackAt ?? null,
          callbackNote: evaluation.rectification?.callbackNote ?? null,
          version: 1 + (evaluation.rectification?.steps.length ?? 0),
        };
      }),
    );
    const actions = hall.evaluations.flatMap((evaluation) =>
      evaluation.rectification
        ? [
            {
              evaluationId: evaluation.id,
              at: evaluation.evaluatedAt,
              fromStatus: null,
              toStatus: 'PENDING' as const,
              action: 'OPEN',
              actorId: null,
              actorRole: 'system',
              note: '差评自动进入核实整改流程',
            },
            ...evaluation.rectification.steps.map((step) => ({
              evaluationId: evaluation.id,
              at: step.at,
              fromStatus: step.from,
              toStatus: step.to,
              action: step.action,
              actorId: null,
              // The hall verifies and calls back; the department rectifies (badReviews.ts).
              actorRole: step.action === 'COMPLETE' ? 'dept_admin' : 'manager',
              note: step.note,
            })),
          ]
        : [],
    );
    if (actions.length > 0) await tx.insert(evaluationActions).values(actions);
    if (hall.complaints.length > 0) {
      await tx
        .insert(complaints)
        .values(
          hall.complaints.map(({ subject, ...complaint }) => ({
            ...complaint,
            subjectKind: subject,
            caseId: null,
            // A complaint is closed with the complainant's satisfaction (closeComplaint).
            satisfaction: complaint.status === 'CLOSED' ? ('SATISFIED' as const) : null,
          })),
        );
    }
    // The day counters start after the demo's numbers, so a registration or complaint today never collides with them.
    for (const [series, numbers] of [
      [CASE_NUMBERS, hall.cases.map((kase) => kase.number)],
      [COMPLAINT_NUMBERS, hall.complaints.map((complaint) => complaint.number)],
    ] as Array<[NumberSeries, string[]]>) {
      const rows = highestByPrefix(numbers.flatMap((number) => parseNumber(series, number) ?? []));
      if (rows.length > 0) {
        await tx
          .insert(numberCounters)
          .values(rows)
          .onConflictDoUpdate({ target: numberCounters.prefix, set: { last: sql`GREATEST(${numberCounters.last}, excluded.last)` } });
      }
    }
    if (hall.escalations.length > 0) {
      await tx.insert(escalations).values(hall.escalations.map((escalation) => ({ ...escalation, raisedBy: 'manager', resolvedAt: null })));
    }
  });
}
