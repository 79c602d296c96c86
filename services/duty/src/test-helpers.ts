import { demoHall, type DemoStaff, type DemoWindow } from '@hall/demo-hall';
import { fixedCalendarSource, type CalendarSource } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type OperationResult, type TestSubgraph } from '@hall/service-kit/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { DutyContext } from './context';
import type { DutyTables } from './db/schema';
import { createDutySubgraph } from './subgraph';

export const TIME_ZONE = 'Asia/Shanghai';
export const hall = demoHall();

/** The instant of a wall-clock time in the hall (Asia/Shanghai, UTC+8). */
export const local = (date: string, time: string) => new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);

export interface DutyHarness {
  subgraph: TestSubgraph<DutyTables, DutyContext>;
  /** The subgraph's clock; set `clock.now` to move time. */
  clock: { now: Date };
  /** Runs an operation and fails the test on any error. */
  ok<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Runs an operation that must fail, returning its first error's code and the error. */
  refused(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ code: unknown; message: string; extensions: Record<string, unknown> }>;
  count(table: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

/** The duty subgraph on its own database; its hall calendar is the statutory one unless the test hands it a source. */
export async function createHarness(options: { seedDemo: boolean; now: Date; calendarSource?: CalendarSource }): Promise<DutyHarness> {
  const clock = { now: options.now };
  const calendarSource = options.calendarSource ?? fixedCalendarSource();
  const subgraph = await createTestSubgraph(createDutySubgraph({ now: () => clock.now, timeZone: TIME_ZONE, calendarSource }), {
    seedDemo: options.seedDemo,
  });
  return {
    subgraph,
    clock,
    async ok<T>(query: string, variables?: Record<string, unknown>, token?: string) {
      const result: OperationResult<T> = await subgraph.execute<T>(query, variables, token);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as T;
    },
    async refused(query: string, variables?: Record<string, unknown>, token?: string) {
      const result = await subgraph.execute(query, variables, token);
      const error = result.errors?.[0];
      expect(error, 'expected an error').toBeDefined();
      return {
        code: error?.extensions?.code,
        message: error?.message ?? '',
        extensions: (error?.extensions ?? {}) as Record<string, unknown>,
      };
    },
    async count(table: string, where = 'TRUE') {
      const result = await subgraph.runtime.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM duty.${table} WHERE ${where}`));
      return Number((result.rows[0] as { n: number }).n);
    },
    close: () => subgraph.close(),
  };
}

export const managerToken = () => tokenFor({ sub: 'manager', role: 'manager' });
export const adminToken = (departmentId: string) => tokenFor({ sub: `admin:${departmentId}`, role: 'dept_admin', dept: departmentId });
export const staffToken = (member: { id: string; departmentId: string }) =>
  tokenFor({ sub: `staff:${member.id}`, role: 'staff', dept: member.departmentId, staffId: member.id });
export const supervisorToken = () => tokenFor({ sub: 'supervisor', role: 'supervisor', supervisorId: hall.supervisors[0]?.id ?? '' });

export const windowNumbered = (number: string): DemoWindow => {
  const window = hall.windows.find((candidate) => candidate.number === number);
  if (!window) throw new Error(`no window ${number}`);
  return window;
};

/** The staff of the department a window serves first, in the hall's order. */
export function staffFor(window: DemoWindow): DemoStaff[] {
  return hall.staff.filter((member) => member.departmentId === window.departmentIds[0]);
}

export const SCHEDULE = `mutation ($input: ShiftInput!) { scheduleShift(input: $input) { id date period window { number } staff { id } startsAt endsAt attendance } }`;
