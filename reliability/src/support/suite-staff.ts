import { demoUsers, type DemoHall, type DemoUser } from '@hall/demo-hall';

/**
 * The two window clerks the authorization suites act as: the staff user of the "owning department" — the demo
 * department with the most kinds of records the matrix acts on (a bad review, a pending swap request, a complaint) —
 * and the next one, of another department. Pure, on the demo hall: the identities (identities.ts) sign their tokens,
 * and `npm run new-subgraph` writes a new subgraph's matrix rows for the same two departments.
 */
export function suiteStaff(hall: DemoHall): { own: DemoUser | undefined; other: DemoUser | undefined } {
  const staff = demoUsers(hall).filter((user) => user.role === 'staff');
  const coverage = (dept: string | undefined) => {
    const caseIds = new Set(hall.cases.filter((kase) => kase.departmentId === dept).map((kase) => kase.id));
    return (
      Number(hall.evaluations.some((row) => row.level <= 2 && caseIds.has(row.caseId))) +
      Number(hall.duty.swapRequests.some((row) => row.departmentId === dept && row.status === 'PENDING')) +
      Number(hall.complaints.some((row) => row.departmentId === dept))
    );
  };
  const [own, other] = [...staff].sort((a, b) => coverage(b.dept) - coverage(a.dept));
  return { own, other };
}
