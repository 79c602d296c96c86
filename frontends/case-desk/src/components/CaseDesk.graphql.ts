import { graphql } from '../gql';

export const CasesQuery = graphql(`
  query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      nodes {
        ...DeskCaseRow
      }
      endCursor
      hasNextPage
    }
  }
`);

export const WarningCasesQuery = graphql(`
  query CaseDeskWarnings {
    warningCases {
      ...DeskCaseRow
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query CaseDeskDepartments {
    departments {
      id
      name
      shortName
    }
  }
`);
