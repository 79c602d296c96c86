import { graphql } from '../gql';

/** Everything the editor shows and writes back of a matter version. */
export const DetailFields = graphql(`
  fragment MatterAdminDetail on Matter {
    id
    code
    name
    version
    status
    kind
    category
    legalLimitDays
    committedLimitDays
    feeYuan
    feeBasis
    channels
    keywords
    conditions
    legalBasis
    onSiteInspection
    refusalGrounds
    appealRoute
    department {
      id
      name
    }
    jointDepartments {
      id
      name
    }
    materials {
      name
      form
      copies
      required
      condition
      source
      notes
      sampleTemplate
    }
    processSteps {
      name
      post
      days
    }
  }
`);

export const MatterQuery = graphql(`
  query MatterAdminMatter($id: ID!) {
    matter(id: $id) {
      ...MatterAdminDetail
    }
  }
`);

export const CreateMutation = graphql(`
  mutation MatterAdminCreate($input: MatterInput!) {
    createMatter(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdateMutation = graphql(`
  mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {
    updateMatter(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);
