import type { Database } from '@hall/db';
import { demoHall } from '@hall/db/demo';
import { sql } from 'drizzle-orm';
import { findings, inspections, supervisors, type InspectionsTables } from './schema';

/** Inserts the demo hall's supervisors, inspections and findings, once. */
export async function seedDemo({ db }: Database<InspectionsTables>): Promise<void> {
  const hall = demoHall();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-inspections'))`);
    const [existing] = await tx.select({ id: supervisors.id }).from(supervisors).limit(1);
    if (existing) return;
    await tx.insert(supervisors).values(hall.supervisors);
    await tx.insert(inspections).values(hall.inspections.map(({ findings: _findings, ...inspection }) => inspection));
    const rows = hall.inspections.flatMap((inspection) =>
      inspection.findings.map((description, position) => ({ inspectionId: inspection.id, position, description })),
    );
    if (rows.length > 0) await tx.insert(findings).values(rows);
  });
}
