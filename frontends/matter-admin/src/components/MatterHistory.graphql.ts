import { graphql } from '../gql';

export const HistoryQuery = graphql(`
  query MatterAdminHistory($id: ID!) {
    matter(id: $id) {
      id
      code
      name
      versions {
        id
        version
        status
        basedOnVersion
        createdAt
        publishedAt
        withdrawnAt
      }
      changes(allVersions: true) {
        id
        at
        action
        actorName
        actorRole
        version
        fields {
          field
          from
          to
        }
      }
    }
  }
`);
