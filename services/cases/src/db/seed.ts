import { BulkImportRefused, copyInto, inTransaction, type Database } from '@hall/db';
import { demoHall, demoReferenceFromEnv, type DemoCase, type DemoHall, type DemoMatter } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { importCaseRows, importComplaintRows, visitsOfTrail, type BulkReport, type CaseImportDependencies } from '../bulk/import';
import { staticDutyDirectory } from '../ports/duty';
import type { DirectoryMatter, MatterSnapshot } from '../ports/matters';
import type { CasesSettings } from '../settings';
import { escalations, type CasesTables } from './schema';

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

/** The demo hall's cases as records of the bulk import, each with its evaluation and a bad review's workflow. */
export function demoCaseRecords(hall: DemoHall): unknown[] {
  const evaluations = new Map(hall.evaluations.map((evaluation) => [evaluation.caseId, evaluation]));
  return hall.cases.map((kase) => {
    const evaluation = evaluations.get(kase.id);
    return {
      id: kase.id,
      number: kase.number,
      matterId: kase.matterId,
      departmentId: kase.departmentId,
      windowId: kase.windowId,
      firstOwnerStaffId: kase.firstOwnerStaffId,
      applicantName: kase.applicantName,
      applicantIdNumber: kase.applicantIdNumber,
      applicantPhone: kase.applicantPhone,
      visits: kase.visits,
      referredToDepartmentId: kase.referredToDepartmentId ?? null,
      events: kase.events.map((event) => ({
        at: event.at,
        to: event.to,
        reason: event.reason,
        actorRole: event.actorRole,
        actorId: event.actorRole === 'staff' ? kase.firstOwnerStaffId : null,
        data: {},
      })),
      evaluation: evaluation
        ? {
            id: evaluation.id,
            level: evaluation.level,
            channel: evaluation.channel,
            comment: evaluation.comment,
            realName: evaluation.realName,
            evaluatedAt: evaluation.evaluatedAt,
            rectification: evaluation.rectification,
          }
        : null,
    };
  });
}

/** The demo hall's complaints as records of the complaint import. */
export function demoComplaintRecords(hall: DemoHall): unknown[] {
  // A complaint is closed with the complainant's satisfaction (closeComplaint); the demo's closed ones were satisfied.
  return hall.complaints.map(({ answerDueAt: _derived, ...complaint }) => ({
    ...complaint,
    satisfaction: complaint.status === 'CLOSED' ? 'SATISFIED' : null,
  }));
}

/** The directories the import asks, over the demo data: the other subgraphs may not be up when this one seeds. */
export function demoImportDependencies(hall: DemoHall, settings: CasesSettings): CaseImportDependencies {
  const matters = new Map<string, DirectoryMatter>(
    hall.matters.map((matter) => [matter.id, { status: 'PUBLISHED', snapshot: snapshotOf(matter) }]),
  );
  const duty = staticDutyDirectory({ staff: hall.staff, windows: hall.windows });
  return {
    calendar: new WorkingCalendar(),
    settings,
    matters: async (ids) => new Map(ids.map((id) => [id, matters.get(id) ?? null])),
    people: (request) => duty.lookup(request),
  };
}

function requireClean(report: BulkReport): void {
  if (report.errors.length > 0) throw new BulkImportRefused(report.errors);
}

/**
 * Seeds the demo hall once, through the bulk imports (cases with their trails, visits, evaluations and bad-review
 * workflows; complaints), in one transaction under an advisory lock: a second start, or a concurrent one, changes
 * nothing. Escalations (督办), which no import carries, are copied in after their cases.
 */
export async function seedDemo(database: Database<CasesTables>, settings: CasesSettings): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  const dependencies = demoImportDependencies(hall, settings);
  await inTransaction(database.pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('hall-seed-cases'))`);
    const { rows } = await client.query('SELECT 1 FROM cases.cases LIMIT 1');
    if (rows.length > 0) return;
    const records = demoCaseRecords(hall);
    requireClean(await importCaseRows(database, dependencies, records, { client, batchSize: Math.max(1, records.length) }));
    const complaints = demoComplaintRecords(hall);
    requireClean(await importComplaintRows(database, dependencies, complaints, { client, batchSize: Math.max(1, complaints.length) }));
    await copyInto(
      client,
      escalations,
      ['id', 'caseId', 'level', 'raisedAt', 'raisedBy', 'dueAt', 'note', 'resolvedAt'],
      hall.escalations.map((escalation) => ({ ...escalation, raisedBy: 'manager', resolvedAt: null })),
    );
  });
}
