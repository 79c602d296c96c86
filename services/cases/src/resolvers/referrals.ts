import { requireRole } from '@hall/service-kit';
import { and, asc, eq, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QueryResolvers } from '../generated/resolvers';
import { cases } from '../db/schema';

const onward = alias(cases, 'onward');

export const referralQueries: QueryResolvers = {
  /**
   * 转办 inbox: REFERRED cases naming the asker's department that no case there names as `referredFromCaseId` yet.
   * The receiving department sees the referring case's applicant masked, as for any case not its own.
   */
  async referralInbox(_, __, { identity, database }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const conditions: SQL[] = [
      eq(cases.status, 'REFERRED'),
      notExists(database.db.select({ id: onward.id }).from(onward).where(eq(onward.referredFromCaseId, cases.id))),
    ];
    if (identity.role !== 'manager') conditions.push(eq(cases.referredToDepartmentId, identity.departmentId ?? ''));
    return database.db
      .select()
      .from(cases)
      .where(and(...conditions))
      .orderBy(asc(cases.submittedAt), asc(cases.id));
  },
};
