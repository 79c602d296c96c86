import { badUserInput, conflict, forbidden, notFound, type Identity, type WorkingCalendar } from '@hall/service-kit';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { shifts, staff, swapRequests, type DutyTables } from '../db/schema';
import { localDateOf } from '../domain/days';
import { findConflicts, rosterConflictError, rosterWriteRefused, type ShiftCandidate } from './roster';
import type { HallSettings } from './settings';
import { isUniqueViolation } from './sql';

export type SwapRequestRow = typeof swapRequests.$inferSelect;
export type SwapFlag = 'EMERGENCY' | 'SHORT_NOTICE' | 'RECENT_POSTING';

export interface SwapRequestInput {
  kind: 'REPLACEMENT' | 'EXCHANGE';
  staffId: string;
  otherStaffId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string;
  documentNo: string | null;
  emergency: boolean;
}

/** The same day `months` earlier (the last day of the month when that month is shorter). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Posted less than `minimumMonths` before `day`: the posting day is after the day `minimumMonths` earlier. */
export function postedLessThan(postedSince: string, day: string, minimumMonths: number): boolean {
  return postedSince > monthsBefore(day, minimumMonths);
}

export interface SwapNotice {
  /** The hall day the request is filed on. */
  filedOn: string;
  /** Working days from the filing day to `effectiveFrom`. */
  noticeWorkingDays: number;
  /** Who of the request's people had been posted for less than the minimum at `effectiveFrom`. */
  recentlyPostedStaffIds: string[];
}

/**
 * The columns a request derives when filed, the same for `fileSwapRequest` and the bulk import; the notice is counted
 * on the hall calendar (the manager's overrides included).
 */
export function swapNotice(
  filedAt: Date,
  effectiveFrom: string,
  people: ReadonlyArray<{ id: string; postedSince: string }>,
  settings: Pick<HallSettings, 'timeZone' | 'minimumPostingMonths'>,
  calendar: WorkingCalendar,
): SwapNotice {
  const filedOn = localDateOf(filedAt, settings.timeZone);
  return {
    filedOn,
    noticeWorkingDays: calendar.workingDaysAfter(filedOn, effectiveFrom),
    recentlyPostedStaffIds: people
      .filter((person) => postedLessThan(person.postedSince, effectiveFrom, settings.minimumPostingMonths))
      .map((person) => person.id),
  };
}

export function flagsOf(request: SwapRequestRow, settings: HallSettings): SwapFlag[] {
  const flags: SwapFlag[] = [];
  if (request.emergency) flags.push('EMERGENCY');
  if (request.noticeWorkingDays < settings.swapNoticeWorkingDays) flags.push('SHORT_NOTICE');
  if (request.recentlyPostedStaffIds.length > 0) flags.push('RECENT_POSTING');
  return flags;
}

/**
 * A department admin files a request for two of their own department's people, at least `swapNoticeWorkingDays`
 * working days (the hall calendar: weekends, statutory holidays, make-up days and the manager's overrides) after the
 * filing day, unless it is an emergency, which is allowed and flagged. People posted for less than the minimum are
 * flagged too.
 */
export async function fileSwapRequest(
  db: NodePgDatabase<DutyTables>,
  identity: Identity,
  input: SwapRequestInput,
  settings: HallSettings,
  calendar: WorkingCalendar,
  now: Date,
): Promise<SwapRequestRow> {
  if (identity.role !== 'dept_admin' || !identity.departmentId) throw forbidden('a department admin files swap and replacement requests');
  const people = await db
    .select()
    .from(staff)
    .where(inArray(staff.id, [input.staffId, input.otherStaffId]));
  const member = people.find((row) => row.id === input.staffId);
  const other = people.find((row) => row.id === input.otherStaffId);
  if (!member || !other) throw notFound('staff member');
  if (member.departmentId !== identity.departmentId || other.departmentId !== identity.departmentId) {
    throw forbidden('a department files requests for its own staff only');
  }
  if (!other.active || (input.kind === 'EXCHANGE' && !member.active))
    throw badUserInput(`${member.active ? other.name : member.name} is no longer active`);

  const { filedOn, noticeWorkingDays: notice, recentlyPostedStaffIds } = swapNotice(now, input.effectiveFrom, [member, other], settings, calendar);
  if (input.effectiveFrom < filedOn) throw badUserInput(`effectiveFrom ${input.effectiveFrom} has passed (today is ${filedOn})`);
  if (notice < settings.swapNoticeWorkingDays && !input.emergency) {
    const earliest = calendar.addWorkingDays(filedOn, settings.swapNoticeWorkingDays);
    throw badUserInput(
      `a request must be filed ${settings.swapNoticeWorkingDays} working days ahead: ${input.effectiveFrom} is ${notice} working days away, the earliest first day is ${earliest} (file it as an emergency for an earlier day)`,
      { noticeWorkingDays: notice, requiredWorkingDays: settings.swapNoticeWorkingDays, earliestEffectiveFrom: earliest },
    );
  }
  const [row] = await db
    .insert(swapRequests)
    .values({
      departmentId: identity.departmentId,
      kind: input.kind,
      staffId: input.staffId,
      otherStaffId: input.otherStaffId,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
      reason: input.reason,
      documentNo: input.documentNo,
      emergency: input.emergency,
      noticeWorkingDays: notice,
      recentlyPostedStaffIds,
      filedBy: identity.userId ?? 'unknown',
      filedAt: now,
    })
    .returning();
  return row as SwapRequestRow;
}

export async function withdrawSwapRequest(db: NodePgDatabase<DutyTables>, identity: Identity, id: string): Promise<SwapRequestRow> {
  const [request] = await db.select().from(swapRequests).where(eq(swapRequests.id, id));
  if (!request) throw notFound('swap request');
  if (identity.role !== 'dept_admin' || identity.departmentId !== request.departmentId)
    throw forbidden('only the filing department may withdraw its request');
  const [row] = await db
    .update(swapRequests)
    .set({ status: 'WITHDRAWN' })
    .where(and(eq(swapRequests.id, id), eq(swapRequests.status, 'PENDING')))
    .returning();
  if (!row) throw conflict(`the request is ${request.status}, not PENDING`);
  return row;
}

export async function rejectSwapRequest(
  db: NodePgDatabase<DutyTables>,
  identity: Identity,
  id: string,
  note: string,
  now: Date,
): Promise<SwapRequestRow> {
  const [row] = await db
    .update(swapRequests)
    .set({ status: 'REJECTED', decidedBy: identity.userId ?? 'manager', decidedAt: now, decisionNote: note })
    .where(and(eq(swapRequests.id, id), eq(swapRequests.status, 'PENDING')))
    .returning();
  if (row) return row;
  const [request] = await db.select().from(swapRequests).where(eq(swapRequests.id, id));
  if (!request) throw notFound('swap request');
  throw conflict(`the request is ${request.status}, not PENDING`);
}

/**
 * Approval changes the roster, in one transaction with the decision: from effectiveFrom (or today, when later) to
 * effectiveTo, a REPLACEMENT moves the rostered person's shifts to the replacement and an EXCHANGE swaps the two
 * people's shifts. Shifts somebody already checked in for stay as they are. When the change would double-book
 * anybody, nothing changes and the CONFLICT error lists why.
 */
export async function approveSwapRequest(
  db: NodePgDatabase<DutyTables>,
  identity: Identity,
  id: string,
  note: string | null,
  timeZone: string,
  now: Date,
): Promise<SwapRequestRow> {
  let candidates: ShiftCandidate[] = [];
  try {
    return await db.transaction(async (tx) => {
      const [request] = await tx.select().from(swapRequests).where(eq(swapRequests.id, id)).for('update');
      if (!request) throw notFound('swap request');
      if (request.status !== 'PENDING') throw conflict(`the request is ${request.status}, not PENDING`);
      const people = await tx
        .select()
        .from(staff)
        .where(inArray(staff.id, [request.staffId, request.otherStaffId]));
      const inactive = people.find((person) => !person.active && (person.id === request.otherStaffId || request.kind === 'EXCHANGE'));
      if (inactive) throw conflict(`${inactive.name} is no longer active`);

      const today = localDateOf(now, timeZone);
      const first = request.effectiveFrom > today ? request.effectiveFrom : today;
      const inRange = and(
        sql`${shifts.date} >= ${first}::date`,
        request.effectiveTo ? sql`${shifts.date} <= ${request.effectiveTo}::date` : undefined,
        sql`NOT EXISTS (SELECT 1 FROM duty.attendance a WHERE a.shift_id = ${shifts.id})`,
      );
      const moving = await tx
        .select()
        .from(shifts)
        .where(
          and(
            inRange,
            request.kind === 'EXCHANGE'
              ? inArray(shifts.staffId, [request.staffId, request.otherStaffId])
              : eq(shifts.staffId, request.staffId),
          ),
        )
        .for('update');
      const swapped = (staffId: string) => (staffId === request.staffId ? request.otherStaffId : request.staffId);
      candidates = moving.map((shift) => ({
        date: shift.date,
        period: shift.period,
        windowId: shift.windowId,
        staffId: swapped(shift.staffId),
      }));
      const conflicts = await findConflicts(
        tx,
        candidates,
        moving.map((shift) => shift.id),
      );
      if (conflicts.length > 0) throw rosterConflictError(conflicts);
      if (moving.length > 0) {
        // Delete and insert rather than update: in an exchange, updating one row at a time would double-book for a moment.
        await tx.delete(shifts).where(
          inArray(
            shifts.id,
            moving.map((shift) => shift.id),
          ),
        );
        await tx.insert(shifts).values(candidates.map((candidate) => ({ ...candidate, swapRequestId: request.id })));
      }
      const [decided] = await tx
        .update(swapRequests)
        .set({
          status: 'APPROVED',
          decidedBy: identity.userId ?? 'manager',
          decidedAt: now,
          decisionNote: note,
          shiftsChanged: moving.length,
        })
        .where(eq(swapRequests.id, id))
        .returning();
      return decided as SwapRequestRow;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return rosterWriteRefused(db, error, candidates);
    throw error;
  }
}
