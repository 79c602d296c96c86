import type { Database } from '@hall/db';
import { conflict } from '@hall/service-kit';
import { eq } from 'drizzle-orm';
import { registrations, registrationSteps, type RegistryTables } from '../db/schema';
import { applyStep, type StepRequest } from '../domain/stages';
import { selectRegistrations, type RegistrationView } from './registrations';

/** PostgreSQL's unique_violation (drizzle wraps the driver's error in `cause`), optionally of one constraint or index. */
function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint?: string } | undefined;
  return cause?.code === '23505' && (constraint === undefined || cause.constraint === constraint);
}

/**
 * Records one step of a case's registration in one transaction: the registration is locked, the step checked against
 * it (domain/stages.ts), then the registration moved and the step appended. Two clerks recording at once are served one
 * after the other: the second sees the first's stage (CONFLICT when its move is no longer the next one), and two first
 * records at once meet the primary key (CONFLICT). `departmentId` is the case's, as the cases subgraph answered: stored
 * with the first record, kept afterwards.
 */
export async function recordStep(
  database: Database<RegistryTables>,
  step: StepRequest & { caseId: string; departmentId: string; actorId: string; actorRole: string; at: Date },
): Promise<RegistrationView> {
  try {
    await database.db.transaction(async (tx) => {
      const [current] = await tx.select().from(registrations).where(eq(registrations.caseId, step.caseId)).for('update');
      const next = applyStep(current ?? null, step);
      if (current) {
        await tx
          .update(registrations)
          .set({ stage: next.stage, certificateNumber: next.certificateNumber, updatedAt: step.at })
          .where(eq(registrations.caseId, step.caseId));
      } else {
        await tx.insert(registrations).values({
          caseId: step.caseId,
          departmentId: step.departmentId,
          stage: next.stage,
          unitNumber: next.unitNumber,
          certificateNumber: next.certificateNumber,
          createdAt: step.at,
          updatedAt: step.at,
        });
      }
      await tx
        .insert(registrationSteps)
        .values({ caseId: step.caseId, stage: next.stage, at: step.at, actorId: step.actorId, actorRole: step.actorRole });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'registrations_certificate')) {
      throw conflict('this certificate number is already recorded for another registration', { field: 'certificateNumber' });
    }
    if (isUniqueViolation(error)) throw conflict('the registration was moved meanwhile; reload it and try again');
    throw error;
  }
  const [recorded] = await selectRegistrations(database.db, { where: eq(registrations.caseId, step.caseId) });
  if (!recorded) throw new Error('the registration was not recorded');
  return recorded;
}
