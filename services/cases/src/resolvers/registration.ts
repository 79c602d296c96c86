import {
  badUserInput,
  canActForDepartment,
  conflict,
  forbidden,
  notFound,
  parseInput,
  requireRole,
  knowsHolidaysOf,
  statutoryDay,
  WorkingCalendar,
} from '@hall/service-kit';
import { recomputeOpenClocks } from '../data/recompute';
import { eq, sql } from 'drizzle-orm';
import { newEvaluationCode } from '../domain/codes';
import { applicantKey } from '../domain/applicant-key';
import { applicantKeySecret } from '../settings';
import { NO_CLOCK, trailColumns, type TrailStep } from '../domain/case-columns';
import type { CasesContext } from '../context';
import { calendarDays, caseEvents, cases, caseVisits } from '../db/schema';
import { calendarDayInput, registerInput, visitInput } from './inputs';
import type { MutationResolvers } from '../generated/resolvers';
import { CASE_NUMBERS, nextNumber } from '../data/numbers';

/**
 * The first owner (首问责任人) and the window must be the department's own, as the duty subgraph knows them: a case is
 * never attributed to another department's staff or window, nor to an id nobody knows.
 */
async function requireOwnPeople(context: CasesContext, departmentId: string, staffId: string, windowId: string | null): Promise<void> {
  const found = await context.duty.lookup({ staffIds: [staffId], windowIds: windowId ? [windowId] : [] });
  const staff = found.staff.get(staffId);
  if (!staff) throw badUserInput('no staff member has this id', { field: 'firstOwnerStaffId' });
  if (staff.departmentId !== departmentId) throw forbidden('the first owner is a staff member of another department');
  if (!windowId) return;
  const window = found.windows.get(windowId);
  if (!window) throw badUserInput('no window has this id', { field: 'windowId' });
  if (!window.departmentIds.includes(departmentId)) throw forbidden('this window does not serve the matter’s department');
}

interface DeskWindow {
  windowId: string | null;
  /** A staff member registered at the desk with no shift on the roster now: recorded in the trail (data.offRoster). */
  offRoster: boolean;
  /** The staff member named a window other than the rostered one. */
  refused: boolean;
}

/**
 * Where a registration happened. Online ones carry no window. Window staff register at the window the approved roster
 * puts them at now (duty's roster, asked through the port), whatever they send; a department admin or the manager, who
 * stand on no roster, name the window themselves.
 */
async function deskWindow(context: CasesContext, online: boolean, sent: string | null): Promise<DeskWindow> {
  const { identity, now } = context;
  if (online) return { windowId: null, offRoster: false, refused: false };
  if (identity.role !== 'staff' || !identity.staffId || !identity.departmentId || !identity.userId) {
    return { windowId: sent, offRoster: false, refused: false };
  }
  const member = { userId: identity.userId, departmentId: identity.departmentId, staffId: identity.staffId };
  const rostered = await context.duty.rosteredWindow(member, now);
  return { windowId: sent ?? rostered, offRoster: rostered === null, refused: sent !== null && sent !== rostered };
}

export const registrationMutations: MutationResolvers = {
  /**
   * Registers a case under the matter version the catalog publishes now, keeping a snapshot of it. An instant matter
   * with `completeOnTheSpot` is submitted, accepted and completed in one step (即来即办).
   */
  async registerCase(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(registerInput, args.input);
    const matter = await context.matters.matter(input.matterId);
    if (!matter) throw notFound('matter');
    if (matter.status !== 'PUBLISHED') throw conflict(`a ${matter.status.toLowerCase()} matter takes no new cases`, { status: matter.status });
    const snapshot = matter.snapshot;
    if (!canActForDepartment(identity, snapshot.departmentId)) throw forbidden('this matter belongs to another department');
    const firstOwner = input.firstOwnerStaffId ?? identity.staffId;
    if (!firstOwner) throw badUserInput('name the first-inquiry owner (首问责任人)', { field: 'firstOwnerStaffId' });
    const online = input.online === true;
    const instant = input.completeOnTheSpot === true;
    if (instant && snapshot.kind !== 'INSTANT') throw badUserInput('only instant matters are completed on the spot', { field: 'completeOnTheSpot' });
    const desk = await deskWindow(context, online, input.windowId ?? null);
    await requireOwnPeople(context, snapshot.departmentId, firstOwner, desk.windowId);
    if (desk.refused) throw badUserInput('the window is not the one the roster puts you at now', { field: 'windowId' });
    const actor = { actorId: identity.staffId ?? identity.userId, actorRole: identity.role };
    return database.db.transaction(async (tx) => {
      if (input.referredFromCaseId) {
        // Locked: two clerks registering the same referral at once are served one after the other.
        const [from] = await tx
          .select({ referredTo: cases.referredToDepartmentId })
          .from(cases)
          .where(eq(cases.id, input.referredFromCaseId))
          .for('update');
        if (from?.referredTo !== snapshot.departmentId) {
          throw badUserInput('referredFromCaseId must be a case referred to this department', { field: 'referredFromCaseId' });
        }
        const [onward] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.referredFromCaseId, input.referredFromCaseId)).limit(1);
        if (onward) throw conflict('this referral has already been registered onward', { field: 'referredFromCaseId' });
      }
      const number = await nextNumber(tx, CASE_NUMBERS, now, context.settings.timeZone);
      const trail: TrailStep[] = instant
        ? [
            { at: now, to: 'SUBMITTED' },
            { at: now, to: 'ACCEPTED' },
            { at: now, to: 'COMPLETED' },
          ]
        : [{ at: now, to: 'SUBMITTED' }];
      const { columns } = trailColumns(trail, snapshot, NO_CLOCK);
      const [kase] = await tx
        .insert(cases)
        .values({
          number,
          matterId: snapshot.id,
          departmentId: snapshot.departmentId,
          windowId: desk.windowId,
          firstOwnerStaffId: firstOwner,
          ...columns,
          applicantName: input.applicantName,
          applicantIdNumber: input.applicantIdNumber,
          applicantPhone: input.applicantPhone,
          applicantKey: applicantKey(input.applicantIdNumber, applicantKeySecret()),
          visits: online ? 0 : 1,
          matterSnapshot: snapshot,
          referredFromCaseId: input.referredFromCaseId ?? null,
          evaluationCode: instant ? newEvaluationCode() : null,
        })
        .returning();
      if (!kase) throw new Error('insert returned no case');
      const data = { matterCode: snapshot.code, matterVersion: snapshot.version, online, ...(desk.offRoster ? { offRoster: true } : {}) };
      await tx.insert(caseEvents).values([
        { caseId: kase.id, at: now, fromStatus: null, toStatus: 'SUBMITTED', ...actor, data },
        ...(instant
          ? [
              { caseId: kase.id, at: now, fromStatus: 'SUBMITTED' as const, toStatus: 'ACCEPTED' as const, ...actor, reason: '即办件当场受理' },
              { caseId: kase.id, at: now, fromStatus: 'ACCEPTED' as const, toStatus: 'COMPLETED' as const, ...actor, reason: '即办件当场办结' },
            ]
          : []),
      ]);
      if (!online) {
        await tx.insert(caseVisits).values({ caseId: kase.id, at: now, purpose: '提交申请', windowId: kase.windowId, recordedBy: identity.userId });
      }
      return kase;
    });
  },

  /** One more trip the applicant made for a case (consultation, signature, pickup outside a transition). */
  async recordVisit(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(visitInput, args.input);
    const [kase] = await database.db.select({ departmentId: cases.departmentId }).from(cases).where(eq(cases.id, input.id));
    if (!kase) throw notFound('case');
    if (!canActForDepartment(identity, kase.departmentId)) throw forbidden('this case belongs to another department');
    return database.db.transaction(async (tx) => {
      await tx.insert(caseVisits).values({ caseId: input.id, at: now, purpose: input.purpose, windowId: input.windowId ?? null, recordedBy: identity.userId });
      const [updated] = await tx
        .update(cases)
        .set({ visits: sql`${cases.visits} + 1` })
        .where(eq(cases.id, input.id))
        .returning();
      if (!updated) throw notFound('case');
      return updated;
    });
  },

  /** The manager marks a day worked or off (调休, a local closure); `kind: null` returns it to the statutory calendar. */
  async setCalendarDay(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'manager');
    const input = parseInput(calendarDayInput, args);
    return database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('cases-calendar'))`);
      if (input.kind === null) {
        await tx.delete(calendarDays).where(eq(calendarDays.day, input.day));
      } else {
        const row = { kind: input.kind, note: input.note ?? null, setBy: identity.userId ?? 'manager', setAt: now };
        await tx.insert(calendarDays).values({ day: input.day, ...row }).onConflictDoUpdate({ target: calendarDays.day, set: row });
      }
      const overrides = await tx.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays);
      const calendar = new WorkingCalendar(new Map(overrides.map((row) => [row.day, row.kind])));
      // Deadlines of running cases follow the calendar (a day declared off moves them later).
      await recomputeOpenClocks(tx, calendar, context.settings);
      return {
        day: input.day,
        working: calendar.isWorkingDay(input.day),
        holiday: statutoryDay(input.day)?.holiday ?? null,
        statutoryDataKnown: knowsHolidaysOf(Number(input.day.slice(0, 4))),
        override: input.kind,
        note: input.kind === null ? null : (input.note ?? null),
      };
    });
  },
};
