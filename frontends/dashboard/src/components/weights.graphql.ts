import { graphql } from '../gql';

export const DashboardSetRankingWeights = graphql(`
  mutation DashboardSetRankingWeights($input: RankingWeightsInput!) {
    setRankingWeights(input: $input) {
      completion
    }
  }
`);
