import { graphql } from './gql';
import type { DeskCaseDetailFragment, DeskCaseRowFragment } from './gql/graphql';

/** A case as the desk's lists show it. */
export const CaseRowFields = graphql(`
  fragment DeskCaseRow on Case {
    id
    number
    status
    applicantName
    submittedAt
    acceptedAt
    dueAt
    pausedSince
    warning
    clock {
      state
      timeLeft {
        kind
        days
        hours
      }
    }
    instant
    version
    matter {
      id
      name
    }
    matterSnapshot {
      name
    }
  }
`);

/**
 * A case as the drawer, the steps and the prints use it. 一事一评: the evaluation code (16 Crockford base32 characters)
 * and the public link carrying it are seen only by the handling department and the manager, once the case is finished.
 */
export const CaseDetailFields = graphql(`
  fragment DeskCaseDetail on Case {
    ...DeskCaseRow
    applicantIdNumber
    applicantPhone
    completedAt
    decidedAt
    deliveredAt
    evaluationCode
    evaluationUrl
    preWarningAt
    supervisionDueAt
    pausedWorkingDays
    visits
    repeatNotices
    department {
      id
      name
      shortName
    }
    referredTo {
      id
      name
    }
    firstOwner {
      id
      name
    }
    window {
      id
      number
    }
    matterSnapshot {
      name
      code
      version
      kind
      committedLimitDays
      materials
    }
    events {
      at
      from
      to
      actorId
      actorRole
      reason
      data
    }
    visitLog {
      at
      purpose
    }
    supplementNotices {
      at
      receivedMaterials
      missingMaterials
      note
      repeat
    }
    availableActions
    escalations {
      ...DeskEscalation
    }
  }
`);

/**
 * The case detail the drawer opens, with the case's property registration from the registry subgraph (null for the
 * cases it has none of). Asked with a partial answer: a registry that cannot answer blanks the registration only.
 */
export const CaseQuery = graphql(`
  query CaseDeskCase($id: ID!) {
    case(id: $id) {
      ...DeskCaseDetail
      registration {
        ...DeskRegistration
      }
    }
  }
`);

export type CaseRow = DeskCaseRowFragment;
/** The time left to the committed deadline as the cases subgraph counts it at the request's instant; null for none. */
export type CaseTimeLeft = DeskCaseRowFragment['clock']['timeLeft'];
export type CaseDetail = DeskCaseDetailFragment;
