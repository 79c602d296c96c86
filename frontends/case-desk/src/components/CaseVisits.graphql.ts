import { graphql } from '../gql';

/** One more trip to the hall for the case; answers with the case, its visit count and log updated. */
export const RecordVisitMutation = graphql(`
  mutation CaseDeskRecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      ...DeskCaseDetail
    }
  }
`);
