import { graphql } from '../gql';

export const MattersQuery = graphql(`
  query CaseDeskMatters($filter: MatterFilter) {
    matters(filter: $filter, first: 50) {
      id
      name
      code
      kind
      committedLimitDays
      materials {
        name
        required
        condition
      }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation CaseDeskRegister($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      ...DeskCaseDetail
    }
  }
`);
