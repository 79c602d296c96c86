import type { Database } from '@hall/db';
import { demoHall } from '@hall/db/demo';
import { sql } from 'drizzle-orm';
import { departments, materials, matters, type CatalogTables } from './schema';

/** Inserts the demo hall's departments and published matters, once: a catalog with departments is left alone. */
export async function seedDemo({ db }: Database<CatalogTables>): Promise<void> {
  const hall = demoHall();
  await db.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-catalog'))`);
    const [existing] = await tx.select({ id: departments.id }).from(departments).limit(1);
    if (existing) return;
    await tx.insert(departments).values(hall.departments.map((department) => ({ ...department, active: true })));
    await tx.insert(matters).values(
      hall.matters.map((matter) => ({
        id: matter.id,
        code: matter.code,
        version: 1,
        departmentId: matter.departmentId,
        name: matter.name,
        kind: matter.kind,
        category: matter.category,
        legalLimitDays: matter.legalLimitDays,
        committedLimitDays: matter.committedLimitDays,
        feeYuan: matter.feeYuan,
        feeBasis: matter.feeBasis,
        channels: matter.channels,
        keywords: matter.keywords,
        conditions: matter.conditions,
        legalBasis: matter.legalBasis,
        status: 'PUBLISHED' as const,
        publishedAt: new Date('2026-01-01T00:00:00Z'),
      })),
    );
    await tx.insert(materials).values(
      hall.matters.flatMap((matter) =>
        matter.materials.map((material, position) => ({ matterId: matter.id, position, ...material })),
      ),
    );
  });
}
