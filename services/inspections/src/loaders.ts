import { rowGroupsByKey, rowsByKey, type Identity } from '@hall/service-kit';
import { and, asc, desc, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import DataLoader from 'dataloader';
import { visibleInspections } from './confidentiality';
import { findings, inspections, supervisors, type InspectionsTables } from './db/schema';

export type InspectionRow = typeof inspections.$inferSelect;
export type SupervisorRow = typeof supervisors.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

/**
 * One SQL statement per batch; created for every request with the asker's identity, so confidentiality
 * is part of every query rather than a filter applied afterwards.
 */
export function createLoaders(db: NodePgDatabase<InspectionsTables>, identity: Identity) {
  const visible = visibleInspections(identity);
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
    supervisorById: new DataLoader<string, SupervisorRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(supervisors).where(inArray(supervisors.id, [...ids])), (row) => row.id),
    ),
    findingsByInspection: new DataLoader<string, FindingRow[]>(async (inspectionIds) =>
      rowGroupsByKey(
        inspectionIds,
        await db
          .select()
          .from(findings)
          .where(inArray(findings.inspectionId, [...inspectionIds]))
          .orderBy(asc(findings.position)),
        (row) => row.inspectionId,
      ),
    ),
  };
}

export type InspectionsLoaders = ReturnType<typeof createLoaders>;
