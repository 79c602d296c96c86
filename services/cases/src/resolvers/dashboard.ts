import { parseInput, requireRole } from '@hall/service-kit';
import type { CasesContext } from '../context';
import { rankingWeights } from '../db/schema';
import { currentRankingWeights, rankingWeightsInput, type RankingWeights } from '../ranking-weights';
import { dailyCaseSeries } from '../series';
import { parsePeriod } from './Query';

/** What the manager's dashboard needs beside CaseStats: a daily series and the ranking's weights. */
export const dashboardQueries = {
  dailyCaseSeries(_: unknown, args: { period: unknown }, { identity, database, settings, now }: CasesContext) {
    requireRole(identity, 'manager');
    return dailyCaseSeries(database.db, parsePeriod(args.period, 400), settings.timeZone, now);
  },
  rankingWeights(_: unknown, __: unknown, { identity, database }: CasesContext): Promise<RankingWeights> {
    requireRole(identity, 'manager');
    return currentRankingWeights(database.db);
  },
};

export const dashboardMutations = {
  async setRankingWeights(_: unknown, args: { input: unknown }, { identity, database, now }: CasesContext): Promise<RankingWeights> {
    requireRole(identity, 'manager');
    const input = parseInput(rankingWeightsInput, args.input);
    await database.db.insert(rankingWeights).values({ ...input, setBy: identity.userId ?? 'manager', setAt: now });
    return input;
  },
};
