/** What a finding and a piece of evidence show wherever the office or a department sees them. */
import { graphql } from './gql';
import type { SupervisionEvidenceFragment, SupervisionFindingFragment } from './gql/graphql';

export const SupervisionEvidence = graphql(`
  fragment SupervisionEvidence on Evidence {
    id
    kind
    mimeType
    fileName
    size
    contentBase64
  }
`);

export const SupervisionFinding = graphql(`
  fragment SupervisionFinding on Finding {
    id
    description
    comment
    serious
    counts
    appealableUntil
    canAppeal
    appeal {
      id
      status
      reason
      decisionNote
    }
  }
`);

export type EvidenceFile = SupervisionEvidenceFragment;
export type Finding = SupervisionFindingFragment;
