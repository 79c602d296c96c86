import { demoHall, type DemoHall } from '@hall/demo-hall';
import { suiteStaff } from '@hall/reliability/src/support/suite-staff';

/** A cell of the reliability suite's authorization matrix: A = allowed, F = FORBIDDEN. */
type Cell = 'A' | 'F';

export interface SuiteDepartment {
  id: string;
  code: string;
}

/**
 * The two departments the reliability suite's identities belong to (`suiteStaff`, which its `castOfDemoUsers` signs
 * tokens for): the "owning department" and another one.
 */
export function suiteDepartments(hall: DemoHall = demoHall()): { own: SuiteDepartment; other: SuiteDepartment } {
  const { own, other } = suiteStaff(hall);
  const department = (id: string | undefined): SuiteDepartment => {
    const found = hall.departments.find((candidate) => candidate.id === id);
    if (!found) throw new Error('the demo hall lacks a department the authorization matrix needs');
    return { id: found.id, code: found.code };
  };
  return { own: department(own?.dept), other: department(other?.dept) };
}

/**
 * The matrix row of a field only the owning department (its branch offices included) and the manager may use, in the
 * suite's role order: public · own staff · other staff · own dept_admin · supervisor · manager.
 */
export function ownerOnlyRow(ownerCode: string, hall: DemoHall = demoHall()): string {
  const { own, other } = suiteDepartments(hall);
  const owner = hall.departments.find((department) => department.code === ownerCode);
  const owning = new Set(
    owner
      ? [owner.id, ...hall.departments.filter((department) => department.parentId === owner.id).map((department) => department.id)]
      : [],
  );
  const cell = (allowed: boolean): Cell => (allowed ? 'A' : 'F');
  return [cell(false), cell(owning.has(own.id)), cell(owning.has(other.id)), cell(owning.has(own.id)), cell(false), cell(true)].join(' ');
}
