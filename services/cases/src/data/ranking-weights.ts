import { desc } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import { rankingWeights, type CasesTables } from '../db/schema';

/** The weights of the department ranking's composite score (the formula lives in src/domain/report/ranking.ts). */
export interface RankingWeights {
  completion: number;
  onTime: number;
  satisfaction: number;
  attendance: number;
  inspection: number;
}

/** Until the manager sets others: the hall's own commitments (on time, satisfied) weigh most. */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { completion: 20, onTime: 25, satisfaction: 25, attendance: 15, inspection: 15 };

const weight = z.number().int().min(0).max(100);
export const rankingWeightsInput = z
  .object({ completion: weight, onTime: weight, satisfaction: weight, attendance: weight, inspection: weight })
  .refine((weights) => Object.values(weights).some((value) => value > 0), { message: 'at least one weight must be above 0', path: ['completion'] });

export async function currentRankingWeights(db: NodePgDatabase<CasesTables>): Promise<RankingWeights> {
  const [row] = await db.select().from(rankingWeights).orderBy(desc(rankingWeights.id)).limit(1);
  if (!row) return DEFAULT_RANKING_WEIGHTS;
  return { completion: row.completion, onTime: row.onTime, satisfaction: row.satisfaction, attendance: row.attendance, inspection: row.inspection };
}
