import { forbidden, notFound, parseInput, parsePeriod, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import type { DutyContext } from '../context';
import type {
  DepartmentResolvers,
  OnDutyResolvers,
  QueueCallResolvers,
  ShiftResolvers,
  StaffResolvers,
  SwapRequestResolvers,
  TicketResolvers,
  UnattendedIncidentResolvers,
  WindowResolvers,
} from '../generated/resolvers';
import { canSeeStaffRecords, managesDepartment, seesBeyondBadge } from '../domain/access';
import { attendanceStatus } from '../data/shifts';
import { flagsOf } from '../data/swaps';
import type { DepartmentReference, StaffRow } from '../data/loaders';

const departmentRef = (id: string): DepartmentReference => ({ __typename: 'Department', id });

/** A row its foreign key guarantees (`Window!`, `Staff!`): a miss is a broken database, not an empty answer. */
async function referenced<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw notFound(what);
  return found;
}

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

async function requireStaffRecords(member: StaffRow, context: DutyContext): Promise<void> {
  if (!canSeeStaffRecords(context.identity, member)) throw forbidden('only the person, their department’s admins and the manager see this');
}

export const Staff: StaffResolvers = {
  __resolveReference: (reference, { loaders }) =>
    isEntityId(reference.id) ? loaders.staffById.load(reference.id) : null,
  employeeNo: (member, _, { identity }) => (seesBeyondBadge(identity) ? member.employeeNo : null),
  postedSince: (member, _, { identity }) => (seesBeyondBadge(identity) ? member.postedSince : null),
  department: (member) => departmentRef(member.departmentId),
  async shifts(member, args, context) {
    await requireStaffRecords(member, context);
    return context.loaders.shiftsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
  async dutyStats(member, args, context) {
    await requireStaffRecords(member, context);
    return context.loaders.dutyStatsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
  async queueStats(member, args, context) {
    await requireStaffRecords(member, context);
    return context.loaders.queueStatsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
};

/** The hall's hours as a window sign shows them. */
async function hallHours(context: DutyContext): Promise<string> {
  const s = await context.settings();
  return `工作日 ${s.morningStart}–${s.morningEnd}、${s.afternoonStart}–${s.afternoonEnd}`;
}

export const Window: WindowResolvers = {
  __resolveReference: (reference, { loaders }) =>
    isEntityId(reference.id) ? loaders.windowById.load(reference.id) : null,
  async departments(window, _, { loaders }) {
    return (await loaders.departmentIdsByWindow.load(window.id)).map(departmentRef);
  },
  openingHours: async (window, _, context) => window.openingHours ?? hallHours(context),
  async queueStats(window, args, context) {
    const { identity, loaders } = context;
    const served = await loaders.departmentIdsByWindow.load(window.id);
    if (!served.some((departmentId) => managesDepartment(identity, departmentId))) {
      throw forbidden('only the manager and the admins of a department this window serves see its queue statistics');
    }
    return loaders.queueStatsByWindow.load({ id: window.id, period: parsePeriod(args.period) });
  },
};

/** Department is owned by the catalog; duty adds the department's staff, windows and attendance. */
export const Department: DepartmentResolvers = {
  __resolveReference: (reference) => (isEntityId(reference.id) ? reference : null),
  staff(department, args, { identity, loaders }) {
    const includeInactive = parseInput(z.boolean().nullish(), args.includeInactive) ?? false;
    if (!includeInactive) return loaders.staffByDepartment.load(department.id);
    if (!managesDepartment(identity, department.id)) throw forbidden('only the department’s admins and the manager see inactive staff');
    return loaders.allStaffByDepartment.load(department.id);
  },
  windows: (department, _, { loaders }) => loaders.windowsByDepartment.load(department.id),
  dutyStats(department, args, { identity, loaders }) {
    const period = parsePeriod(args.period);
    if (!managesDepartment(identity, department.id)) throw forbidden('only the department’s admins and the manager see its attendance');
    return loaders.dutyStatsByDepartment.load({ id: department.id, period });
  },
};

export const Shift: ShiftResolvers = {
  window: (shift, _, { loaders }) => referenced(loaders.windowById.load(shift.windowId), 'window'),
  staff: (shift, _, { loaders }) => referenced(loaders.staffById.load(shift.staffId), 'staff member'),
  attendance: async (shift, _, context) =>
    attendanceStatus(shift, context.now, (await context.settings()).graceMinutes),
  async swapRequest(shift, _, { identity, loaders }) {
    if (!shift.swapRequestId) return null;
    const request = await loaders.swapRequestById.load(shift.swapRequestId);
    return request && managesDepartment(identity, request.departmentId) ? request : null;
  },
};

export const OnDuty: OnDutyResolvers = {
  window: (entry, _, { loaders }) => referenced(loaders.windowById.load(entry.shift.windowId), 'window'),
  staff: (entry, _, { loaders }) => referenced(loaders.staffById.load(entry.shift.staffId), 'staff member'),
};

export const UnattendedIncident: UnattendedIncidentResolvers = {
  window: (incident, _, { loaders }) => referenced(loaders.windowById.load(incident.windowId), 'window'),
  staff: (incident, _, { loaders }) => referenced(loaders.staffById.load(incident.staffId), 'staff member'),
};

export const SwapRequest: SwapRequestResolvers = {
  department: (request) => departmentRef(request.departmentId),
  staff: (request, _, { loaders }) => referenced(loaders.staffById.load(request.staffId), 'staff member'),
  otherStaff: (request, _, { loaders }) => referenced(loaders.staffById.load(request.otherStaffId), 'staff member'),
  flags: async (request, _, context) => flagsOf(request, await context.settings()),
  recentlyPosted: async (request, _, { loaders }) =>
    (await loaders.staffById.loadMany(request.recentlyPostedStaffIds)).filter(
      (member): member is StaffRow => member !== null && !(member instanceof Error),
    ),
};

const minutesBetween = (from: Date | null, to: Date | null) => (from && to ? (to.getTime() - from.getTime()) / 60_000 : null);

export const Ticket: TicketResolvers = {
  department: (ticket) => departmentRef(ticket.departmentId),
  window: (ticket, _, { loaders }) => (ticket.windowId ? loaders.windowById.load(ticket.windowId) : null),
  waitMinutes: (ticket) => minutesBetween(ticket.issuedAt, ticket.calledAt),
  serviceMinutes: (ticket) => minutesBetween(ticket.serviceStartedAt, ticket.serviceEndedAt),
};

export const QueueCall: QueueCallResolvers = {
  window: (call, _, { loaders }) => referenced(loaders.windowById.load(call.windowId), 'window'),
  staff: (call, _, { loaders }) => (call.staffId ? loaders.staffById.load(call.staffId) : null),
};
