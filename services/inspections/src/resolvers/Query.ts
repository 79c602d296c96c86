import { forbidden, parseInput, parsePeriod, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { visibleInspections, visiblePlans, visibleRectifications } from '../data/confidentiality';
import type { QueryResolvers } from '../generated/resolvers';
import { appealStatus, appeals, inspections, inspectionStatus, plans, rectifications, rectificationStatus, supervisors, templates } from '../db/schema';
import { windowInspectionRecords } from '../data/stats';
import { loadSettings } from './shared';

const statusArg = z.enum(inspectionStatus.enumValues).nullish();

export const Query: QueryResolvers = {
  inspections(_, args, { identity, database }) {
    if (identity.role === 'public') throw forbidden('inspections are not public');
    const status = parseInput(statusArg, args.status);
    return database.db
      .select()
      .from(inspections)
      .where(and(visibleInspections(identity), status ? eq(inspections.status, status) : undefined))
      .orderBy(desc(inspections.plannedFor), desc(inspections.id))
      .limit(500);
  },
  inspection: (_, args, { loaders }) => loaders.inspectionById.load(parseInput(uuidSchema, args.id)),

  supervisors(_, __, { identity, database }) {
    requireRole(identity, 'manager');
    return database.db.select().from(supervisors).orderBy(asc(supervisors.name));
  },
  supervisor(_, args, { identity, loaders }) {
    const id = parseInput(uuidSchema, args.id);
    if (identity.role !== 'manager' && identity.supervisorId !== id) throw forbidden('supervisors are shown to the manager and to themselves');
    return loaders.supervisorById.load(id);
  },

  checklistTemplates(_, __, { identity, database }) {
    if (identity.role === 'public') throw forbidden('sign in to read the checklists');
    return database.db.select().from(templates).orderBy(desc(templates.version));
  },
  async currentChecklistTemplate(_, __, { identity, database }) {
    if (identity.role === 'public') throw forbidden('sign in to read the checklists');
    const [latest] = await database.db.select().from(templates).orderBy(desc(templates.version)).limit(1);
    return latest ?? null;
  },

  inspectionPlans(_, __, { identity, database }) {
    requireRole(identity, 'manager', 'supervisor');
    return database.db.select().from(plans).where(visiblePlans(identity)).orderBy(desc(plans.periodFrom), desc(plans.id));
  },
  inspectionPlan: (_, args, { loaders }) => loaders.planById.load(parseInput(uuidSchema, args.id)),

  rectifications(_, args, { identity, database }) {
    if (identity.role === 'public') throw forbidden('rectifications are not public');
    const status = parseInput(z.enum(rectificationStatus.enumValues).nullish(), args.status);
    return database.db
      .select()
      .from(rectifications)
      .where(and(visibleRectifications(identity), status ? eq(rectifications.status, status) : undefined))
      .orderBy(asc(rectifications.dueOn), asc(rectifications.id))
      .limit(500);
  },
  overdueRectifications(_, __, { identity, database, today }) {
    if (identity.role === 'public') throw forbidden('rectifications are not public');
    return database.db
      .select()
      .from(rectifications)
      .where(and(visibleRectifications(identity), eq(rectifications.status, 'OPEN'), lt(rectifications.dueOn, today)))
      .orderBy(asc(rectifications.dueOn), asc(rectifications.id));
  },
  appeals(_, args, { identity, database }) {
    requireRole(identity, 'manager', 'dept_admin', 'staff');
    const status = parseInput(z.enum(appealStatus.enumValues).nullish(), args.status);
    const own = identity.role === 'manager' ? undefined : eq(appeals.departmentId, identity.departmentId ?? sql`NULL`);
    return database.db
      .select()
      .from(appeals)
      .where(and(own, status ? eq(appeals.status, status) : undefined))
      .orderBy(desc(appeals.filedAt), asc(appeals.id));
  },
  inspectionStats(_, args, { identity, loaders }) {
    requireRole(identity, 'manager');
    const period = parsePeriod(args.period);
    return loaders.hallStats.load({ id: 'hall', ...period });
  },
  async windowInspectionRecords(_, args, { identity, database, timeZone }) {
    requireRole(identity, 'manager');
    const period = parsePeriod(args.period);
    const { passThreshold } = await loadSettings(database.db);
    return windowInspectionRecords(database.db, period, timeZone, passThreshold);
  },
  inspectionSettings(_, __, { identity, database }) {
    if (identity.role === 'public') throw forbidden('sign in to read the inspection settings');
    return loadSettings(database.db);
  },
};

