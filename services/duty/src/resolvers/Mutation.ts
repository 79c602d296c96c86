import { conflict, forbidden, notFound, parseInput, type Identity } from '@hall/service-kit';
import { eq } from 'drizzle-orm';
import { staff, windowDepartments, windows } from '../db/schema';
import type { MutationResolvers } from '../generated/resolvers';
import type { StaffRow, WindowRow } from '../data/loaders';
import { managesDepartment, requireManager } from '../domain/access';
import { checkIn, checkOut, recordUnattendedIncidents } from '../data/attendance';
import { advanceTicket, callNextTicket, issueTicket } from '../data/queue';
import { copyRosterWeek, removeShift, scheduleShift } from '../data/roster';
import { settingsInput, updateSettings } from '../data/settings';
import { isUniqueViolation } from '../data/sql';
import { approveSwapRequest, fileSwapRequest, rejectSwapRequest, withdrawSwapRequest } from '../data/swaps';
import {
  decisionNote,
  given,
  id,
  isoDate,
  matterCategory,
  shiftInput,
  staffInput,
  staffUpdate,
  swapRequestInput,
  windowInput,
  windowUpdate,
} from './inputs';

/** Staff act for themselves only: the id in their token. */
function ownStaffId(identity: Identity): string {
  if (identity.role !== 'staff' || !identity.staffId) throw forbidden('only window staff do this, for themselves');
  return identity.staffId;
}

function refuseDuplicate(error: unknown, what: string): never {
  if (isUniqueViolation(error)) throw conflict(`${what} is already taken`);
  throw error;
}

export const Mutation: MutationResolvers = {
  async createStaff(_, args, { identity, database }) {
    if (identity.role !== 'manager' && identity.role !== 'dept_admin')
      throw forbidden('only department admins and the manager manage staff');
    const input = parseInput(staffInput, args.input);
    if (!managesDepartment(identity, input.departmentId)) throw forbidden('a department admin manages their own department’s staff');
    try {
      const [row] = await database.db
        .insert(staff)
        .values({ ...input, photoUrl: input.photoUrl ?? null })
        .returning();
      return row as StaffRow;
    } catch (error) {
      return refuseDuplicate(error, `employee number ${input.employeeNo}`);
    }
  },

  async updateStaff(_, args, { identity, database }) {
    if (identity.role !== 'manager' && identity.role !== 'dept_admin')
      throw forbidden('only department admins and the manager manage staff');
    const staffId = parseInput(id, args.id);
    const input = given(parseInput(staffUpdate, args.input));
    const [member] = await database.db.select().from(staff).where(eq(staff.id, staffId));
    if (!member) throw notFound('staff member');
    if (!managesDepartment(identity, member.departmentId)) throw forbidden('a department admin manages their own department’s staff');
    if (Object.keys(input).length === 0) return member;
    const [row] = await database.db.update(staff).set(input).where(eq(staff.id, staffId)).returning();
    if (!row) throw notFound('staff member');
    return row;
  },

  async createWindow(_, args, { identity, database }) {
    requireManager(identity);
    const { departmentIds, ...input } = parseInput(windowInput, args.input);
    try {
      return await database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(windows)
          .values({ ...input, openingHours: input.openingHours ?? null, matterCategories: [...new Set(input.matterCategories)] })
          .returning();
        const window = row as WindowRow;
        await tx
          .insert(windowDepartments)
          .values([...new Set(departmentIds)].map((departmentId) => ({ windowId: window.id, departmentId })));
        return window;
      });
    } catch (error) {
      return refuseDuplicate(error, `window number ${input.number}`);
    }
  },

  async updateWindow(_, args, { identity, database }) {
    requireManager(identity);
    const windowId = parseInput(id, args.id);
    const { departmentIds, ...input } = given(parseInput(windowUpdate, args.input));
    return database.db.transaction(async (tx) => {
      const [existing] = await tx.select().from(windows).where(eq(windows.id, windowId)).for('update');
      if (!existing) throw notFound('window');
      const changes = { ...input, ...(input.matterCategories ? { matterCategories: [...new Set(input.matterCategories)] } : {}) };
      const [row] = Object.keys(changes).length
        ? await tx.update(windows).set(changes).where(eq(windows.id, windowId)).returning()
        : [existing];
      if (departmentIds) {
        await tx.delete(windowDepartments).where(eq(windowDepartments.windowId, windowId));
        await tx.insert(windowDepartments).values([...new Set(departmentIds)].map((departmentId) => ({ windowId, departmentId })));
      }
      if (!row) throw notFound('window');
      return row;
    });
  },

  async updateHallSettings(_, args, { identity, database, timeZone }) {
    requireManager(identity);
    return updateSettings(database.db, timeZone, parseInput(settingsInput, args.input));
  },

  async scheduleShift(_, args, { identity, database, timeZone }) {
    requireManager(identity);
    return scheduleShift(database.db, timeZone, parseInput(shiftInput, args.input));
  },

  async removeShift(_, args, { identity, database }) {
    requireManager(identity);
    return removeShift(database.db, parseInput(id, args.id));
  },

  async copyRosterWeek(_, args, { identity, database, timeZone }) {
    requireManager(identity);
    return copyRosterWeek(database.db, timeZone, parseInput(isoDate, args.fromWeek), parseInput(isoDate, args.toWeek));
  },

  async checkIn(_, args, { identity, database, timeZone, now }) {
    const staffId = ownStaffId(identity);
    return checkIn(database.db, timeZone, staffId, parseInput(id, args.windowId), now);
  },

  async checkOut(_, args, { identity, database, timeZone, now }) {
    const staffId = ownStaffId(identity);
    return checkOut(database.db, timeZone, staffId, parseInput(id, args.windowId), now);
  },

  async recordUnattendedIncidents(_, __, { identity, database, timeZone, now }) {
    requireManager(identity);
    return recordUnattendedIncidents(database.db, timeZone, now);
  },

  async fileSwapRequest(_, args, context) {
    if (context.identity.role !== 'dept_admin') throw forbidden('a department admin files swap and replacement requests');
    const input = parseInput(swapRequestInput, args.input);
    const [settings, calendar] = await Promise.all([context.settings(), context.calendar()]);
    return fileSwapRequest(context.database.db, context.identity, input, settings, calendar, context.now);
  },

  async withdrawSwapRequest(_, args, { identity, database }) {
    return withdrawSwapRequest(database.db, identity, parseInput(id, args.id));
  },

  async approveSwapRequest(_, args, { identity, database, timeZone, now }) {
    requireManager(identity);
    const note = parseInput(decisionNote.nullish(), args.note) ?? null;
    return approveSwapRequest(database.db, identity, parseInput(id, args.id), note, timeZone, now);
  },

  async rejectSwapRequest(_, args, { identity, database, now }) {
    requireManager(identity);
    return rejectSwapRequest(database.db, identity, parseInput(id, args.id), parseInput(decisionNote, args.note), now);
  },

  async issueTicket(_, args, { database, timeZone, now, rateLimit }) {
    // The kiosk is public: every attempt counts against the caller's address, before any input is read.
    await rateLimit.consume('issueTicket');
    return issueTicket(database.db, timeZone, parseInput(id, args.departmentId), parseInput(matterCategory, args.category), now);
  },

  async callNextTicket(_, args, { identity, database, timeZone, now }) {
    const staffId = ownStaffId(identity);
    return callNextTicket(database.db, timeZone, staffId, parseInput(id, args.windowId), now);
  },

  startService: (_, args, { identity, database, now }) =>
    advanceTicket(database.db, ownStaffId(identity), parseInput(id, args.ticketId), 'start', now),
  endService: (_, args, { identity, database, now }) =>
    advanceTicket(database.db, ownStaffId(identity), parseInput(id, args.ticketId), 'end', now),
  markNoShow: (_, args, { identity, database, now }) =>
    advanceTicket(database.db, ownStaffId(identity), parseInput(id, args.ticketId), 'noShow', now),
};
