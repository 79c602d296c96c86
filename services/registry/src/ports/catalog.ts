import { notFound, serviceUnavailable, type Identity } from '@hall/service-kit';
import { z } from 'zod';
import { askSubgraph } from './on-behalf';

/** The port through which the registry learns whose a matter is: it never reads the catalog's tables. */
export interface MatterDirectory {
  /** The matter's department; NOT_FOUND for an id the catalog does not show the caller. */
  departmentOf(matterId: string, identity: Identity): Promise<string>;
}

const MATTER_QUERY = `query RegistryMatter($id: ID!) { matter(id: $id) { id department { id } } }`;

const answerSchema = z.object({
  data: z.object({ matter: z.object({ id: z.string(), department: z.object({ id: z.string() }) }).nullable() }).nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/** Published and withdrawn versions are public; a draft only for its editors (asked as the caller). */
export function catalogDirectory(url: string): MatterDirectory {
  return {
    async departmentOf(matterId, identity) {
      const answer = answerSchema.safeParse(
        await askSubgraph('catalog', url, { query: MATTER_QUERY, variables: { id: matterId } }, identity),
      );
      if (!answer.success || answer.data.errors?.length) throw serviceUnavailable('catalog');
      const matter = answer.data.data?.matter;
      if (!matter) throw notFound('matter');
      return matter.department.id;
    },
  };
}
