import { graphql } from '../gql';

export const ComplaintDirectoryQuery = graphql(`
  query PublicComplaintDirectory {
    departments {
      id
      name
      windows {
        id
        number
        name
      }
      staff {
        id
        name
      }
      matters {
        id
        name
      }
    }
  }
`);

export const FileComplaintMutation = graphql(`
  mutation PublicFileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      number
      status
      answerDueAt
    }
  }
`);
