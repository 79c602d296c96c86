import { forbidden, parseInput, requireRole } from '@hall/service-kit';
import { z } from 'zod';
import { DEFAULT_IMPORT_BATCH, importCaseRows } from '../bulk/import';
import type { MutationResolvers } from '../generated/resolvers';
import type { DirectoryMatter } from '../ports/matters';

const importArgs = z.object({
  cases: z.array(z.unknown()).min(1).max(20_000),
  batchSize: z.number().int().min(1).max(5000).nullish(),
});

/** The roles an imported step may name, lowest first: nobody imports a step above their own role. */
const ACTOR_RANK: Readonly<Record<string, number>> = { public: 0, staff: 1, dept_admin: 2, manager: 3 };

const actorRoles = z.object({ events: z.array(z.object({ actorRole: z.unknown().optional() }).loose()) }).loose();

/** The first row naming an actor role above the caller's, before anything is looked up or written. */
function requireActorRolesWithin(rows: readonly unknown[], role: string): void {
  const ceiling = ACTOR_RANK[role] ?? -1;
  rows.forEach((raw, index) => {
    const row = actorRoles.safeParse(raw);
    if (!row.success) return;
    for (const event of row.data.events) {
      const claimed = typeof event.actorRole === 'string' ? ACTOR_RANK[event.actorRole] : undefined;
      if (claimed !== undefined && claimed > ceiling) {
        throw forbidden(`row ${index + 1} claims a step by ${String(event.actorRole)}, above your role`);
      }
    }
  });
}

export const importMutations: MutationResolvers = {
  /**
   * Loads historical cases with their trails and evaluations (src/bulk/import.ts: validated, then written with COPY). Every
   * bad row is reported by its 1-based number; a batch with a bad row writes nothing, the other batches are written.
   * The manager imports for every department, a department admin for their own.
   */
  async importCases(_, args, context) {
    const { identity, database } = context;
    requireRole(identity, 'manager', 'dept_admin');
    const input = parseInput(importArgs, args.input);
    requireActorRolesWithin(input.cases, identity.role);
    const calendar = await context.calendar();
    const report = await importCaseRows(
      database,
      {
        calendar,
        settings: context.settings,
        // Looked up before anything is written, so a refusal here writes nothing.
        async matters(ids) {
          const found = new Map<string, DirectoryMatter | null>(
            await Promise.all(ids.map(async (id) => [id, await context.matters.matter(id)] as const)),
          );
          for (const matter of found.values()) {
            if (matter && identity.role !== 'manager' && matter.snapshot.departmentId !== identity.departmentId) {
              throw forbidden('a department admin imports only their own department’s cases');
            }
          }
          return found;
        },
        people: (request) => context.duty.lookup(request),
      },
      input.cases,
      { batchSize: input.batchSize ?? DEFAULT_IMPORT_BATCH },
    );
    return { imported: report.imported, batches: report.batches, errors: report.errors };
  },
};
