import { badUserInput, notFound, parseInput, requireRole } from '@hall/service-kit';
import { eq, sql } from 'drizzle-orm';
import type { MutationResolvers } from '../../generated/resolvers';
import { settings, supervisors, templates } from '../../db/schema';
import { writtenRow } from '../shared';
import { templateProblems } from '../../domain/checklist';
import { addDays } from '../../domain/days';
import { settingsInputSchema, supervisorInputSchema, templateInputSchema, uuidSchema } from '../inputs';
import { z } from 'zod';

type SupervisorInput = z.infer<typeof supervisorInputSchema>;

/** A term is two years by default: from the start day to the day before its second anniversary. */
function termOf(input: SupervisorInput, today: string): { termStart: string; termEnd: string } {
  const termStart = input.termStart ?? today;
  const [year, month, day] = termStart.split('-');
  const termEnd = input.termEnd ?? addDays(`${Number(year) + 2}-${month}-${month === '02' && day === '29' ? '28' : day}`, -1);
  if (termEnd < termStart) throw badUserInput('the term must not end before it starts', { field: 'termEnd' });
  return { termStart, termEnd };
}

function supervisorValues(input: SupervisorInput, today: string) {
  return {
    name: input.name,
    affiliation: input.affiliation,
    phone: input.phone,
    ...termOf(input, today),
    tiedDepartmentIds: [...new Set(input.tiedDepartmentIds)],
  };
}

export const managementMutations: MutationResolvers = {
  async createSupervisor(_, args, { identity, database, today }) {
    requireRole(identity, 'manager');
    const input = parseInput(supervisorInputSchema, args.input);
    return writtenRow(await database.db.insert(supervisors).values(supervisorValues(input, today)).returning(), 'supervisor');
  },

  async updateSupervisor(_, args, { identity, database, today }) {
    requireRole(identity, 'manager');
    const id = parseInput(uuidSchema, args.id);
    const input = parseInput(supervisorInputSchema, args.input);
    const [row] = await database.db.update(supervisors).set(supervisorValues(input, today)).where(eq(supervisors.id, id)).returning();
    if (!row) throw notFound('supervisor');
    return row;
  },

  async setSupervisorActive(_, args, { identity, database }) {
    requireRole(identity, 'manager');
    const id = parseInput(uuidSchema, args.id);
    const active = parseInput(z.boolean(), args.active);
    const [row] = await database.db.update(supervisors).set({ active }).where(eq(supervisors.id, id)).returning();
    if (!row) throw notFound('supervisor');
    return row;
  },

  async createChecklistTemplate(_, args, { identity, database }) {
    requireRole(identity, 'manager');
    const input = parseInput(templateInputSchema, args.input);
    const problems = templateProblems(input.sections);
    if (problems.length > 0) throw badUserInput(`invalid checklist: ${problems.join('; ')}`, { problems });
    return database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('inspections-template-version'))`);
      const [latest] = await tx.select({ version: sql<number>`coalesce(max(${templates.version}), 0)::int` }).from(templates);
      const rows = await tx
        .insert(templates)
        .values({ name: input.name, sections: input.sections, version: (latest?.version ?? 0) + 1 })
        .returning();
      return writtenRow(rows, 'checklist template');
    });
  },

  async updateInspectionSettings(_, args, { identity, database }) {
    requireRole(identity, 'manager');
    const input = parseInput(settingsInputSchema, args.input);
    const rows = await database.db
      .insert(settings)
      .values({ id: 1, ...input })
      .onConflictDoUpdate({ target: settings.id, set: input })
      .returning();
    return writtenRow(rows, 'settings');
  },
};
