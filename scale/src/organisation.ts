import {
  DEPARTMENT_SEEDS,
  DISTRICT_CODES,
  HALL_ZONES,
  MATTER_SEEDS,
  PHONE_AREA_CODE,
  Random,
  demoId,
  isoOf,
  matterCoder,
  matterFromSeed,
  randomMobile,
  randomPerson,
  type DemoDepartment,
  type DemoMatter,
  type DemoStaff,
  type DemoSupervisor,
  type DemoWindow,
  type StaffPost,
  type WindowCategory,
} from '@hall/demo-hall';
import type { ScaleProfile } from './profiles';

/**
 * The departments, matters, windows, staff and supervisors of a generated hall or city. The first departments are the
 * demo hall's (same codes and ids); the rest are their district offices, each with variants of its parent's matters.
 */
export interface Organisation {
  departments: DemoDepartment[];
  matters: ScaleMatter[];
  windows: DemoWindow[];
  staff: DemoStaff[];
  supervisors: DemoSupervisor[];
}

export interface ScaleMatter extends DemoMatter {
  /** Relative popularity (Zipf over the matters of one kind): a few matters take most of the cases. */
  weight: number;
}

const DISTRICT_NAMES = ['江北', '江南', '临东', '临西', '新湖', '青山', '白沙'] as const;
const OFFICE_NAMES = DISTRICT_NAMES.flatMap((district) => [`${district}分局`, `${district}第一办事处`, `${district}第二办事处`]);
const MATTER_VARIANTS = [
  '个人',
  '企业',
  '首次',
  '补办',
  '换领',
  '注销',
  '线上',
  '跨区',
  '加急',
  '延期',
  '团体',
  '港澳台',
  '外籍',
  '分支机构',
];
const STAFF_POSTS: readonly StaffPost[] = ['ACCEPTANCE', 'ACCEPTANCE', 'ACCEPTANCE', 'APPROVAL', 'CONSULTATION'];
const WINDOW_CATEGORIES: readonly WindowCategory[] = ['SPECIALISED', 'COMPREHENSIVE', 'SPECIALISED', 'PICKUP'];

/** AA, AB, …: department codes are capital letters only (catalog's rule). */
function officeLetters(office: number): string {
  return String.fromCharCode(65 + Math.floor(office / 26), 65 + (office % 26));
}

function buildDepartments(profile: ScaleProfile, rng: Random): DemoDepartment[] {
  const departments: DemoDepartment[] = [];
  for (let index = 0; index < profile.departments; index++) {
    const seed = DEPARTMENT_SEEDS[index % DEPARTMENT_SEEDS.length];
    const office = Math.floor(index / DEPARTMENT_SEEDS.length);
    if (!seed) throw new Error('no department seeds');
    const officeName = office === 0 ? '' : OFFICE_NAMES[(office - 1) % OFFICE_NAMES.length];
    const code = office === 0 ? seed.code : `${seed.code}${officeLetters(office)}`;
    departments.push({
      id: demoId('department', code),
      code,
      name:
        office === 0
          ? seed.name
          : `${seed.name}${officeName}${office > OFFICE_NAMES.length ? Math.ceil(office / OFFICE_NAMES.length) : ''}`,
      shortName: office === 0 ? seed.shortName : `${seed.shortName}${officeName?.slice(0, 2) ?? ''}${office}`,
      hallZone: seed.hallZone,
      contactPhone: `${PHONE_AREA_CODE}-8${String(1_000_000 + index * 7 + rng.int(0, 6)).slice(-7)}`,
      // A district office is a branch of the city-level department it copies (created first, office 0).
      ...(office === 0 ? {} : { parentId: demoId('department', seed.code) }),
    });
  }
  return departments;
}

function buildMatters(profile: ScaleProfile, departments: readonly DemoDepartment[]): ScaleMatter[] {
  const matters: ScaleMatter[] = [];
  const codeFor = matterCoder();
  const perDepartment = Math.floor(profile.matters / departments.length);
  const extra = profile.matters % departments.length;
  for (const [departmentIndex, department] of departments.entries()) {
    const seed = DEPARTMENT_SEEDS[departmentIndex % DEPARTMENT_SEEDS.length];
    const templates = MATTER_SEEDS.filter((matter) => matter.department === seed?.code);
    const count = perDepartment + (departmentIndex < extra ? 1 : 0);
    for (let j = 0; j < count; j++) {
      const template = templates[j % templates.length];
      if (!template) throw new Error(`department ${department.code} has no matter templates`);
      const round = Math.floor(j / templates.length);
      const name =
        round === 0
          ? template.name
          : `${template.name}（${MATTER_VARIANTS[(round - 1) % MATTER_VARIANTS.length]}${round > MATTER_VARIANTS.length ? round : ''}）`;
      const matter = matterFromSeed(template, codeFor(department.code, template.category), name, department);
      matters.push({
        ...matter,
        // Joint approval stays with the city-level departments the demo names, when the city has them.
        jointDepartmentIds: matter.jointDepartmentIds.filter((id) => departments.some((d) => d.id === id) && id !== department.id),
        weight: 0,
      });
    }
  }
  for (const kind of ['INSTANT', 'COMMITTED'] as const) {
    const rng = new Random(`scale:popularity:${kind}`);
    const ofKind = rng.shuffle(matters.filter((matter) => matter.kind === kind));
    // Zipf with s = 1.1, over a random order: popularity follows neither department nor code.
    ofKind.forEach((matter, rank) => (matter.weight = 1 / (rank + 1) ** 1.1));
  }
  return matters;
}

function buildWindows(profile: ScaleProfile, departments: readonly DemoDepartment[]): DemoWindow[] {
  const numbers = new Map<string, number>();
  return departments.flatMap((department) =>
    Array.from({ length: profile.windowsPerDepartment }, (_, index) => {
      const zone = HALL_ZONES.find((candidate) => candidate.name === department.hallZone) ?? HALL_ZONES[0];
      const prefix = zone?.windowPrefix ?? 'A';
      const sequence = (numbers.get(prefix) ?? 0) + 1;
      numbers.set(prefix, sequence);
      const number = `${prefix}${String(sequence).padStart(sequence > 99 ? 3 : 2, '0')}`;
      const category = WINDOW_CATEGORIES[index % WINDOW_CATEGORIES.length] ?? 'SPECIALISED';
      return {
        id: demoId('window', `${department.code}:${number}`),
        number,
        name:
          category === 'PICKUP'
            ? `${department.shortName}出件窗口`
            : `${department.shortName}${category === 'COMPREHENSIVE' ? '综合' : '专业'}窗口`,
        category,
        hallZone: zone?.name ?? department.hallZone,
        departmentIds: [department.id],
      };
    }),
  );
}

function buildStaff(profile: ScaleProfile, departments: readonly DemoDepartment[], rng: Random): DemoStaff[] {
  let serial = 0;
  return departments.flatMap((department) =>
    Array.from({ length: profile.staffPerDepartment }, (_, index) => {
      serial += 1;
      const employeeNo = `ZW${String(50_000 + serial)}`;
      const post: StaffPost = index === 0 ? 'CHIEF_REPRESENTATIVE' : index === 1 ? 'ACCEPTANCE' : rng.pick(STAFF_POSTS);
      return {
        id: demoId('staff', employeeNo),
        employeeNo,
        name: randomPerson(rng).name,
        departmentId: department.id,
        post,
        partyMember: post === 'CHIEF_REPRESENTATIVE' || rng.chance(0.45),
        postedSince: isoOf(rng.int(17_600, 19_600)),
      };
    }),
  );
}

function buildSupervisors(profile: ScaleProfile, departments: readonly DemoDepartment[], rng: Random): DemoSupervisor[] {
  const affiliations = ['市人大代表', '市政协委员', '特邀监督员', '新闻媒体', '企业代表', '社区代表'];
  return Array.from({ length: profile.supervisors }, (_, index) => ({
    id: demoId('supervisor', `scale-${index + 1}`),
    name: randomPerson(rng).name,
    affiliation: rng.pick(affiliations),
    phone: randomMobile(rng),
    termStart: '2024-01-01',
    termEnd: '2027-12-31',
    tiedDepartmentIds: [rng.pick(departments).id],
  }));
}

/** Deterministic for a profile: the same ids on every run, in every subgraph. */
export function buildOrganisation(profile: ScaleProfile): Organisation {
  const rng = new Random(`scale:${profile.name}:organisation`);
  const departments = buildDepartments(profile, rng);
  return {
    departments,
    matters: buildMatters(profile, departments),
    windows: buildWindows(profile, departments),
    staff: buildStaff(profile, departments, rng),
    supervisors: buildSupervisors(profile, departments, rng),
  };
}

/** A region code for applicants' resident IDs. */
export const APPLICANT_REGIONS = DISTRICT_CODES;
