import { copyInto, inTransaction, type Database } from '@hall/db';
import {
  DISTRICT_CODES,
  HALL_TIME_ZONE,
  Random,
  demoHall,
  demoReferenceFromEnv,
  type DemoCase,
  type DemoHall,
  type DemoMatter,
  type DemoReference,
} from '@hall/demo-hall';
import { ownerCode } from '../config';
import { nextStage, type RegistrationStage } from '../domain/stages';
import { appointmentQuotas, registrations, registrationSteps, REGISTRATION_STAGES, type RegistryTables } from './schema';

type RegistrationRow = typeof registrations.$inferInsert & { certificateNumber: string | null };
type StepRow = typeof registrationSteps.$inferInsert;
type QuotaRow = typeof appointmentQuotas.$inferInsert;

export interface DemoRegistry {
  registrations: RegistrationRow[];
  steps: StepRow[];
  quotas: QuotaRow[];
}

/**
 * The registry stage each case event brings a registration to: acceptance is 受理; the review (审查) is the registry's
 * 审核; the approval enters the right in the register (登簿); completion makes out the certificate (缮证); delivery hands
 * it over (发证).
 */
const STAGE_OF_EVENT: Partial<Record<DemoCase['status'], RegistrationStage>> = {
  ACCEPTED: 'ACCEPTED',
  UNDER_REVIEW: 'REVIEWED',
  APPROVED: 'RECORDED',
  COMPLETED: 'CERTIFIED',
  DELIVERED: 'ISSUED',
};

const PROVINCE = '浙';
const CITY = '临江市';

/** The year of an instant in the hall's time zone. */
const hallYear = (at: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: HALL_TIME_ZONE, year: 'numeric' }).format(at));

/** A 28-character 不动产单元号 of a flat in one of the city's districts (domain/numbers.ts). */
function unitNumberFor(kase: DemoCase): string {
  const rng = new Random(`registry:unit:${kase.id}`);
  const district = rng.pick(DISTRICT_CODES);
  const cadastre = `${String(rng.int(1, 12)).padStart(3, '0')}${String(rng.int(1, 30)).padStart(3, '0')}`;
  const parcel = String(rng.int(1, 2400)).padStart(5, '0');
  const unit = `F${String(rng.int(1, 40)).padStart(4, '0')}${String(rng.int(101, 3204)).padStart(4, '0')}`;
  return `${district}${cadastre}GB${parcel}${unit}`;
}

/**
 * The steps a case's trail implies, in stage order: each stage at the time of the event that reached it; a stage the
 * trail skipped (a case approved without a recorded review) between its neighbours. Nothing after the case's own events,
 * so nothing after the demo's "now". A case never accepted has none.
 */
function stepsOf(kase: DemoCase): Array<{ stage: RegistrationStage; at: Date }> {
  const reached = new Map<RegistrationStage, Date>();
  for (const event of kase.events) {
    const stage = STAGE_OF_EVENT[event.to];
    if (stage && !reached.has(stage)) reached.set(stage, event.at);
  }
  const last = REGISTRATION_STAGES.findLastIndex((stage) => reached.has(stage));
  if (last < 0 || !reached.has('ACCEPTED')) return [];
  const steps: Array<{ stage: RegistrationStage; at: Date }> = [];
  for (const [index, stage] of REGISTRATION_STAGES.slice(0, last + 1).entries()) {
    let at = reached.get(stage);
    if (!at) {
      const before = steps[index - 1]?.at ?? kase.submittedAt;
      const after =
        REGISTRATION_STAGES.slice(index + 1)
          .map((later) => reached.get(later))
          .find((found) => found) ?? before;
      at = new Date(before.getTime() + Math.max(60_000, Math.floor((after.getTime() - before.getTime()) / 2)));
      if (at > after) at = after;
    }
    steps.push({ stage, at });
  }
  return steps;
}

/** The appointments offered each half-day: more for the matters people book (the appointment channel), none on the spot. */
function quotaFor(matter: DemoMatter): { morning: number; afternoon: number } {
  const rng = new Random(`registry:quota:${matter.code}`);
  if (matter.channels.includes('APPOINTMENT')) return { morning: 10 * rng.int(4, 8), afternoon: 10 * rng.int(3, 6) };
  if (matter.kind === 'INSTANT') return { morning: 5 * rng.int(4, 8), afternoon: 5 * rng.int(3, 6) };
  return { morning: 5 * rng.int(2, 5), afternoon: 5 * rng.int(1, 4) };
}

/**
 * The registry's part of the demo hall: a registration for each accepted case of the owner's committed matters (the
 * instant ones — a records search, a mortgage discharge on the spot — make out no certificate), at the stage its trail
 * reached, each step recorded by the case's first owner (the review and the register by a staff member on the approval
 * post when the department has one); certificate numbers numbered in the order they were made out, per year; and an
 * appointment quota for every version of every matter of the owner. Pure and deterministic.
 */
export function demoRegistry(hall: DemoHall, owner: string, reference: DemoReference): DemoRegistry {
  const department = hall.departments.find((candidate) => candidate.code === owner);
  if (!department) return { registrations: [], steps: [], quotas: [] };
  const matters = new Map(hall.matters.filter((matter) => matter.departmentId === department.id).map((matter) => [matter.id, matter]));
  const approver = hall.staff.find((member) => member.departmentId === department.id && member.post === 'APPROVAL');
  const rows: RegistrationRow[] = [];
  const steps: StepRow[] = [];
  const certified: Array<{ row: RegistrationRow; at: Date; mortgage: boolean }> = [];
  for (const kase of hall.cases) {
    const matter = matters.get(kase.matterId);
    if (!matter || matter.kind !== 'COMMITTED' || kase.departmentId !== department.id) continue;
    const trail = stepsOf(kase);
    const last = trail[trail.length - 1];
    if (!last) continue;
    const row: RegistrationRow = {
      caseId: kase.id,
      departmentId: kase.departmentId,
      stage: last.stage,
      unitNumber: unitNumberFor(kase),
      certificateNumber: null,
      createdAt: trail[0]?.at ?? last.at,
      updatedAt: last.at,
    };
    rows.push(row);
    for (const step of trail) {
      const byApprover = approver && (step.stage === 'REVIEWED' || step.stage === 'RECORDED');
      steps.push({
        caseId: kase.id,
        stage: step.stage,
        at: step.at,
        actorId: byApprover ? approver.id : kase.firstOwnerStaffId,
        actorRole: 'staff',
      });
    }
    const madeOut = trail.find((step) => step.stage === 'CERTIFIED');
    if (madeOut) certified.push({ row, at: madeOut.at, mortgage: matter.name.includes('抵押') });
  }
  const sequence = new Map<string, number>();
  for (const entry of certified.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || String(a.row.caseId).localeCompare(String(b.row.caseId)),
  )) {
    const year = hallYear(entry.at);
    const key = `${year}:${entry.mortgage}`;
    const number = (sequence.get(key) ?? (entry.mortgage ? 3100 : 12000)) + 1;
    sequence.set(key, number);
    entry.row.certificateNumber = `${PROVINCE}(${year})${CITY}${entry.mortgage ? '不动产证明' : '不动产权'}第${String(number).padStart(7, '0')}号`;
  }
  const setAt = new Date(reference.now.getTime() - 30 * 24 * 3600_000);
  const versions = [...hall.matters, ...hall.matterVersions].filter((matter) => matter.departmentId === department.id);
  const quotas: QuotaRow[] = versions.map((matter) => ({
    matterId: matter.id,
    departmentId: department.id,
    ...quotaFor(matter),
    updatedAt: setAt,
    updatedBy: 'demo-dept-admin',
  }));
  return { registrations: rows, steps, quotas };
}

/** Checked here too: every seeded registration obeys the stage rules (one stage after another from ACCEPTED). */
function checkTrails(registry: DemoRegistry): void {
  for (const row of registry.registrations) {
    const trail = registry.steps.filter((step) => step.caseId === row.caseId).map((step) => step.stage);
    let expected: RegistrationStage | null = 'ACCEPTED';
    for (const stage of trail) {
      if (stage !== expected) throw new Error(`the demo registration of case ${row.caseId} skips to ${stage}`);
      expected = nextStage(stage);
    }
  }
}

/**
 * Seeds the registry's part of the demo hall once, in one transaction under an advisory lock (a second start, or a
 * concurrent one, changes nothing), for the reference of DEMO_REFERENCE_DATE / DEMO_NOW (the fixed test day without).
 */
export async function seedDemo(database: Database<RegistryTables>): Promise<void> {
  const reference = demoReferenceFromEnv();
  const registry = demoRegistry(demoHall(reference), ownerCode(), reference);
  checkTrails(registry);
  await inTransaction(database.pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('hall-seed-registry'))`);
    const { rows } = await client.query('SELECT 1 FROM registry.registrations UNION ALL SELECT 1 FROM registry.appointment_quotas LIMIT 1');
    if (rows.length > 0) return;
    await copyInto(
      client,
      registrations,
      ['caseId', 'departmentId', 'stage', 'unitNumber', 'certificateNumber', 'createdAt', 'updatedAt'],
      registry.registrations,
    );
    await copyInto(client, registrationSteps, ['caseId', 'stage', 'at', 'actorId', 'actorRole'], registry.steps);
    await copyInto(
      client,
      appointmentQuotas,
      ['matterId', 'departmentId', 'morning', 'afternoon', 'updatedAt', 'updatedBy'],
      registry.quotas,
    );
  });
}
