import type { Database } from '@hall/db';
import { demoHall } from '@hall/db/demo';
import { sql } from 'drizzle-orm';
import { caseEvents, cases, type CasesTables } from './schema';

/** Inserts the demo hall's cases with their trails, once. */
export async function seedDemo({ db }: Database<CasesTables>): Promise<void> {
  const hall = demoHall();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-cases'))`);
    const [existing] = await tx.select({ id: cases.id }).from(cases).limit(1);
    if (existing) return;
    await tx.insert(cases).values(
      hall.cases.map(({ events, ...kase }) => ({ ...kase, version: events.length })),
    );
    await tx.insert(caseEvents).values(
      hall.cases.flatMap((kase) =>
        kase.events.map((event) => ({
          caseId: kase.id,
          at: event.at,
          fromStatus: event.from,
          toStatus: event.to,
          actorId: event.actorRole === 'staff' ? kase.firstOwnerStaffId : null,
          actorRole: event.actorRole,
          reason: event.reason,
        })),
      ),
    );
  });
}
