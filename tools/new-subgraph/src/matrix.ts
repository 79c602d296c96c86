import { demoHall, demoUsers, type DemoHall } from '@hall/demo-hall';

/** A cell of the reliability suite's authorization matrix: A = allowed, F = FORBIDDEN. */
type Cell = 'A' | 'F';

export interface SuiteDepartment {
  id: string;
  code: string;
}

/**
 * The two departments the reliability suite's identities belong to (reliability/src/support/identities.ts,
 * `castOfDemoUsers`): the "owning department" — the demo department whose staff covers the most kinds of records the
 * matrix acts on — and another one. The same ranking as there; a test of this package checks they agree.
 */
export function suiteDepartments(hall: DemoHall = demoHall()): { own: SuiteDepartment; other: SuiteDepartment } {
  const staff = demoUsers(hall).filter((user) => user.role === 'staff');
  const coverage = (dept: string | undefined) => {
    const caseIds = new Set(hall.cases.filter((kase) => kase.departmentId === dept).map((kase) => kase.id));
    return (
      Number(hall.evaluations.some((row) => row.level <= 2 && caseIds.has(row.caseId))) +
      Number(hall.duty.swapRequests.some((row) => row.departmentId === dept && row.status === 'PENDING')) +
      Number(hall.complaints.some((row) => row.departmentId === dept))
    );
  };
  const ranked = [...staff].sort((a, b) => coverage(b.dept) - coverage(a.dept));
  const department = (id: string | undefined): SuiteDepartment => {
    const found = hall.departments.find((candidate) => candidate.id === id);
    if (!found) throw new Error('the demo hall lacks a department the authorization matrix needs');
    return { id: found.id, code: found.code };
  };
  return { own: department(ranked[0]?.dept), other: department(ranked[1]?.dept) };
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
