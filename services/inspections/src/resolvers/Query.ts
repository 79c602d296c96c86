import { forbidden, parseInput, uuidSchema } from '@hall/service-kit';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { visibleInspections } from '../confidentiality';
import type { InspectionsContext } from '../context';
import { inspections, inspectionStatus } from '../db/schema';
import type { InspectionRow } from '../loaders';

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
  inspection: (_: unknown, args: { id: unknown }, { loaders }: InspectionsContext) =>
    loaders.inspectionById.load(parseInput(uuidSchema, args.id)),
};
