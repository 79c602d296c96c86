import type { Database } from '@hall/db';
import { appointmentQuotas, type RegistryTables } from '../db/schema';

export type QuotaRow = typeof appointmentQuotas.$inferSelect;

/** Sets (or replaces) a matter's appointment quota in one statement; the stored department stays the catalog's. */
export async function upsertQuota(
  database: Database<RegistryTables>,
  quota: { matterId: string; departmentId: string; morning: number; afternoon: number; updatedAt: Date; updatedBy: string },
): Promise<QuotaRow> {
  const [row] = await database.db
    .insert(appointmentQuotas)
    .values(quota)
    .onConflictDoUpdate({
      target: appointmentQuotas.matterId,
      set: {
        departmentId: quota.departmentId,
        morning: quota.morning,
        afternoon: quota.afternoon,
        updatedAt: quota.updatedAt,
        updatedBy: quota.updatedBy,
      },
    })
    .returning();
  if (!row) throw new Error('the quota was not written');
  return row;
}
