import { DashboardQuery } from '@hall/dashboard/documents';

const DASHBOARD_QUERY = DashboardQuery.toString();

export { DASHBOARD_QUERY };

/** A page of the case desk's list: what the list shows, from three subgraphs (cases, catalog, duty). */
export const CASE_LIST_QUERY = /* GraphQL */ `
  query CaseList($filter: CaseFilter, $after: String) {
    cases(filter: $filter, first: 20, after: $after) {
      nodes {
        id
        number
        status
        warning
        submittedAt
        dueAt
        visits
        matter {
          id
          name
        }
        department {
          id
          shortName
        }
        window {
          id
          number
        }
      }
      endCursor
      hasNextPage
    }
  }
`;

/** One subgraph: the same page with only the cases subgraph's own fields. */
export const ONE_SUBGRAPH_QUERY = /* GraphQL */ `
  query OneSubgraph($after: String) {
    cases(first: 20, after: $after) {
      nodes {
        id
        number
        status
        warning
        submittedAt
        dueAt
        visits
      }
      endCursor
    }
  }
`;

/** Four subgraphs: cases, their matters (catalog), windows and first owners (duty), the windows' inspection figures. */
export const FOUR_SUBGRAPH_QUERY = /* GraphQL */ `
  query FourSubgraphs($after: String, $period: Period!) {
    cases(first: 20, after: $after) {
      nodes {
        id
        number
        status
        matter {
          id
          name
          committedLimitDays
        }
        firstOwner {
          id
          name
        }
        window {
          id
          number
          inspectionStats(period: $period) {
            inspections
            averageScore
          }
        }
      }
      endCursor
    }
  }
`;

/**
 * The subgraph fetches the gateway's plan for FOUR_SUBGRAPH_QUERY makes, written out by hand: what a client would send
 * if it asked the subgraphs directly. Cases first, then matters and duty in parallel, then the windows' figures.
 */
export const DIRECT_FETCHES = {
  cases: /* GraphQL */ `
    query ($after: String) {
      cases(first: 20, after: $after) {
        nodes {
          id
          number
          status
          matter {
            id
          }
          firstOwner {
            id
          }
          window {
            id
          }
        }
        endCursor
      }
    }
  `,
  matters: /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Matter {
          id
          name
          committedLimitDays
        }
      }
    }
  `,
  duty: /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Staff {
          id
          name
        }
        ... on Window {
          id
          number
        }
      }
    }
  `,
  inspections: /* GraphQL */ `
    query ($representations: [_Any!]!, $period: Period!) {
      _entities(representations: $representations) {
        ... on Window {
          inspectionStats(period: $period) {
            inspections
            averageScore
          }
        }
      }
    }
  `,
};

/** Entity batches of a given size, one per subgraph, for counting SQL statements per operation. */
export const ENTITY_BATCHES = {
  cases: {
    typename: 'Case',
    query: /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Case {
            id
            number
            status
            warning
            visits
            events {
              to
              at
            }
            evaluation {
              level
            }
          }
        }
      }
    `,
  },
  catalog: {
    typename: 'Matter',
    query: /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Matter {
            id
            name
            department {
              id
              name
            }
            materials {
              name
            }
          }
        }
      }
    `,
  },
  duty: {
    typename: 'Staff',
    query: /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Staff {
            id
            name
            department {
              id
            }
          }
        }
      }
    `,
  },
  inspections: {
    typename: 'Inspection',
    query: /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Inspection {
            id
            score
            status
            findings {
              id
            }
            items {
              outcome
            }
            supervisor {
              id
              name
            }
            rectification {
              id
              status
            }
          }
        }
      }
    `,
  },
} as const;
