import { forbidden, parseInput, type Identity } from '@hall/service-kit';
import { and, asc, eq, gt, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import { departments, matters, type CatalogTables } from '../db/schema';
import type { QueryResolvers } from '../generated/resolvers';
import { firstSchema, matterCodeSchema, matterFilterSchema, offsetSchema, uuidArg, type MatterFilter } from './inputs';
import { matterColumns } from '../data/loaders';
import { canSeeMatter, summarizeCompression } from '../domain/rules';

/** `%`, `_` and `\` are literal in a citizen's search text. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The search condition and its ranking. The GIN index on `search_terms` finds the candidates (every bigram of every word
 * of the query, or the character of a one-character word, must be among the matter's grams); the ILIKE on `search_text`
 * then keeps only the matters that contain each word exactly. Ranking: the name equals the query, starts with it,
 * contains every word; then a keyword contains every word; then the rest (material names, code); then by code.
 */
function searchOf(search: string): { where: SQL; rank: SQL } {
  const words = search.split(' ');
  const contains = (column: SQLWrapper) =>
    sql.join(
      words.map((word) => sql`${column} ILIKE ${`%${escapeLike(word)}%`}`),
      sql` AND `,
    );
  const keywords = sql`array_to_string(${matters.keywords}, chr(10))`;
  return {
    where: sql`(${matters.searchTerms} @> catalog.query_grams(${search}) AND ${contains(matters.searchText)})`,
    rank: sql`CASE
      WHEN ${matters.name} ILIKE ${escapeLike(search)} THEN 0
      WHEN ${matters.name} ILIKE ${`${escapeLike(search)}%`} THEN 1
      WHEN ${contains(matters.name)} THEN 2
      WHEN ${contains(keywords)} THEN 3
      ELSE 4 END`,
  };
}

export interface MatterListOptions {
  filter: MatterFilter;
  first: number;
  offset: number;
}

/** Who may list what: published versions for everyone; drafts and withdrawn versions for those who edit them. */
function statusConditions(identity: Identity, filter: MatterFilter): SQL[] {
  const status = filter.status ?? 'PUBLISHED';
  const conditions: SQL[] = [eq(matters.status, status)];
  if (status !== 'PUBLISHED') {
    if (identity.role === 'dept_admin' && identity.departmentId) {
      if (filter.departmentId && filter.departmentId !== identity.departmentId)
        throw forbidden('a department admin lists only its own drafts');
      conditions.push(eq(matters.departmentId, identity.departmentId));
    } else if (identity.role !== 'manager') {
      throw forbidden('only published matters are listed for your role');
    }
  }
  return conditions;
}

/** The one SQL statement behind `Query.matters` (exported so a test can EXPLAIN exactly what the resolver runs). */
export function matterListQuery(db: NodePgDatabase<CatalogTables>, identity: Identity, { filter, first, offset }: MatterListOptions) {
  const conditions = statusConditions(identity, filter);
  if (filter.departmentId) conditions.push(eq(matters.departmentId, filter.departmentId));
  if (filter.kind) conditions.push(eq(matters.kind, filter.kind));
  if (filter.category) conditions.push(eq(matters.category, filter.category));
  if (filter.channel) conditions.push(sql`${matters.channels} @> ARRAY[${filter.channel}]::text[]`);
  const search = filter.search ? searchOf(filter.search) : null;
  if (search) conditions.push(search.where);
  return db
    .select(matterColumns)
    .from(matters)
    .where(and(...conditions))
    .orderBy(...(search ? [search.rank] : []), asc(matters.code), asc(matters.version))
    .limit(first)
    .offset(offset);
}

const includeInactiveSchema = z.boolean();

export const Query: QueryResolvers = {
  async departments(_, args, { database, identity }) {
    const includeInactive = parseInput(includeInactiveSchema, args.includeInactive ?? false);
    if (includeInactive && identity.role !== 'manager') throw forbidden('only the manager lists inactive departments');
    return database.db
      .select()
      .from(departments)
      .where(includeInactive ? undefined : eq(departments.active, true))
      .orderBy(asc(departments.code));
  },

  async department(_, args, { loaders }) {
    const id = parseInput(uuidArg, args.id);
    return loaders.departmentById.load(id);
  },

  async matters(_, args, { database, identity }) {
    const filter = parseInput(matterFilterSchema, args.filter) ?? {};
    const first = parseInput(firstSchema, args.first ?? 50);
    const offset = parseInput(offsetSchema, args.offset ?? 0);
    return matterListQuery(database.db, identity, { filter, first, offset });
  },

  async matter(_, args, { loaders, identity }) {
    const id = parseInput(uuidArg, args.id);
    const matter = await loaders.matterById.load(id);
    return matter && canSeeMatter(identity, matter) ? matter : null;
  },

  async matterByCode(_, args, { loaders }) {
    const code = parseInput(matterCodeSchema, args.code);
    return loaders.publishedByCode.load(code);
  },

  async matterVersions(_, args, { loaders, identity }) {
    const code = parseInput(matterCodeSchema, args.code);
    return (await loaders.versionsByCode.load(code)).filter((matter) => canSeeMatter(identity, matter));
  },

  async hallCompression(_, __, { database }) {
    const [totals] = await database.db
      .select({
        matterCount: sql<number>`count(*)::int`,
        legalDays: sql<number>`coalesce(sum(${matters.legalLimitDays}), 0)::int`,
        committedDays: sql<number>`coalesce(sum(${matters.committedLimitDays}), 0)::int`,
        ratioSum: sql<number>`coalesce(sum(${matters.committedLimitDays}::float8 / ${matters.legalLimitDays}), 0)::float8`,
      })
      .from(matters)
      .where(and(eq(matters.status, 'PUBLISHED'), eq(matters.kind, 'COMMITTED'), gt(matters.legalLimitDays, 0)));
    return summarizeCompression(totals ?? { matterCount: 0, legalDays: 0, committedDays: 0, ratioSum: 0 });
  },
};
