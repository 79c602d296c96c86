import { graphql } from '../gql';

/** Everything the guide shows of one matter, in the drawer and on paper. */
export const MatterQuery = graphql(`
  query ServiceGuideMatter($id: ID!) {
    matter(id: $id) {
      id
      code
      name
      version
      kind
      category
      legalLimitDays
      committedLimitDays
      compressionRate
      feeYuan
      feeBasis
      channels
      keywords
      conditions
      legalBasis
      isFree
      onSiteInspection
      appealRoute
      refusalGrounds
      publishedAt
      jointDepartments {
        id
        name
      }
      processSteps {
        name
        post
        days
      }
      department {
        id
        name
        hallZone
        contactPhone
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
    }
  }
`);
