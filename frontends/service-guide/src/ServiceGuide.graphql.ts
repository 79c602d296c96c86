import { graphql } from './gql';

export const DepartmentsQuery = graphql(`
  query ServiceGuideDepartments {
    departments {
      id
      code
      name
      shortName
      hallZone
      contactPhone
      publishedMatterCount
    }
  }
`);

/** The catalog accepts up to 200 matters per request; a department publishes far fewer. */
export const MATTERS_LIMIT = 200;

export const MattersQuery = graphql(`
  query ServiceGuideMatters($filter: MatterFilter, $first: Int) {
    matters(filter: $filter, first: $first) {
      id
      code
      name
      kind
      category
      legalLimitDays
      committedLimitDays
      compressionRate
      department {
        id
        name
      }
    }
  }
`);
