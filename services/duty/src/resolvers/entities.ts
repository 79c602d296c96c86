import { forbidden, parseInput, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import type { DutyContext } from '../context';
import type { IncidentView, OnDutyEntry } from '../domain/attendance';
import { canSeeStaffRecords, managesDepartment, seesBeyondBadge } from '../domain/access';
import type { QueueCallView, TicketView } from '../domain/queue';
import { attendanceStatus, type ShiftView } from '../domain/shifts';
import { flagsOf } from '../domain/swaps';
import type { StaffRow, SwapRequestRow, WindowRow } from '../loaders';
import { parsePeriod } from './inputs';

const departmentRef = (id: string) => ({ __typename: 'Department', id });

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

async function requireStaffRecords(member: StaffRow, context: DutyContext): Promise<void> {
  if (!canSeeStaffRecords(context.identity, member)) throw forbidden('only the person, their department’s admins and the manager see this');
}

export const Staff = {
  __resolveReference: (reference: { id?: unknown }, { loaders }: DutyContext) =>
    isEntityId(reference.id) ? loaders.staffById.load(reference.id) : null,
  employeeNo: (member: StaffRow, _: unknown, { identity }: DutyContext) => (seesBeyondBadge(identity) ? member.employeeNo : null),
  postedSince: (member: StaffRow, _: unknown, { identity }: DutyContext) => (seesBeyondBadge(identity) ? member.postedSince : null),
  department: (member: StaffRow) => departmentRef(member.departmentId),
  async shifts(member: StaffRow, args: { period: unknown }, context: DutyContext) {
    await requireStaffRecords(member, context);
    return context.loaders.shiftsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
  async dutyStats(member: StaffRow, args: { period: unknown }, context: DutyContext) {
    await requireStaffRecords(member, context);
    return context.loaders.dutyStatsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
  async queueStats(member: StaffRow, args: { period: unknown }, context: DutyContext) {
    await requireStaffRecords(member, context);
    return context.loaders.queueStatsByStaff.load({ id: member.id, period: parsePeriod(args.period) });
  },
};

/** The hall's hours as a window sign shows them. */
async function hallHours(context: DutyContext): Promise<string> {
  const s = await context.settings();
  return `工作日 ${s.morningStart}–${s.morningEnd}、${s.afternoonStart}–${s.afternoonEnd}`;
}

export const Window = {
  __resolveReference: (reference: { id?: unknown }, { loaders }: DutyContext) =>
    isEntityId(reference.id) ? loaders.windowById.load(reference.id) : null,
  async departments(window: WindowRow, _: unknown, { loaders }: DutyContext) {
    return (await loaders.departmentIdsByWindow.load(window.id)).map(departmentRef);
  },
  openingHours: async (window: WindowRow, _: unknown, context: DutyContext) => window.openingHours ?? hallHours(context),
  async queueStats(window: WindowRow, args: { period: unknown }, context: DutyContext) {
    const { identity, loaders } = context;
    const served = await loaders.departmentIdsByWindow.load(window.id);
    if (!served.some((departmentId) => managesDepartment(identity, departmentId))) {
      throw forbidden('only the manager and the admins of a department this window serves see its queue statistics');
    }
    return loaders.queueStatsByWindow.load({ id: window.id, period: parsePeriod(args.period) });
  },
};

/** Department is owned by the catalog; duty adds the department's staff, windows and attendance. */
export const Department = {
  __resolveReference: (reference: { id?: unknown }) => (isEntityId(reference.id) ? reference : null),
  staff(department: { id: string }, args: { includeInactive?: unknown }, { identity, loaders }: DutyContext) {
    const includeInactive = parseInput(z.boolean().nullish(), args.includeInactive) ?? false;
    if (!includeInactive) return loaders.staffByDepartment.load(department.id);
    if (!managesDepartment(identity, department.id)) throw forbidden('only the department’s admins and the manager see inactive staff');
    return loaders.allStaffByDepartment.load(department.id);
  },
  windows: (department: { id: string }, _: unknown, { loaders }: DutyContext) => loaders.windowsByDepartment.load(department.id),
  dutyStats(department: { id: string }, args: { period: unknown }, { identity, loaders }: DutyContext) {
    const period = parsePeriod(args.period);
    if (!managesDepartment(identity, department.id)) throw forbidden('only the department’s admins and the manager see its attendance');
    return loaders.dutyStatsByDepartment.load({ id: department.id, period });
  },
};

export const Shift = {
  window: (shift: ShiftView, _: unknown, { loaders }: DutyContext) => loaders.windowById.load(shift.windowId),
  staff: (shift: ShiftView, _: unknown, { loaders }: DutyContext) => loaders.staffById.load(shift.staffId),
  attendance: async (shift: ShiftView, _: unknown, context: DutyContext) =>
    attendanceStatus(shift, context.now, (await context.settings()).graceMinutes),
  async swapRequest(shift: ShiftView, _: unknown, { identity, loaders }: DutyContext) {
    if (!shift.swapRequestId) return null;
    const request = await loaders.swapRequestById.load(shift.swapRequestId);
    return request && managesDepartment(identity, request.departmentId) ? request : null;
  },
};

export const OnDuty = {
  window: (entry: OnDutyEntry, _: unknown, { loaders }: DutyContext) => loaders.windowById.load(entry.shift.windowId),
  staff: (entry: OnDutyEntry, _: unknown, { loaders }: DutyContext) => loaders.staffById.load(entry.shift.staffId),
};

export const UnattendedIncident = {
  window: (incident: IncidentView, _: unknown, { loaders }: DutyContext) => loaders.windowById.load(incident.windowId),
  staff: (incident: IncidentView, _: unknown, { loaders }: DutyContext) => loaders.staffById.load(incident.staffId),
};

export const SwapRequest = {
  department: (request: SwapRequestRow) => departmentRef(request.departmentId),
  staff: (request: SwapRequestRow, _: unknown, { loaders }: DutyContext) => loaders.staffById.load(request.staffId),
  otherStaff: (request: SwapRequestRow, _: unknown, { loaders }: DutyContext) => loaders.staffById.load(request.otherStaffId),
  flags: async (request: SwapRequestRow, _: unknown, context: DutyContext) => flagsOf(request, await context.settings()),
  recentlyPosted: async (request: SwapRequestRow, _: unknown, { loaders }: DutyContext) =>
    (await loaders.staffById.loadMany(request.recentlyPostedStaffIds)).filter(
      (member): member is StaffRow => member !== null && !(member instanceof Error),
    ),
};

const minutesBetween = (from: Date | null, to: Date | null) => (from && to ? (to.getTime() - from.getTime()) / 60_000 : null);

export const Ticket = {
  department: (ticket: TicketView) => departmentRef(ticket.departmentId),
  window: (ticket: TicketView, _: unknown, { loaders }: DutyContext) => (ticket.windowId ? loaders.windowById.load(ticket.windowId) : null),
  waitMinutes: (ticket: TicketView) => minutesBetween(ticket.issuedAt, ticket.calledAt),
  serviceMinutes: (ticket: TicketView) => minutesBetween(ticket.serviceStartedAt, ticket.serviceEndedAt),
};

export const QueueCall = {
  window: (call: QueueCallView, _: unknown, { loaders }: DutyContext) => loaders.windowById.load(call.windowId),
  staff: (call: QueueCallView, _: unknown, { loaders }: DutyContext) => (call.staffId ? loaders.staffById.load(call.staffId) : null),
};
