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

function buildSupervisors(): DemoSupervisor[] {
  return SUPERVISOR_SEEDS.map((seed) => ({
    id: demoId('supervisor', seed.key),
    name: seed.name,
    affiliation: seed.affiliation,
    phone: seed.phone,
    termStart: seed.termStart,
    termEnd: seed.termEnd,
    tiedDepartmentIds: seed.tiedDepartments.map(departmentIdOf),
  }));
}

function buildHall(): DemoHall {
  const departments = buildDepartments();
  const profiles = buildMatters();
  const matters = profiles.map((p) => p.matter);
  const hotCounts = new Map<string, number>();
  for (const p of profiles) if (p.hot) hotCounts.set(p.matter.departmentId, (hotCounts.get(p.matter.departmentId) ?? 0) + 1);
  const busyDepartmentIds = new Set([...hotCounts].filter(([, count]) => count >= 3).map(([id]) => id));
  const staff = buildStaff(departments, busyDepartmentIds);
  const windows = buildWindows();
  const supervisors = buildSupervisors();
  const cases = buildCases({ departments, matters: profiles, staff, windows });
  const inspections = buildInspections({ windows, supervisors });
  const matterVersions = buildMatterVersions(matters);
  const duty = buildDuty({ departments, matters, staff, windows });
  const inspectionProgramme = buildInspectionProgramme(windows);
  const evaluations = buildEvaluations(cases);
  const complaints = buildComplaints({ departments, matters, staff, windows });
  const escalations = buildEscalations(cases);
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

let memo: DemoHall | undefined;

/**
 * The demo service hall. Pure and deterministic: every call returns a deep-equal value with the same ids. The hall is
 * generated once and memoised; each call gets its own deep copy, so callers may mutate what they receive.
 */
export function demoHall(): DemoHall {
  memo ??= buildHall();
  return structuredClone(memo);
}
