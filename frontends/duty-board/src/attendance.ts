import type { UnattendedIncident } from './components/TodayAttendance.graphql';
import type { RosterShift } from './duty.graphql';
import type { AttendanceStatus, HalfDay } from './gql/graphql';

/** A rostered window today and who is (or is not) at it. */
export interface AttendanceRow {
  shift: RosterShift;
  /** 空岗: the shift has begun and nobody is at the window (not checked in, absent, or left before the end). */
  vacant: boolean;
  /** An unattended-window incident was recorded for the window and this half day. */
  incident: UnattendedIncident | null;
}

const VACANT: readonly AttendanceStatus[] = ['NOT_CHECKED_IN', 'ABSENT'];

function halvesOf(shift: RosterShift): HalfDay[] {
  return shift.period === 'FULL_DAY' ? ['MORNING', 'AFTERNOON'] : [shift.period];
}

export function attendanceRows(shifts: readonly RosterShift[], incidents: readonly UnattendedIncident[], now: Date): AttendanceRow[] {
  return [...shifts]
    .sort((a, b) => a.window.number.localeCompare(b.window.number) || a.startsAt.localeCompare(b.startsAt))
    .map((shift) => {
      const leftEarly = shift.checkedOutAt !== null && new Date(shift.checkedOutAt) < now && now < new Date(shift.endsAt);
      const incident =
        incidents.find((entry) => entry.window.id === shift.window.id && entry.date === shift.date && halvesOf(shift).includes(entry.half)) ?? null;
      return { shift, vacant: VACANT.includes(shift.attendance) || leftEarly, incident };
    });
}

export interface AttendanceSummary {
  rostered: number;
  present: number;
  late: number;
  vacant: number;
}

export function summarise(rows: readonly AttendanceRow[]): AttendanceSummary {
  return {
    rostered: rows.length,
    present: rows.filter((row) => !row.vacant && (row.shift.attendance === 'ON_TIME' || row.shift.attendance === 'LATE')).length,
    late: rows.filter((row) => row.shift.attendance === 'LATE').length,
    vacant: rows.filter((row) => row.vacant).length,
  };
}
