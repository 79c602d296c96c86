/**
 * Which parts of the one dashboard answer are missing, from the answer's errors: `extensions.service` names the
 * subgraph the gateway could not reach; otherwise the error's path names the field (a root field, or a field of a
 * department in the table), and each field belongs to one subgraph.
 */
import type { GraphQLErrorEntry } from '@hall/styleguide';
import type { DashboardData } from './dashboard.graphql';

export type Subgraph = 'catalog' | 'cases' | 'duty' | 'inspections';
export const SUBGRAPHS: readonly Subgraph[] = ['catalog', 'cases', 'duty', 'inspections'];

/** The subgraph that answers each field the dashboard asks for (root fields and the departments' fields). */
export const FIELD_SUBGRAPH: Record<string, Subgraph> = {
  caseStats: 'cases',
  evaluationStats: 'cases',
  warningCases: 'cases',
  referralFlags: 'cases',
  dailyCaseSeries: 'cases',
  rankingWeights: 'cases',
  departmentRanking: 'cases',
  monthlyReport: 'cases',
  complaintStats: 'cases',
  badReviewStats: 'cases',
  escalationStats: 'cases',
  dutyStats: 'duty',
  queueStats: 'duty',
  unattendedIncidents: 'duty',
  queueWaitsByHour: 'duty',
  inspectionStats: 'inspections',
  rectifications: 'inspections',
  departments: 'catalog',
};

function isSubgraph(value: unknown): value is Subgraph {
  return typeof value === 'string' && (SUBGRAPHS as readonly string[]).includes(value);
}

/** The subgraphs whose fields are missing from the answer. */
export function unavailableSubgraphs(errors: readonly GraphQLErrorEntry[]): Set<Subgraph> {
  const missing = new Set<Subgraph>();
  for (const error of errors) {
    const service = error.extensions?.service ?? error.extensions?.serviceName;
    if (isSubgraph(service)) {
      missing.add(service);
      continue;
    }
    // The deepest named field of the path decides: ['departments', 3, 'inspectionStats'] is inspections'.
    const names = (error.path ?? []).filter((part): part is string => typeof part === 'string');
    const owner = [...names].reverse().map((name) => FIELD_SUBGRAPH[name]).find((subgraph) => subgraph !== undefined);
    if (owner) missing.add(owner);
  }
  return missing;
}

/** A root field is unavailable when its subgraph is, or when it came back null although it never is when up. */
export function isUnavailable(field: keyof DashboardData, data: DashboardData | null, missing: ReadonlySet<Subgraph>): boolean {
  const owner = FIELD_SUBGRAPH[field];
  if (owner && missing.has(owner)) return true;
  return data === null || data[field] === null;
}
