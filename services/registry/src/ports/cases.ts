import { forbidden, notFound, serviceUnavailable, type Identity } from '@hall/service-kit';
import { z } from 'zod';
import { askSubgraph } from './on-behalf';

/**
 * The port through which the registry learns whose a case is: it never reads the cases subgraph's tables. The cases
 * subgraph is asked as the caller (ports/on-behalf.ts), so it shows them only what it would show them anyway.
 */
export interface CaseDirectory {
  /** The case's department; NOT_FOUND for an id the cases subgraph does not know, FORBIDDEN when it refuses the caller. */
  departmentOf(caseId: string, identity: Identity): Promise<string>;
}

const CASE_QUERY = `query RegistryCase($id: ID!) { case(id: $id) { id department { id } } }`;

const answerSchema = z.object({
  data: z.object({ case: z.object({ id: z.string(), department: z.object({ id: z.string() }).nullable() }).nullable() }).nullish(),
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() }))
    .optional(),
});

export function casesDirectory(url: string): CaseDirectory {
  return {
    async departmentOf(caseId, identity) {
      const answer = answerSchema.safeParse(await askSubgraph('cases', url, { query: CASE_QUERY, variables: { id: caseId } }, identity));
      if (!answer.success) throw serviceUnavailable('cases');
      const codes = (answer.data.errors ?? []).map((error) => error.extensions?.code);
      if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED'))
        throw forbidden('the cases subgraph does not show you this case');
      if (codes.length > 0) throw serviceUnavailable('cases');
      const kase = answer.data.data?.case;
      if (!kase) throw notFound('case');
      if (!kase.department) throw serviceUnavailable('cases');
      return kase.department.id;
    },
  };
}
