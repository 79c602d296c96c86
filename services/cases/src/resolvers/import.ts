import { forbidden, parseInput, requireRole } from '@hall/service-kit';
import { z } from 'zod';
import { DEFAULT_IMPORT_BATCH, importCaseRows } from '../bulk';
import type { CasesContext } from '../context';
import type { DirectoryMatter } from '../matters';

const importArgs = z.object({
  cases: z.array(z.unknown()).min(1).max(20_000),
  batchSize: z.number().int().min(1).max(5000).nullish(),
});

export const importMutations = {
  /**
   * Loads historical cases with their trails and evaluations (src/bulk.ts: validated, then written with COPY). Every
   * bad row is reported by its 1-based number; a batch with a bad row writes nothing, the other batches are written.
   * The manager imports for every department, a department admin for their own.
   */
  async importCases(_: unknown, args: { input: unknown }, context: CasesContext) {
    const { identity, database } = context;
    requireRole(identity, 'manager', 'dept_admin');
    const input = parseInput(importArgs, args.input);
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
      },
      input.cases,
      { batchSize: input.batchSize ?? DEFAULT_IMPORT_BATCH },
    );
    return { imported: report.imported, batches: report.batches, errors: report.errors };
  },
};
