import { badUserInput, conflict, notFound } from '@hall/service-kit';
import { eq, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { attendance, shifts, staff, windowDepartments, windows, type DutyTables } from '../db/schema';
import { addDays, daysBetween, mondayOf } from '../domain/days';
import { selectShifts, type ShiftPeriod, type ShiftView } from './shifts';
import { isUniqueViolation, pgErrorConstraint, queryRows, type Executor } from './sql';

export interface ShiftCandidate {
  date: string;
  period: ShiftPeriod;
  windowId: string;
  staffId: string;
}

export type ConflictReason = 'WINDOW_BOOKED' | 'STAFF_BUSY' | 'STAFF_INACTIVE' | 'WINDOW_INACTIVE';

/** One reason a shift cannot be rostered, as listed in a CONFLICT error's `extensions.conflicts`. */
export interface RosterConflict {
  reason: ConflictReason;
  date: string;
  period: ShiftPeriod;
  windowNumber: string;
  staffName: string;
  /** The shift already there, for WINDOW_BOOKED and STAFF_BUSY. */
  existingShiftId: string | null;
  existingPeriod: ShiftPeriod | null;
  existingWindowNumber: string | null;
  existingStaffName: string | null;
}

const PERIOD_WORDS: Record<ShiftPeriod, string> = { MORNING: 'morning', AFTERNOON: 'afternoon', FULL_DAY: 'full day' };

export function describeConflict(c: RosterConflict): string {
  const what = `${c.staffName} at window ${c.windowNumber} on ${c.date} (${PERIOD_WORDS[c.period]})`;
  switch (c.reason) {
    case 'WINDOW_BOOKED':
      return `${what}: window ${c.windowNumber} is already booked for ${c.existingStaffName} (${PERIOD_WORDS[c.existingPeriod ?? 'FULL_DAY']})`;
    case 'STAFF_BUSY':
      return `${what}: ${c.staffName} is already at window ${c.existingWindowNumber} (${PERIOD_WORDS[c.existingPeriod ?? 'FULL_DAY']})`;
    case 'STAFF_INACTIVE':
      return `${what}: ${c.staffName} is no longer active`;
    case 'WINDOW_INACTIVE':
      return `${what}: window ${c.windowNumber} is closed`;
  }
}

export function rosterConflictError(conflicts: RosterConflict[]) {
  const first = conflicts[0];
  const message = first
    ? `${conflicts.length === 1 ? 'the roster has a conflict' : `the roster has ${conflicts.length} conflicts`}: ${describeConflict(first)}${conflicts.length > 1 ? ' …' : ''}`
    : 'the roster has a conflict';
  return conflict(message, { conflicts: conflicts.map((c) => ({ ...c, message: describeConflict(c) })) });
}

interface ConflictRow {
  idx: string;
  reason: ConflictReason;
  existing_shift_id: string | null;
  existing_period: ShiftPeriod | null;
  existing_window_number: string | null;
  existing_staff_name: string | null;
  window_number: string;
  staff_name: string;
}

/**
 * Every existing shift a candidate would overlap at the same window or for the same person (a full day overlaps both
 * halves), and candidates whose person or window is inactive. One statement, whatever the number of candidates.
 */
export async function findConflicts(
  db: Executor,
  candidates: readonly ShiftCandidate[],
  ignoreShiftIds: readonly string[] = [],
): Promise<RosterConflict[]> {
  if (candidates.length === 0) return [];
  const values = sql.join(
    candidates.map(
      (c, idx) => sql`(${idx}::int, ${c.date}::date, ${c.period}::duty.shift_period, ${c.windowId}::uuid, ${c.staffId}::uuid)`,
    ),
    sql`, `,
  );
  const ignore = ignoreShiftIds.length
    ? sql`ARRAY[${sql.join(
        ignoreShiftIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`
    : sql`ARRAY[]::uuid[]`;
  const rows = await queryRows<ConflictRow>(
    db,
    sql`WITH c(idx, date, period, window_id, staff_id) AS (VALUES ${values}),
        found AS (
          SELECT c.idx, CASE WHEN s.window_id = c.window_id THEN 'WINDOW_BOOKED' ELSE 'STAFF_BUSY' END AS reason,
            s.id AS existing_shift_id, s.period AS existing_period, ew.number AS existing_window_number, es.name AS existing_staff_name
          FROM c
          JOIN duty.shifts s ON s.date = c.date AND (s.window_id = c.window_id OR s.staff_id = c.staff_id)
            AND (s.period = 'FULL_DAY' OR c.period = 'FULL_DAY' OR s.period = c.period)
            AND NOT (s.id = ANY(${ignore}))
          JOIN duty.windows ew ON ew.id = s.window_id
          JOIN duty.staff es ON es.id = s.staff_id
          UNION ALL
          SELECT c.idx, 'STAFF_INACTIVE', NULL, NULL, NULL, NULL FROM c JOIN duty.staff st ON st.id = c.staff_id WHERE NOT st.active
          UNION ALL
          SELECT c.idx, 'WINDOW_INACTIVE', NULL, NULL, NULL, NULL FROM c JOIN duty.windows w ON w.id = c.window_id WHERE NOT w.active
        )
        SELECT found.*, w.number AS window_number, st.name AS staff_name
        FROM found JOIN c ON c.idx = found.idx JOIN duty.windows w ON w.id = c.window_id JOIN duty.staff st ON st.id = c.staff_id
        ORDER BY found.idx, found.reason`,
  );
  return rows.map((row) => {
    const candidate = candidates[Number(row.idx)] as ShiftCandidate;
    return {
      reason: row.reason,
      date: candidate.date,
      period: candidate.period,
      windowNumber: row.window_number,
      staffName: row.staff_name,
      existingShiftId: row.existing_shift_id,
      existingPeriod: row.existing_period,
      existingWindowNumber: row.existing_window_number,
      existingStaffName: row.existing_staff_name,
    };
  });
}

/** A unique-index refusal of a roster write, reported with what is in the way (when it can still be found). */
export async function rosterWriteRefused(db: Executor, error: unknown, candidates: readonly ShiftCandidate[]): Promise<never> {
  const constraint = pgErrorConstraint(error) ?? '';
  if (!isUniqueViolation(error) || !constraint.startsWith('shifts_')) throw error;
  const conflicts = await findConflicts(db, candidates);
  if (conflicts.length > 0) throw rosterConflictError(conflicts);
  throw conflict('the roster changed meanwhile and this would double-book a window or a person; nothing was changed', { constraint });
}

/** The window must serve the person's department and both must be active. */
async function checkPlacement(db: NodePgDatabase<DutyTables>, windowId: string, staffId: string): Promise<void> {
  const [window] = await db.select().from(windows).where(eq(windows.id, windowId));
  if (!window) throw notFound('window');
  const [member] = await db.select().from(staff).where(eq(staff.id, staffId));
  if (!member) throw notFound('staff member');
  if (!window.active) throw badUserInput(`window ${window.number} is closed`);
  if (!member.active) throw badUserInput(`${member.name} is no longer active`);
  const served = await db.select().from(windowDepartments).where(eq(windowDepartments.windowId, windowId));
  if (!served.some((row) => row.departmentId === member.departmentId)) {
    throw badUserInput(`window ${window.number} does not serve ${member.name}'s department`);
  }
}

export async function scheduleShift(db: NodePgDatabase<DutyTables>, timeZone: string, candidate: ShiftCandidate): Promise<ShiftView> {
  await checkPlacement(db, candidate.windowId, candidate.staffId);
  const conflicts = await findConflicts(db, [candidate]);
  if (conflicts.length > 0) throw rosterConflictError(conflicts);
  let id: string;
  try {
    const [row] = await db.insert(shifts).values(candidate).returning({ id: shifts.id });
    id = (row as { id: string }).id;
  } catch (error) {
    return rosterWriteRefused(db, error, [candidate]);
  }
  const [view] = await selectShifts(db, timeZone, sql`s.id = ${id}`);
  return view as ShiftView;
}

export async function removeShift(db: NodePgDatabase<DutyTables>, id: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [shift] = await tx.select().from(shifts).where(eq(shifts.id, id)).for('update');
    if (!shift) throw notFound('shift');
    const [attended] = await tx.select({ id: attendance.id }).from(attendance).where(eq(attendance.shiftId, id));
    if (attended) throw conflict('somebody already checked in for this shift: its record stays');
    await tx.delete(shifts).where(eq(shifts.id, id));
    return id;
  });
}

/**
 * Copies the week (Monday to Sunday) holding `fromWeek` to the later week holding `toWeek`: all or nothing. Conflicts
 * with shifts already in the target week (or people and windows no longer active) are all listed in the CONFLICT error.
 */
export async function copyRosterWeek(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  fromWeek: string,
  toWeek: string,
): Promise<{ copied: number; shifts: ShiftView[] }> {
  const source = mondayOf(fromWeek);
  const target = mondayOf(toWeek);
  const offset = daysBetween(source, target);
  if (offset <= 0) throw badUserInput(`a week is copied forward: the week of ${target} is not after the week of ${source}`);
  let candidates: ShiftCandidate[] = [];
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(shifts)
        .where(sql`${shifts.date} BETWEEN ${source}::date AND ${addDays(source, 6)}::date`);
      candidates = rows.map((row) => ({
        date: addDays(row.date, offset),
        period: row.period,
        windowId: row.windowId,
        staffId: row.staffId,
      }));
      if (candidates.length === 0) return { copied: 0, shifts: [] };
      const conflicts = await findConflicts(tx, candidates);
      if (conflicts.length > 0) throw rosterConflictError(conflicts);
      const ids = (await tx.insert(shifts).values(candidates).returning({ id: shifts.id })).map((row) => row.id);
      const copied = await selectShifts(
        tx,
        timeZone,
        sql`s.id = ANY(ARRAY[${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[])`,
      );
      return { copied: copied.length, shifts: copied };
    });
  } catch (error) {
    // A concurrent write got in between the check and the insert: the transaction is rolled back; say what is in the way.
    if (isUniqueViolation(error)) return rosterWriteRefused(db, error, candidates);
    throw error;
  }
}
