import type { ServiceName } from '@hall/db';
import type { Cast } from './identities';
import { post } from './graphql';

/** Records of the owning department (and a few others) that the matrix and the input suite act on. */
export interface Targets {
  ownDepartmentId: string;
  otherDepartmentId: string;
  matterId: string;
  caseId: string;
  complaintId: string;
  badReviewId: string;
  windowId: string;
  staffId: string;
  otherStaffId: string;
  shiftId: string;
  swapRequestId: string;
  ticketId: string;
  ticketNumber: string;
  supervisorId: string;
  planId: string;
  draftInspectionId: string;
  submittedInspectionId: string;
  rectificationId: string;
  findingId: string;
  appealId: string;
  caseNumber: string;
  departmentCode: string;
  matterCode: string;
  /** A second matter of the department, left published (the matrix withdraws the first). */
  otherMatterId: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`the demo hall has no ${what}`);
  return item;
}

type InspectionRows = {
  inspections: Array<{
    id: string;
    status: string;
    department: { id: string } | null;
    supervisor: { id: string } | null;
    findings: Array<{ id: string }>;
  }>;
  rectifications: Array<{ id: string; status: string; department: { id: string } | null }> | null;
  appeals: Array<{ id: string }>;
};

export async function discoverTargets(cast: Cast, urls: Record<ServiceName, string>): Promise<Targets> {
  const { hall, ownDepartmentId: own, otherDepartmentId: other } = cast;
  const manager = cast.tokens.manager;
  const inspections = await post<InspectionRows>(
    urls.inspections,
    `{ inspections { id status department { id } supervisor { id } findings { id } }
       rectifications { id status department { id } } appeals { id } }`,
    undefined,
    manager,
  );
  if (!inspections.data) throw new Error(`cannot list inspections: ${JSON.stringify(inspections.errors)}`);
  const rows = inspections.data.inspections;
  const draft = first(
    rows.filter((row) => row.status !== 'SUBMITTED' && row.supervisor?.id === cast.supervisorId),
    'unsubmitted inspection of the first supervisor',
  );
  const submitted = first(
    rows.filter((row) => row.status === 'SUBMITTED' && row.department?.id === own && row.findings.length > 0),
    'submitted inspection with findings',
  );
  const rectifications = inspections.data.rectifications ?? [];
  const rectification =
    rectifications.find((row) => row.department?.id === own && row.status === 'OPEN') ?? first(rectifications, 'rectification');
  const catalog = await post<{ matters: Array<{ id: string }> }>(
    urls.catalog,
    'query($id: ID!) { matters(filter: { departmentId: $id, kind: COMMITTED }) { id } }',
    { id: own },
    manager,
  );
  const published = catalog.data?.matters.map((matter) => matter.id) ?? [];
  const ownMatter = first(
    hall.matters.filter((matter) => matter.departmentId === own),
    'matter',
  );
  const ownCases = hall.cases.filter((kase) => kase.departmentId === own);
  const ownStaff = hall.staff.filter((member) => member.departmentId === own);
  const ownWindows = hall.windows.filter((window) => window.departmentIds.includes(own));
  const ownCaseIds = new Set(ownCases.map((kase) => kase.id));
  const ticket = hall.duty.tickets.find((row) => row.departmentId === own) ?? first(hall.duty.tickets, 'ticket');
  const submittedCase = first(
    ownCases.filter((kase) => !['COMPLETED', 'DELIVERED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED'].includes(kase.status)),
    'open case',
  );
  return {
    ownDepartmentId: own,
    otherDepartmentId: other,
    matterId: ownMatter.id,
    matterCode: ownMatter.code,
    otherMatterId: first(
      published.filter((id) => id !== ownMatter.id),
      'second published matter',
    ),
    caseId: submittedCase.id,
    caseNumber: submittedCase.number,
    departmentCode: first(
      hall.departments.filter((department) => department.id === own),
      'department',
    ).code,
    complaintId: (
      hall.complaints.find((row) => row.departmentId === own && row.status === 'ASSIGNED') ??
      first(
        hall.complaints.filter((row) => row.status === 'RECEIVED'),
        'received complaint',
      )
    ).id,
    badReviewId: (
      hall.evaluations.find((row) => row.level <= 2 && ownCaseIds.has(row.caseId)) ??
      first(
        hall.evaluations.filter((row) => row.level <= 2),
        'bad review',
      )
    ).id,
    windowId: first(ownWindows, 'window').id,
    staffId: cast.ownStaffId,
    otherStaffId: first(
      ownStaff.filter((member) => member.id !== cast.ownStaffId),
      'second staff member',
    ).id,
    shiftId: first(
      hall.duty.shifts.filter((shift) => ownStaff.some((member) => member.id === shift.staffId)),
      'shift',
    ).id,
    swapRequestId: (
      hall.duty.swapRequests.find((row) => row.departmentId === own && row.status === 'PENDING') ??
      hall.duty.swapRequests.find((row) => row.departmentId === own) ??
      first(hall.duty.swapRequests, 'swap request')
    ).id,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    supervisorId: cast.supervisorId,
    planId: first(hall.inspectionProgramme.plans, 'plan').id,
    draftInspectionId: draft.id,
    submittedInspectionId: submitted.id,
    rectificationId: rectification.id,
    findingId: first(submitted.findings, 'finding').id,
    appealId: inspections.data.appeals[0]?.id ?? MISSING,
  };
}
