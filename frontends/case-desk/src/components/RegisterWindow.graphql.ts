import { graphql } from '../gql';

/** Where the roster puts the signed-in clerk now: duty shows staff their own shifts only. */
export const OnDutyQuery = graphql(`
  query CaseDeskOnDuty($at: DateTime!) {
    onDuty(at: $at) {
      window {
        id
        number
        name
      }
    }
  }
`);
