import { graphql } from './gql';

export const DepartmentsQuery = graphql(`
  query MatterAdminDepartments {
    departments {
      id
      name
    }
  }
`);

/** A row of the matter list: one version of a matter. */
export const RowFields = graphql(`
  fragment MatterAdminRow on Matter {
    id
    code
    name
    version
    status
    kind
    category
    legalLimitDays
    committedLimitDays
    updatedAt
    publishedAt
    department {
      id
      name
    }
  }
`);

/** One request for the three statuses: the catalog filters one status at a time. */
export const MattersQuery = graphql(`
  query MatterAdminMatters($departmentId: ID, $first: Int) {
    drafts: matters(filter: { departmentId: $departmentId, status: DRAFT }, first: $first) {
      ...MatterAdminRow
    }
    published: matters(filter: { departmentId: $departmentId, status: PUBLISHED }, first: $first) {
      ...MatterAdminRow
    }
    withdrawn: matters(filter: { departmentId: $departmentId, status: WITHDRAWN }, first: $first) {
      ...MatterAdminRow
    }
  }
`);
export const MATTERS_LIMIT = 200;

export const PublishMutation = graphql(`
  mutation MatterAdminPublish($id: ID!) {
    publishMatter(id: $id) {
      id
      version
      status
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation MatterAdminWithdraw($id: ID!) {
    withdrawMatter(id: $id) {
      id
      version
      status
    }
  }
`);
