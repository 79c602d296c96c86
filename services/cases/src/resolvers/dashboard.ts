import { parseInput, parsePeriod, requireRole } from '@hall/service-kit';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { rankingWeights } from '../db/schema';
import { currentRankingWeights, rankingWeightsInput } from '../data/ranking-weights';
import { dailyCaseSeries } from '../data/series';

/** What the manager's dashboard needs beside CaseStats: a daily series and the ranking's weights. */
export const dashboardQueries: QueryResolvers = {
  dailyCaseSeries(_, args, { identity, database, settings, now }) {
    requireRole(identity, 'manager');
    return dailyCaseSeries(database.db, parsePeriod(args.period), settings.timeZone, now);
  },
  rankingWeights(_, __, { identity, database }) {
    requireRole(identity, 'manager');
    return currentRankingWeights(database.db);
  },
};

export const dashboardMutations: MutationResolvers = {
  async setRankingWeights(_, args, { identity, database, now }) {
    requireRole(identity, 'manager');
    const input = parseInput(rankingWeightsInput, args.input);
    await database.db.insert(rankingWeights).values({ ...input, setBy: identity.userId ?? 'manager', setAt: now });
    return input;
  },
};
