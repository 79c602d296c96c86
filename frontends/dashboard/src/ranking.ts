/**
 * The department ranking as the board and the report show it. The ranking itself (formula, weights, minimum, standing,
 * places) is the cases subgraph's (departmentRanking, monthlyReport; services/cases/src/domain/report/ranking.ts):
 * here its entries are only grouped for display, each branch office under its bureau.
 */
import type { RankedDepartment } from './stats.graphql';

export type { RankedDepartment };

/**
 * Each department whose bureau is not in the list, in ranking order, with its branch offices (Department.parent), in
 * ranking order too. Places stay the whole ranking's.
 */
export function byBureau<T extends { department: { id: string; parent?: { id: string } | null } }>(ranked: readonly T[]): Array<{ bureau: T; branches: T[] }> {
  const ids = new Set(ranked.map((entry) => entry.department.id));
  const branches = new Map<string, T[]>();
  const bureaus: T[] = [];
  for (const entry of ranked) {
    const parent = entry.department.parent?.id;
    if (!parent || !ids.has(parent)) {
      bureaus.push(entry);
      continue;
    }
    const siblings = branches.get(parent) ?? [];
    siblings.push(entry);
    branches.set(parent, siblings);
  }
  return bureaus.map((bureau) => ({ bureau, branches: branches.get(bureau.department.id) ?? [] }));
}
