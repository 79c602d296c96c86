import { canActForDepartment, conflict, forbidden, notFound, requireRole, type Identity, type WorkingCalendar } from '@hall/service-kit';
import { and, eq, sql } from 'drizzle-orm';
import type { CasesContext } from '../context';
import { caseEvents, cases, caseVisits } from '../db/schema';
import { actionsOf, isAllowed, type CaseAction, type CaseStatus, type TransitionName } from '../domain/lifecycle';
import type { CaseRow } from '../data/loaders';

export type CasePatch = Partial<Omit<typeof cases.$inferInsert, 'id' | 'version' | 'status'>>;

export interface TransitionRequest {
  name: TransitionName;
  caseId: string;
  expectedVersion: number;
  to: CaseStatus;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** Checks that need the case (materials, departments); throws BAD_USER_INPUT before anything is written. */
  validate?: (kase: CaseRow) => void;
  /** The columns the transition sets besides status and version. */
  patch?: (kase: CaseRow, calendar: WorkingCalendar) => CasePatch;
  /** A trip to the hall made with this step (pickup, resubmission at the window). */
  visit?: { purpose: string; windowId: string | null };
  /** More writes of the same transaction. */
  after?: (tx: Transaction, updated: CaseRow) => Promise<void>;
}

type Transaction = Parameters<Parameters<CasesContext['database']['db']['transaction']>[0]>[0];

/** Who may move a case at all (runTransition's rule): the department's staff and admins, and the manager. */
function mayMove(identity: Identity, kase: Pick<CaseRow, 'departmentId'>): boolean {
  return canActForDepartment(identity, kase.departmentId);
}

/** `Case.availableActions`: the steps the lifecycle allows the case now, for a caller who may move it; none otherwise. */
export function availableActions(identity: Identity, kase: Pick<CaseRow, 'status' | 'acceptedAt' | 'departmentId'>): CaseAction[] {
  return mayMove(identity, kase) ? actionsOf(kase.status, kase.acceptedAt !== null) : [];
}

/**
 * Runs one lifecycle transition: the department's staff (or the manager) only, from an allowed state, on the version the
 * caller saw. The update is conditional on that version and state, so of two concurrent presses exactly one wins and the
 * other gets CONFLICT; the event is written in the same transaction. A refusal changes nothing.
 */
export async function runTransition(context: CasesContext, request: TransitionRequest): Promise<CaseRow> {
  const { identity, database, now } = context;
  requireRole(identity, 'staff', 'dept_admin', 'manager');
  const [kase] = await database.db.select().from(cases).where(eq(cases.id, request.caseId));
  if (!kase) throw notFound('case');
  if (!mayMove(identity, kase)) throw forbidden('this case belongs to another department');
  if (!isAllowed(request.name, kase.status, kase.acceptedAt !== null, request.to)) {
    throw conflict(`${request.name} is not allowed on a ${kase.status} case`, { status: kase.status });
  }
  if (kase.version !== request.expectedVersion) {
    throw conflict(`the case changed meanwhile: version ${kase.version}, not ${request.expectedVersion}`, { version: kase.version });
  }
  request.validate?.(kase);
  const patch = request.patch ? request.patch(kase, await context.calendar()) : {};
  return database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(cases)
      .set({
        ...patch,
        ...(request.visit ? { visits: sql`${cases.visits} + 1` } : {}),
        status: request.to,
        version: sql`${cases.version} + 1`,
      })
      .where(and(eq(cases.id, kase.id), eq(cases.version, request.expectedVersion), eq(cases.status, kase.status)))
      .returning();
    if (!updated) throw conflict('the case changed meanwhile: reload it and try again');
    await tx.insert(caseEvents).values({
      caseId: kase.id,
      at: now,
      fromStatus: kase.status,
      toStatus: request.to,
      actorId: identity.staffId ?? identity.userId,
      actorRole: identity.role,
      reason: request.reason ?? null,
      data: request.data ?? {},
    });
    if (request.visit) {
      await tx.insert(caseVisits).values({
        caseId: kase.id,
        at: now,
        purpose: request.visit.purpose,
        windowId: request.visit.windowId,
        recordedBy: identity.userId,
      });
    }
    await request.after?.(tx, updated);
    return updated;
  });
}
