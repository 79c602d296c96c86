import { dayOf, isoOf, workingDayOnOrAfter } from './calendar';
import { RESERVED_NAMES, randomPerson } from './people';
import { Random } from './random';
import { type DemoDepartment, type DemoStaff, type StaffPost } from './types';
import { demoId } from './ids';

const OTHER_POSTS: readonly StaffPost[] = ['ACCEPTANCE', 'ACCEPTANCE', 'APPROVAL', 'CONSULTATION'];

/** A working day drawn uniformly between two dates. */
function randomWorkingDate(rng: Random, from: string, to: string): string {
  return isoOf(workingDayOnOrAfter(rng.int(dayOf(from), dayOf(to))));
}

/**
 * Window staff: 3–5 per department (5 where the department handles several popular matters), the first one the
 * department's chief representative (首席代表), at least one acceptance clerk, names unique across the hall.
 */
export function buildStaff(departments: readonly DemoDepartment[], busyDepartmentIds: ReadonlySet<string>): DemoStaff[] {
  const rng = new Random('demo-hall:staff');
  const usedNames = new Set(RESERVED_NAMES);
  const usedNumbers = new Set<string>();
  const staff: DemoStaff[] = [];
  for (const department of departments) {
    const count = busyDepartmentIds.has(department.id) ? 5 : rng.int(3, 5);
    for (let i = 0; i < count; i++) {
      const post: StaffPost = i === 0 ? 'CHIEF_REPRESENTATIVE' : i === 1 ? 'ACCEPTANCE' : rng.pick(OTHER_POSTS);
      let name = randomPerson(rng).name;
      while (usedNames.has(name)) name = randomPerson(rng).name;
      usedNames.add(name);
      let employeeNo = `ZW${rng.int(10000, 39999)}`;
      while (usedNumbers.has(employeeNo)) employeeNo = `ZW${rng.int(10000, 39999)}`;
      usedNumbers.add(employeeNo);
      // Chief representatives are long-serving; about a third of the others were posted less than two years ago.
      const postedSince =
        post === 'CHIEF_REPRESENTATIVE'
          ? randomWorkingDate(rng, '2019-03-01', '2023-06-30')
          : rng.chance(0.3)
            ? randomWorkingDate(rng, '2024-12-02', '2026-09-30')
            : randomWorkingDate(rng, '2019-03-01', '2024-10-31');
      staff.push({
        id: demoId('staff', employeeNo),
        employeeNo,
        name,
        departmentId: department.id,
        post,
        partyMember: post === 'CHIEF_REPRESENTATIVE' || rng.chance(0.45),
        postedSince,
      });
    }
  }
  return staff;
}
