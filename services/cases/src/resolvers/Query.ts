import { forbidden, parseInput, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { caseEvents, cases, caseStatus } from '../db/schema';
import type { CaseRow } from '../loaders';
import { decodeCursor, encodeCursor } from '../pagination';
import { canSeeCase } from '../privacy';

const casesArgs = z.object({
  filter: z
    .object({
      departmentId: uuidSchema.nullish(),
      status: z.enum(caseStatus.enumValues).nullish(),
    })
    .nullish(),
  first: z.number().int().min(1).max(100),
  after: z.string().max(200).nullish(),
});

const progressArgs = z.object({
  number: z.string().trim().regex(/^[A-Z0-9-]{6,30}$/, 'a case number is 6–30 capital letters, digits or dashes'),
  phoneTail: z.string().regex(/^\d{4}$/, 'the last four digits of the phone'),
});

export const Query = {
  async cases(_: unknown, rawArgs: unknown, { identity, database }: CasesContext) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const args = parseInput(casesArgs, rawArgs);
    const conditions: SQL[] = [];
    if (identity.role === 'manager') {
      if (args.filter?.departmentId) conditions.push(eq(cases.departmentId, args.filter.departmentId));
    } else {
      if (args.filter?.departmentId && args.filter.departmentId !== identity.departmentId) throw forbidden('cases of another department');
      conditions.push(eq(cases.departmentId, identity.departmentId ?? ''));
    }
    if (args.filter?.status) conditions.push(eq(cases.status, args.filter.status));
    if (args.after) {
      const cursor = decodeCursor(args.after);
      conditions.push(sql`(${cases.submittedAt}, ${cases.id}) < (${cursor.submittedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`);
    }
    const rows = await database.db
      .select()
      .from(cases)
      .where(and(...conditions))
      .orderBy(desc(cases.submittedAt), desc(cases.id))
      .limit(args.first + 1);
    const nodes = rows.slice(0, args.first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      endCursor: rows.length > args.first && last ? encodeCursor(last) : null,
    };
  },

  async case(_: unknown, args: { id: unknown }, { identity, loaders }: CasesContext): Promise<CaseRow | null> {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const kase = await loaders.caseById.load(parseInput(uuidSchema, args.id));
    if (kase && !canSeeCase(identity, kase)) throw forbidden('a case of another department');
    return kase;
  },

  /** Open to the public: the number and the phone's last four digits together identify the applicant's case. */
  async caseProgress(_: unknown, rawArgs: unknown, { database }: CasesContext) {
    const args = parseInput(progressArgs, rawArgs);
    const [kase] = await database.db
      .select()
      .from(cases)
      .where(and(eq(cases.number, args.number), sql`right(${cases.applicantPhone}, 4) = ${args.phoneTail}`));
    if (!kase) return null;
    const steps = await database.db
      .select({ at: caseEvents.at, status: caseEvents.toStatus })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, kase.id))
      .orderBy(asc(caseEvents.id));
    return {
      number: kase.number,
      matter: { __typename: 'Matter', id: kase.matterId },
      status: kase.status,
      submittedAt: kase.submittedAt,
      dueAt: kase.dueAt,
      steps,
    };
  },
};
