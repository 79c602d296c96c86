import { rowGroupsByKey, rowsByKey, type Identity } from '@hall/service-kit';
import { and, asc, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import DataLoader from 'dataloader';
import { visibleInspections, visiblePlans, visibleRectifications } from './confidentiality';
import { findingCounts } from './queries';
import {
  amendments,
  appeals,
  evidence,
  findings,
  inspections,
  itemResults,
  plans,
  rectificationEvents,
  rectifications,
  supervisors,
  templates,
  type InspectionsTables,
} from '../db/schema';
import type { ItemOutcome } from '../domain/checklist';
import { createStatsLoader } from './stats';

export type InspectionRow = typeof inspections.$inferSelect;
export type SupervisorRow = typeof supervisors.$inferSelect;
export type FindingRow = typeof findings.$inferSelect & { counts: boolean };
export type TemplateRow = typeof templates.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type ItemResultRow = typeof itemResults.$inferSelect;
export type AmendmentRow = typeof amendments.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;
export type RectificationEventRow = typeof rectificationEvents.$inferSelect;
export type AppealRow = typeof appeals.$inferSelect;
export type EvidenceRow = Omit<typeof evidence.$inferSelect, 'content'>;
/** An answer of an inspection (or of an amendment), with the inspection whose checklist names its item. */
export type ItemResultView = ItemOutcome & { inspectionId: string };
/** An entity another subgraph owns, known here by its key only. */
export interface EntityReference<TTypename extends string> {
  __typename: TTypename;
  id: string;
}
export type StaffReference = EntityReference<'Staff'>;
export type WindowReference = EntityReference<'Window'>;
export type DepartmentReference = EntityReference<'Department'>;

const { content: _content, ...evidenceColumns } = getTableColumns(evidence);
const findingColumns = { ...getTableColumns(findings), counts: findingCounts };

/**
 * One SQL statement per batch; created for every request with the asker's identity, so confidentiality
 * is part of every query rather than a filter applied afterwards.
 */
export function createLoaders(db: NodePgDatabase<InspectionsTables>, identity: Identity, today: string, timeZone: string) {
  const visible = visibleInspections(identity);
  const visibleOrders = visibleRectifications(identity);
  return {
    inspectionById: new DataLoader<string, InspectionRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(inspections).where(and(inArray(inspections.id, [...ids]), visible)), (row) => row.id),
    ),
    inspectionsByWindow: new DataLoader<string, InspectionRow[]>(async (windowIds) =>
      rowGroupsByKey(
        windowIds,
        await db
          .select()
          .from(inspections)
          .where(and(inArray(inspections.windowId, [...windowIds]), visible))
          .orderBy(desc(inspections.plannedFor)),
        (row) => row.windowId,
      ),
    ),
    inspectionsByPlan: new DataLoader<string, InspectionRow[]>(async (planIds) =>
      rowGroupsByKey(
        planIds,
        await db
          .select()
          .from(inspections)
          .where(and(inArray(inspections.planId, [...planIds]), visible))
          .orderBy(asc(inspections.plannedFor), asc(inspections.id)),
        (row) => row.planId ?? '',
      ),
    ),
    supervisorById: new DataLoader<string, SupervisorRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(supervisors).where(inArray(supervisors.id, [...ids])), (row) => row.id),
    ),
    findingsByInspection: new DataLoader<string, FindingRow[]>(async (inspectionIds) =>
      rowGroupsByKey(
        inspectionIds,
        await db
          .select(findingColumns)
          .from(findings)
          .where(inArray(findings.inspectionId, [...inspectionIds]))
          .orderBy(asc(findings.position)),
        (row) => row.inspectionId,
      ),
    ),
    findingById: new DataLoader<string, FindingRow | null>(async (ids) =>
      rowsByKey(ids, await db.select(findingColumns).from(findings).where(inArray(findings.id, [...ids])), (row) => row.id),
    ),
    itemResultsByInspection: new DataLoader<string, ItemResultRow[]>(async (inspectionIds) =>
      rowGroupsByKey(
        inspectionIds,
        await db.select().from(itemResults).where(inArray(itemResults.inspectionId, [...inspectionIds])),
        (row) => row.inspectionId,
      ),
    ),
    amendmentsByInspection: new DataLoader<string, AmendmentRow[]>(async (inspectionIds) =>
      rowGroupsByKey(
        inspectionIds,
        await db
          .select()
          .from(amendments)
          .where(inArray(amendments.inspectionId, [...inspectionIds]))
          .orderBy(asc(amendments.createdAt), asc(amendments.id)),
        (row) => row.inspectionId,
      ),
    ),
    evidenceByInspection: new DataLoader<string, EvidenceRow[]>(async (inspectionIds) =>
      rowGroupsByKey(
        inspectionIds,
        await db.select(evidenceColumns).from(evidence).where(inArray(evidence.inspectionId, [...inspectionIds])).orderBy(asc(evidence.uploadedAt)),
        (row) => row.inspectionId ?? '',
      ),
    ),
    evidenceByRectification: new DataLoader<string, EvidenceRow[]>(async (ids) =>
      rowGroupsByKey(
        ids,
        await db.select(evidenceColumns).from(evidence).where(inArray(evidence.rectificationId, [...ids])).orderBy(asc(evidence.uploadedAt)),
        (row) => row.rectificationId ?? '',
      ),
    ),
    evidenceContent: new DataLoader<string, Buffer | null>(async (ids) =>
      (
        await db.select({ id: evidence.id, content: evidence.content }).from(evidence).where(inArray(evidence.id, [...ids])).then((rows) => rowsByKey(ids, rows, (row) => row.id))
      ).map((row) => row?.content ?? null),
    ),
    /** The checklist sections an inspection was recorded under, by inspection id (to describe findings and answers). */
    sectionsByInspection: new DataLoader<string, TemplateRow['sections'] | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select({ id: inspections.id, sections: templates.sections })
          .from(inspections)
          .innerJoin(templates, eq(templates.id, inspections.templateId))
          .where(inArray(inspections.id, [...ids])),
        (row) => row.id,
      ).map((row) => row?.sections ?? null),
    ),
    templateById: new DataLoader<string, TemplateRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(templates).where(inArray(templates.id, [...ids])), (row) => row.id),
    ),
    planById: new DataLoader<string, PlanRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(plans).where(and(inArray(plans.id, [...ids]), visiblePlans(identity))), (row) => row.id),
    ),
    rectificationById: new DataLoader<string, RectificationRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(rectifications).where(and(inArray(rectifications.id, [...ids]), visibleOrders)), (row) => row.id),
    ),
    rectificationByInspection: new DataLoader<string, RectificationRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db.select().from(rectifications).where(and(inArray(rectifications.inspectionId, [...ids]), visibleOrders)),
        (row) => row.inspectionId,
      ),
    ),
    rectificationsByDepartment: new DataLoader<string, RectificationRow[]>(async (ids) =>
      rowGroupsByKey(
        ids,
        await db
          .select()
          .from(rectifications)
          .where(and(inArray(rectifications.departmentId, [...ids]), visibleOrders))
          .orderBy(desc(rectifications.openedAt)),
        (row) => row.departmentId,
      ),
    ),
    eventsByRectification: new DataLoader<string, RectificationEventRow[]>(async (ids) =>
      rowGroupsByKey(
        ids,
        await db
          .select()
          .from(rectificationEvents)
          .where(inArray(rectificationEvents.rectificationId, [...ids]))
          .orderBy(asc(rectificationEvents.at), asc(rectificationEvents.id)),
        (row) => row.rectificationId,
      ),
    ),
    appealByFinding: new DataLoader<string, AppealRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(appeals).where(inArray(appeals.findingId, [...ids])), (row) => row.findingId),
    ),
    departmentStats: createStatsLoader(db, 'department', visible, visibleOrders, today, timeZone),
    windowStats: createStatsLoader(db, 'window', visible, visibleOrders, today, timeZone),
    hallStats: createStatsLoader(db, 'hall', visible, visibleOrders, today, timeZone),
  };
}

export type InspectionsLoaders = ReturnType<typeof createLoaders>;

