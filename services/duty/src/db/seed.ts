import type { Database } from '@hall/db';
import { demoHall, demoReferenceFromEnv } from '@hall/demo-hall';
import { eq, sql } from 'drizzle-orm';
import {
  attendance,
  hallSettings,
  shifts,
  staff,
  swapRequests,
  ticketCounters,
  tickets,
  unattendedIncidents,
  windowDepartments,
  windows,
  type DutyTables,
} from './schema';

const DEMO_MANAGER = 'demo-manager';
const DEMO_ADMIN = 'demo-dept-admin';

/**
 * Inserts the demo hall's staff and windows, then its rosters, attendance, incidents, swap requests and a day of queue
 * tickets; each part once (a database seeded before rosters existed gets them on its next start). The demo's times are
 * generated for Asia/Shanghai, relative to the reference day of DEMO_REFERENCE_DATE / DEMO_NOW (`npm start`: the day the
 * databases were created; without them the fixed test day, 2026-11-20).
 */
export async function seedDemo({ db }: Database<DutyTables>): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  const { duty } = hall;
  const services = new Map(duty.windowServices.map((service) => [service.windowId, service]));
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-duty'))`);
    const [existingStaff] = await tx.select({ id: staff.id }).from(staff).limit(1);
    if (!existingStaff) {
      await tx.insert(staff).values(hall.staff.map((member) => ({ ...member, active: true })));
      await tx.insert(windows).values(
        hall.windows.map(({ departmentIds: _departmentIds, ...window }) => ({
          ...window,
          matterCategories: services.get(window.id)?.matterCategories ?? [],
          openingHours: services.get(window.id)?.openingHours ?? null,
          active: true,
        })),
      );
      await tx
        .insert(windowDepartments)
        .values(hall.windows.flatMap((window) => window.departmentIds.map((departmentId) => ({ windowId: window.id, departmentId }))));
    }

    const [existingShift] = await tx.select({ id: shifts.id }).from(shifts).limit(1);
    if (existingShift) return;
    for (const service of duty.windowServices) {
      await tx
        .update(windows)
        .set({ matterCategories: service.matterCategories, openingHours: service.openingHours })
        .where(eq(windows.id, service.windowId));
    }
    await tx
      .update(hallSettings)
      .set({
        morningStart: duty.settings.morningStart,
        morningEnd: duty.settings.morningEnd,
        afternoonStart: duty.settings.afternoonStart,
        afternoonEnd: duty.settings.afternoonEnd,
        graceMinutes: duty.settings.graceMinutes,
        unattendedAfterMinutes: duty.settings.unattendedAfterMinutes,
        swapNoticeWorkingDays: duty.settings.swapNoticeWorkingDays,
        minimumPostingMonths: duty.settings.minimumPostingMonths,
        queueServiceLevelMinutes: duty.settings.queueServiceLevelMinutes,
      })
      .where(eq(hallSettings.id, 1));
    await tx.insert(swapRequests).values(
      duty.swapRequests.map((request) => ({
        ...request,
        filedBy: DEMO_ADMIN,
        decidedBy: request.decidedAt ? DEMO_MANAGER : null,
      })),
    );
    await tx.insert(shifts).values(duty.shifts);
    await tx.insert(attendance).values(duty.attendance);
    await tx.insert(unattendedIncidents).values(duty.incidents.map((incident) => ({ ...incident, recordedAt: incident.since })));
    if (duty.tickets.length > 0) {
      await tx.insert(tickets).values(duty.tickets);
      const last = new Map<string, number>();
      for (const ticket of duty.tickets) {
        const key = `${ticket.day}|${ticket.number.slice(0, 1)}`;
        last.set(key, Math.max(last.get(key) ?? 0, Number(ticket.number.slice(1))));
      }
      await tx.insert(ticketCounters).values(
        [...last].map(([key, value]) => {
          const [day, prefix] = key.split('|') as [string, string];
          return { day, prefix, last: value };
        }),
      );
    }
  });
}
