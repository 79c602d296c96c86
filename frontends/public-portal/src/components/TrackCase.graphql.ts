import { graphql } from '../gql';
import type { PublicCaseProgressQuery } from '../gql/graphql';

/** Tracking by number and phone tail: nothing personal is asked for or shown. */
export const CaseProgressQuery = graphql(`
  query PublicCaseProgress($number: String!, $phoneTail: String!) {
    caseProgress(number: $number, phoneTail: $phoneTail) {
      number
      status
      submittedAt
      dueAt
      matter {
        id
        name
        department {
          id
          name
        }
      }
      steps {
        at
        status
      }
      firstOwner {
        id
        name
        post
      }
    }
  }
`);

export type CaseProgress = NonNullable<PublicCaseProgressQuery['caseProgress']>;
