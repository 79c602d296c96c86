import { graphql } from '../gql';
import type { PublicEvaluationInvitationQuery } from '../gql/graphql';

/** What the evaluation code (一事一评) of a result notice opens: the case's public facts and whether it is rated. */
export const EvaluationInvitationQuery = graphql(`
  query PublicEvaluationInvitation($code: String!) {
    evaluationInvitation(code: $code) {
      number
      matter {
        id
        name
      }
      department {
        id
        name
      }
      completedAt
      evaluated
    }
  }
`);

export type EvaluationInvitation = NonNullable<PublicEvaluationInvitationQuery['evaluationInvitation']>;
