import { DEMO_REFERENCE, demoClockOf, shiftYears, type DemoClock, type DemoReference } from './calendar';
import { buildCases, type MatterProfile } from './cases';
import { HALL_NAME, PHONE_AREA_CODE } from './city';
import { DEPARTMENT_SEEDS, HALL_ZONES } from './departments';
import { buildComplaints, buildEscalations } from './complaints';
import { buildDuty } from './duty';
import { buildEvaluations } from './evaluations';
import { demoId } from './ids';
import { buildInspections } from './inspections';
import { buildInspectionProgramme } from './inspection-programme';
import { matterCoder, matterFromSeed } from './matter-factory';
import { buildMatterVersions } from './matter-versions';
import { MATTER_SEEDS } from './matters';
import { SUPERVISOR_SEEDS } from './people';
import { Random } from './random';
import { buildStaff } from './staff';
import { type DemoDepartment, type DemoHall, type DemoSupervisor, type DemoWindow } from './types';
import { WINDOW_SEEDS } from './windows';

function buildDepartments(): DemoDepartment[] {
  const rng = new Random('demo-hall:departments');
  const phones = new Set<string>();
  return DEPARTMENT_SEEDS.map((seed) => {
    let contactPhone = `${PHONE_AREA_CODE}-8${rng.digits(7)}`;
    while (phones.has(contactPhone)) contactPhone = `${PHONE_AREA_CODE}-8${rng.digits(7)}`;
    phones.add(contactPhone);
    return {
      id: demoId('department', seed.code),
      code: seed.code,
      name: seed.name,
      shortName: seed.shortName,
      hallZone: seed.hallZone,
      contactPhone,
    };
  });
}

function departmentIdOf(code: string): string {
  if (!DEPARTMENT_SEEDS.some((d) => d.code === code)) throw new Error(`Unknown department code ${code}`);
  return demoId('department', code);
}

function departmentNameOf(code: string): string {
  const seed = DEPARTMENT_SEEDS.find((d) => d.code === code);
  if (!seed) throw new Error(`Unknown department code ${code}`);
  return seed.name;
}

function buildMatters(): MatterProfile[] {
  const codeFor = matterCoder();
  return MATTER_SEEDS.map((seed) => {
    const code = codeFor(seed.department, seed.category);
    const matter = matterFromSeed(seed, code, seed.name, { id: departmentIdOf(seed.department), name: departmentNameOf(seed.department) });
    return { matter, hot: seed.hot === true, applicantAge: seed.applicantAge ?? [22, 70] };
  });
}

function buildWindows(): DemoWindow[] {
  return WINDOW_SEEDS.map((seed) => {
    const zone = HALL_ZONES.find((z) => seed.number.startsWith(z.windowPrefix));
    if (!zone) throw new Error(`Window ${seed.number} is in no hall zone`);
    return {
      id: demoId('window', seed.number),
      number: seed.number,
      name: seed.name,
      category: seed.category,
      hallZone: zone.name,
      departmentIds: seed.departments.map(departmentIdOf),
    };
  });
}

/** The supervisors, their terms moved by whole years with the reference (so a later hall still has them in office). */
function buildSupervisors(clock: DemoClock): DemoSupervisor[] {
  return SUPERVISOR_SEEDS.map((seed) => ({
    id: demoId('supervisor', seed.key),
    name: seed.name,
    affiliation: seed.affiliation,
    phone: seed.phone,
    termStart: shiftYears(seed.termStart, clock.years),
    termEnd: shiftYears(seed.termEnd, clock.years),
    tiedDepartmentIds: seed.tiedDepartments.map(departmentIdOf),
  }));
}

function buildHall(clock: DemoClock): DemoHall {
  const departments = buildDepartments();
  const profiles = buildMatters();
  const matters = profiles.map((p) => p.matter);
  const hotCounts = new Map<string, number>();
  for (const p of profiles) if (p.hot) hotCounts.set(p.matter.departmentId, (hotCounts.get(p.matter.departmentId) ?? 0) + 1);
  const busyDepartmentIds = new Set([...hotCounts].filter(([, count]) => count >= 3).map(([id]) => id));
  const staff = buildStaff(departments, busyDepartmentIds);
  const windows = buildWindows();
  const supervisors = buildSupervisors(clock);
  const cases = buildCases({ departments, matters: profiles, staff, windows, clock });
  const inspections = buildInspections({ windows, supervisors, clock });
  const matterVersions = buildMatterVersions(matters);
  const duty = buildDuty({ departments, matters, staff, windows, clock });
  const inspectionProgramme = buildInspectionProgramme(windows, clock);
  const evaluations = buildEvaluations(cases, clock.now);
  const complaints = buildComplaints({ departments, matters, staff, windows, clock });
  const escalations = buildEscalations(cases, clock.now);
  return {
    name: HALL_NAME,
    departments,
    matters,
    matterVersions,
    staff,
    windows,
    cases,
    supervisors,
    inspections,
    duty,
    inspectionProgramme,
    evaluations,
    complaints,
    escalations,
  };
}

const memo = new Map<string, DemoHall>();

/**
 * The demo service hall as it stands at `reference` (default: the fixed test reference, Friday 2026-11-20 17:30).
 * Pure and deterministic: every call with the same reference returns a deep-equal value with the same ids. Each hall
 * is generated once and memoised; each call gets its own deep copy, so callers may mutate what they receive.
 */
export function demoHall(reference: DemoReference = DEMO_REFERENCE): DemoHall {
  const key = `${reference.date}|${reference.now.toISOString()}`;
  let hall = memo.get(key);
  if (!hall) {
    hall = buildHall(demoClockOf(reference));
    memo.set(key, hall);
  }
  return structuredClone(hall);
}
