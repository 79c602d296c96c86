import { graphql } from '../gql';

/** The case is named by its evaluation code alone: no case id, number or phone tail. */
export const EvaluateCaseMutation = graphql(`
  mutation PublicEvaluateCase($input: EvaluateCaseInput!) {
    evaluateCase(input: $input) {
      id
      level
      evaluatedAt
    }
  }
`);
