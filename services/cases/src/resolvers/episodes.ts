import { parseInput, parsePeriod, requireRole, uuidSchema } from '@hall/service-kit';
import type { CaseStatsResolvers, QueryResolvers, VisitEpisodeResolvers } from '../generated/resolvers';
import { episodesBeyondOneVisit } from '../data/episodes';
import { rate } from '../data/stats';
import type { CaseRow } from '../data/loaders';

/** The honest one-visit rate's episodes (data/episodes.ts), read only when asked for. */
export const CaseStats: CaseStatsResolvers = {
  episodes: async (stats, _, { loaders }) => (await loaders.episodesByScope.load(stats.scope)).completed,
  honestOneVisitRate: async (stats, _, { loaders }) => {
    const counts = await loaders.episodesByScope.load(stats.scope);
    return rate(counts.withinOneVisit, counts.completed);
  },
};

export const episodeQueries: QueryResolvers = {
  async visitEpisodes(_, args, { identity, database, settings }) {
    requireRole(identity, 'manager');
    const period = parsePeriod(args.period);
    const departmentId = parseInput(uuidSchema.nullish(), args.departmentId) ?? null;
    return episodesBeyondOneVisit(database.db, period, settings.timeZone, settings.episodeDays, departmentId);
  },
};

export const VisitEpisode: VisitEpisodeResolvers = {
  cases: async (episode, _, { loaders }) => (await loaders.caseById.loadMany(episode.caseIds)).filter((row): row is CaseRow => row !== null && !(row instanceof Error)),
  departments: (episode) => episode.departmentIds.map((id) => ({ __typename: 'Department' as const, id })),
};
