import { graphql } from './gql';
import type { DeskRegistrationFragment } from './gql/graphql';

/**
 * A case's property registration (不动产登记) as the 不动产登记中心's own subgraph (registry) keeps it; asked in the case
 * detail (case.graphql.ts). Null for every case the registry has no record of (every other department's).
 */
export const RegistrationFields = graphql(`
  fragment DeskRegistration on PropertyRegistration {
    stage
    nextStage
    nextStageNeedsCertificate
    unitNumber
    certificateNumber
    updatedAt
    steps {
      stage
      at
      by
      byRole
    }
  }
`);

/** Records the next stage; the registry refuses a skipped or backward move (CONFLICT) and bad numbers (BAD_USER_INPUT). */
export const RecordRegistrationStageMutation = graphql(`
  mutation CaseDeskRecordRegistrationStage($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {
    recordRegistrationStage(caseId: $caseId, stage: $stage, certificateNumber: $certificateNumber) {
      ...DeskRegistration
    }
  }
`);

export type DeskRegistration = DeskRegistrationFragment;
