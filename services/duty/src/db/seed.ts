import type { Database } from '@hall/db';
import { demoHall } from '@hall/db/demo';
import { sql } from 'drizzle-orm';
import { staff, windowDepartments, windows, type DutyTables } from './schema';

/** Inserts the demo hall's staff and windows, once. */
export async function seedDemo({ db }: Database<DutyTables>): Promise<void> {
  const hall = demoHall();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-duty'))`);
    const [existing] = await tx.select({ id: staff.id }).from(staff).limit(1);
    if (existing) return;
    await tx.insert(staff).values(hall.staff.map((member) => ({ ...member, active: true })));
    await tx.insert(windows).values(hall.windows.map(({ departmentIds: _departmentIds, ...window }) => ({ ...window, active: true })));
    await tx.insert(windowDepartments).values(
      hall.windows.flatMap((window) => window.departmentIds.map((departmentId) => ({ windowId: window.id, departmentId }))),
    );
  });
}
