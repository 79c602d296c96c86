import { forbidden, parseInput, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { visibleInspections, visiblePlans, visibleRectifications } from '../confidentiality';
import type { InspectionsContext } from '../context';
import { appealStatus, appeals, inspections, inspectionStatus, plans, rectifications, rectificationStatus, supervisors, templates } from '../db/schema';
import { periodSchema } from '../inputs';
import type { InspectionRow } from '../loaders';
import { loadSettings } from './shared';

const statusArg = z.enum(inspectionStatus.enumValues).nullish();

export const Query = {
  inspections(_: unknown, args: { status?: unknown }, { identity, database }: InspectionsContext): Promise<InspectionRow[]> {
    if (identity.role === 'public') throw forbidden('inspections are not public');
    const status = parseInput(statusArg, args.status);
    return database.db
      .select()
      .from(inspections)
      .where(and(visibleInspections(identity), status ? eq(inspections.status, status) : undefined))
      .orderBy(desc(inspections.plannedFor), desc(inspections.id))
      .limit(500);
  },
  inspection: (_: unknown, args: { id: unknown }, { loaders }: InspectionsContext) => loaders.inspectionById.load(parseInput(uuidSchema, args.id)),

  supervisors(_: unknown, __: unknown, { identity, database }: InspectionsContext) {
    requireRole(identity, 'manager');
    return database.db.select().from(supervisors).orderBy(asc(supervisors.name));
  },
  supervisor(_: unknown, args: { id: unknown }, { identity, loaders }: InspectionsContext) {
    const id = parseInput(uuidSchema, args.id);
    if (identity.role !== 'manager' && identity.supervisorId !== id) throw forbidden('supervisors are shown to the manager and to themselves');
    return loaders.supervisorById.load(id);
  },

  checklistTemplates(_: unknown, __: unknown, { identity, database }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('sign in to read the checklists');
    return database.db.select().from(templates).orderBy(desc(templates.version));
  },
  async currentChecklistTemplate(_: unknown, __: unknown, { identity, database }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('sign in to read the checklists');
    const [latest] = await database.db.select().from(templates).orderBy(desc(templates.version)).limit(1);
    return latest ?? null;
  },

  inspectionPlans(_: unknown, __: unknown, { identity, database }: InspectionsContext) {
    requireRole(identity, 'manager', 'supervisor');
    return database.db.select().from(plans).where(visiblePlans(identity)).orderBy(desc(plans.periodFrom), desc(plans.id));
  },
  inspectionPlan: (_: unknown, args: { id: unknown }, { loaders }: InspectionsContext) => loaders.planById.load(parseInput(uuidSchema, args.id)),

  rectifications(_: unknown, args: { status?: unknown }, { identity, database }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('rectifications are not public');
    const status = parseInput(z.enum(rectificationStatus.enumValues).nullish(), args.status);
    return database.db
      .select()
      .from(rectifications)
      .where(and(visibleRectifications(identity), status ? eq(rectifications.status, status) : undefined))
      .orderBy(asc(rectifications.dueOn), asc(rectifications.id))
      .limit(500);
  },
  overdueRectifications(_: unknown, __: unknown, { identity, database, today }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('rectifications are not public');
    return database.db
      .select()
      .from(rectifications)
      .where(and(visibleRectifications(identity), eq(rectifications.status, 'OPEN'), lt(rectifications.dueOn, today)))
      .orderBy(asc(rectifications.dueOn), asc(rectifications.id));
  },
  appeals(_: unknown, args: { status?: unknown }, { identity, database }: InspectionsContext) {
    requireRole(identity, 'manager', 'dept_admin', 'staff');
    const status = parseInput(z.enum(appealStatus.enumValues).nullish(), args.status);
    const own = identity.role === 'manager' ? undefined : eq(appeals.departmentId, identity.departmentId ?? sql`NULL`);
    return database.db
      .select()
      .from(appeals)
      .where(and(own, status ? eq(appeals.status, status) : undefined))
      .orderBy(desc(appeals.filedAt), asc(appeals.id));
  },
  inspectionStats(_: unknown, args: { period: unknown }, { identity, loaders }: InspectionsContext) {
    requireRole(identity, 'manager');
    const period = parseInput(periodSchema, args.period);
    return loaders.hallStats.load({ id: 'hall', ...period });
  },
  inspectionSettings(_: unknown, __: unknown, { identity, database }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('sign in to read the inspection settings');
    return loadSettings(database.db);
  },
};

