import { inTransaction, type Database } from '@hall/db';
import { HALL_TIME_ZONE, demoHall, demoId, demoReferenceFromEnv } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { importDutyBatch, type DutyBatch } from '../bulk/import';
import { hallSettings, shifts, staff, tables, windows, type DutyTables } from './schema';

const DEMO_MANAGER = 'demo-manager';
const DEMO_ADMIN = 'demo-dept-admin';

/** The demo hall's staff, windows and their departments, as bulk rows. */
function demoOrganisation(hall: ReturnType<typeof demoHall>): Pick<DutyBatch, 'staff' | 'windows'> {
  const services = new Map(hall.duty.windowServices.map((service) => [service.windowId, service]));
  return {
    staff: hall.staff.map((member) => ({ ...member, active: true })),
    windows: hall.windows.map((window) => ({
      ...window,
      matterCategories: services.get(window.id)?.matterCategories ?? [],
      openingHours: services.get(window.id)?.openingHours ?? null,
      active: true,
    })),
  };
}

/** The demo hall's rosters, attendance, incidents, swap requests and a day of queue tickets, as bulk rows. */
function demoDuty({ duty }: ReturnType<typeof demoHall>): Omit<DutyBatch, 'staff' | 'windows'> {
  return {
    swapRequests: {
      timeZone: HALL_TIME_ZONE,
      // The seed runs before any cases subgraph answers: the demo's requests count their notice on the statutory calendar.
      calendar: new WorkingCalendar(),
      requests: duty.swapRequests.map((request) => ({
        ...request,
        filedBy: DEMO_ADMIN,
        decidedBy: request.decidedAt ? DEMO_MANAGER : null,
      })),
    },
    shifts: duty.shifts,
    attendance: duty.attendance.map((record) => ({ ...record, id: demoId('attendance', record.shiftId) })),
    incidents: duty.incidents.map((incident) => ({
      ...incident,
      id: demoId('unattended-incident', `${incident.windowId}:${incident.date}:${incident.half}`),
      recordedAt: incident.since,
    })),
    tickets: duty.tickets,
  };
}

/**
 * Loads the demo hall through the bulk import: its staff and windows, then its rosters, attendance, incidents, swap
 * requests and a day of queue tickets (with their counters); each part once (a database seeded before rosters existed
 * gets them on its next start). The demo's times are generated for Asia/Shanghai, relative to the reference day of
 * DEMO_REFERENCE_DATE / DEMO_NOW (`npm start`: the day the databases were created; without them the fixed test day,
 * 2026-11-20).
 */
export async function seedDemo({ pool }: Database<DutyTables>): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  await inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('hall-seed-duty'))`);
    const db = drizzle(client, { schema: tables });
    const [existingShift] = await db.select({ id: shifts.id }).from(shifts).limit(1);
    if (existingShift) return;
    const [existingStaff] = await db.select({ id: staff.id }).from(staff).limit(1);
    if (existingStaff) {
      // Seeded before windows called tickets: the windows are there, without what they serve.
      for (const service of hall.duty.windowServices) {
        await db
          .update(windows)
          .set({ matterCategories: service.matterCategories, openingHours: service.openingHours })
          .where(eq(windows.id, service.windowId));
      }
    }
    // The swap requests' notice is counted against these settings, so they come first.
    const { settings } = hall.duty;
    await db
      .update(hallSettings)
      .set({
        morningStart: settings.morningStart,
        morningEnd: settings.morningEnd,
        afternoonStart: settings.afternoonStart,
        afternoonEnd: settings.afternoonEnd,
        graceMinutes: settings.graceMinutes,
        unattendedAfterMinutes: settings.unattendedAfterMinutes,
        swapNoticeWorkingDays: settings.swapNoticeWorkingDays,
        minimumPostingMonths: settings.minimumPostingMonths,
        queueServiceLevelMinutes: settings.queueServiceLevelMinutes,
      })
      .where(eq(hallSettings.id, 1));
    await importDutyBatch(client, { ...(existingStaff ? {} : demoOrganisation(hall)), ...demoDuty(hall) });
  });
}
