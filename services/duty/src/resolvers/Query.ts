import { forbidden, parseInput, parsePeriod, uuidSchema, type Identity } from '@hall/service-kit';
import { and, asc, eq } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { windows } from '../db/schema';
import { requireManager } from '../domain/access';
import { listIncidents, onDuty, recordUnattendedIncidents } from '../data/attendance';
import { localDateOf } from '../domain/days';
import { queueDisplay, selectTickets } from '../data/queue';
import { selectShifts } from '../data/shifts';
import { queueWaitsByHour } from '../data/queue-hours';
import { dutyStatsBy, EMPTY_DUTY_STATS, emptyQueueStats, queueStatsBy } from '../data/stats';
import { swapRequests } from '../db/schema';
import type { QueryResolvers } from '../generated/resolvers';
import { id, ticketNumber } from './inputs';
import { queueKiosk } from '../data/queue-kiosk';

const hallZone = z.string().trim().min(1).max(20).nullish();

/** What of the roster an identity sees (aliases `s` shift, `st` staff): staff themselves, admins their department. */
export function rosterScope(identity: Identity): SQL {
  switch (identity.role) {
    case 'manager':
    case 'supervisor':
      return sql`TRUE`;
    case 'dept_admin':
      return sql`st.department_id = ${identity.departmentId}`;
    case 'staff':
      return sql`s.staff_id = ${identity.staffId}`;
    default:
      throw forbidden('sign in to see the roster');
  }
}

export const Query: QueryResolvers = {
  windows(_, args, { database }) {
    const zone = parseInput(hallZone, args.hallZone);
    return database.db
      .select()
      .from(windows)
      .where(and(eq(windows.active, true), zone ? eq(windows.hallZone, zone) : undefined))
      .orderBy(asc(windows.number));
  },
  window: (_, args, { loaders }) => loaders.windowById.load(parseInput(uuidSchema, args.id)),
  staffMember: (_, args, { loaders }) => loaders.staffById.load(parseInput(uuidSchema, args.id)),
  hallSettings: (_, __, context) => context.settings(),

  roster(_, args, { identity, database, timeZone }) {
    const period = parsePeriod(args.period);
    const windowId = parseInput(id.nullish(), args.windowId);
    const staffId = parseInput(id.nullish(), args.staffId);
    return selectShifts(
      database.db,
      timeZone,
      sql`s.date BETWEEN ${period.from}::date AND ${period.to}::date AND ${rosterScope(identity)}
          AND ${windowId ? sql`s.window_id = ${windowId}` : sql`TRUE`} AND ${staffId ? sql`s.staff_id = ${staffId}` : sql`TRUE`}`,
    );
  },

  onDuty(_, args, { identity, database, timeZone }) {
    return onDuty(database.db, timeZone, args.at, rosterScope(identity));
  },

  async unattendedIncidents(_, args, { identity, database, timeZone, now }) {
    const period = parsePeriod(args.period);
    let scope: SQL;
    if (identity.role === 'manager') scope = sql`TRUE`;
    else if (identity.role === 'dept_admin') scope = sql`ui.department_id = ${identity.departmentId}`;
    else throw forbidden('only the manager and department admins see unattended-window incidents');
    await recordUnattendedIncidents(database.db, timeZone, now, period);
    return listIncidents(database.db, period, scope);
  },

  async dutyStats(_, args, { identity, database, timeZone, now }) {
    const period = parsePeriod(args.period);
    requireManager(identity);
    return (await dutyStatsBy(database.db, { group: 'hall', period, now, timeZone })).get('hall') ?? EMPTY_DUTY_STATS;
  },

  async swapRequests(_, args, { identity, database }) {
    const status = parseInput(z.enum(['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN']).nullish(), args.status);
    let department: SQL | undefined;
    if (identity.role === 'dept_admin') department = eq(swapRequests.departmentId, identity.departmentId ?? '');
    else if (identity.role !== 'manager') throw forbidden('only department admins and the manager see swap requests');
    return database.db
      .select()
      .from(swapRequests)
      .where(and(department, status ? eq(swapRequests.status, status) : undefined))
      .orderBy(sql`${swapRequests.filedAt} DESC`);
  },

  async swapRequest(_, args, { identity, loaders }) {
    const request = await loaders.swapRequestById.load(parseInput(uuidSchema, args.id));
    if (!request) return null;
    if (!(identity.role === 'manager' || (identity.role === 'dept_admin' && identity.departmentId === request.departmentId))) {
      throw forbidden('this request belongs to another department');
    }
    return request;
  },

  async queueStats(_, args, context) {
    const period = parsePeriod(args.period);
    requireManager(context.identity);
    const { queueServiceLevelMinutes } = await context.settings();
    const stats = await queueStatsBy(context.database.db, { group: 'hall', period, serviceLevelMinutes: queueServiceLevelMinutes });
    return stats.get('hall') ?? emptyQueueStats(queueServiceLevelMinutes);
  },

  /** For the manager's dashboard: tickets and average waits by hour of the day (hall time zone). */
  queueWaitsByHour(_, args, context) {
    const period = parsePeriod(args.period);
    requireManager(context.identity);
    return queueWaitsByHour(context.database.db, period, context.timeZone);
  },

  queueDisplay: (_, __, { database, timeZone, now }) => queueDisplay(database.db, timeZone, now),
  queueKiosk: (_, __, { database, timeZone, now }) => queueKiosk(database.db, timeZone, now),

  async ticket(_, args, { database, timeZone, now }) {
    const number = parseInput(ticketNumber, args.number);
    const [ticket] = await selectTickets(database.db, sql`t.day = ${localDateOf(now, timeZone)}::date AND t.number = ${number}`);
    return ticket ?? null;
  },

  async tickets(_, args, { identity, database, timeZone, now }) {
    const windowId = parseInput(id.nullish(), args.windowId);
    const status = parseInput(z.enum(['WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW']).nullish(), args.status);
    let scope: SQL;
    if (identity.role === 'manager') scope = sql`TRUE`;
    else if (identity.role === 'dept_admin') scope = sql`t.department_id = ${identity.departmentId}`;
    else if (identity.role === 'staff') scope = sql`t.staff_id = ${identity.staffId}`;
    else throw forbidden('the public sees the queue screen and its own ticket');
    return selectTickets(
      database.db,
      sql`t.day = ${localDateOf(now, timeZone)}::date AND ${scope}
          AND ${windowId ? sql`t.window_id = ${windowId}` : sql`TRUE`} AND ${status ? sql`t.status = ${status}::duty.ticket_status` : sql`TRUE`}`,
    );
  },
};
