import type { Database } from '@hall/db';
import { rowsByKey } from '@hall/service-kit';
import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import { appointmentQuotas, registrations, type RegistryTables } from '../db/schema';
import type { QuotaRow } from './quotas';
import { selectRegistrations, type RegistrationView, type StepView } from './registrations';

export type { QuotaRow, RegistrationView, StepView };

/** A case as this subgraph knows it: by its key only (the cases subgraph owns the rest). */
export interface CaseReference {
  __typename: 'Case';
  id: string;
}

/** A matter as this subgraph knows it: by its key only (the catalog owns the rest). */
export interface MatterReference {
  __typename: 'Matter';
  id: string;
}

export const caseReference = (id: string): CaseReference => ({ __typename: 'Case', id });
export const matterReference = (id: string): MatterReference => ({ __typename: 'Matter', id });

/** One SQL statement per batch, whatever the number of cases or matters; created fresh for every request. */
export function createLoaders(database: Database<RegistryTables>) {
  const { db } = database;
  return {
    /** The registration of each case with its steps (one statement: the steps are aggregated in it). */
    registrationByCase: new DataLoader<string, RegistrationView | null>(async (caseIds) =>
      rowsByKey(caseIds, await selectRegistrations(db, { where: inArray(registrations.caseId, [...caseIds]) }), (row) => row.caseId),
    ),
    quotaByMatter: new DataLoader<string, QuotaRow | null>(async (matterIds) =>
      rowsByKey(
        matterIds,
        await db
          .select()
          .from(appointmentQuotas)
          .where(inArray(appointmentQuotas.matterId, [...matterIds])),
        (row) => row.matterId,
      ),
    ),
  };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
