import { graphql } from '../gql';
import type { DeskComplaintFragment, DeskComplaintsQueryVariables } from '../gql/graphql';

export const DeskComplaint = graphql(`
  fragment DeskComplaint on Complaint {
    id
    number
    channel
    subject
    content
    complainantName
    complainantPhone
    status
    receivedAt
    answerDueAt
    assignedAt
    answeredAt
    answer
    closedAt
    satisfaction
    overdue
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
    staff {
      id
      name
    }
    matter {
      id
      name
    }
  }
`);

export const DeskComplaints = graphql(`
  query DeskComplaints($status: ComplaintStatus, $overdueOnly: Boolean) {
    complaints(status: $status, overdueOnly: $overdueOnly) {
      ...DeskComplaint
    }
  }
`);

export const DeskComplaintStats = graphql(`
  query DeskComplaintStats($period: Period!) {
    complaintStats(period: $period) {
      received
      answered
      answeredOnTime
      onTimeRate
      overdueOpen
      closed
      satisfied
      satisfactionRate
    }
  }
`);

/** What the intake form picks from: departments with their staff and matters, and the windows. */
export const DeskComplaintSubjects = graphql(`
  query DeskComplaintSubjects {
    departments {
      id
      name
      staff {
        id
        name
      }
      matters(first: 200) {
        id
        name
      }
    }
    windows {
      id
      number
      name
      active
    }
  }
`);

export const DeskFileComplaint = graphql(`
  mutation DeskFileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      id
      number
    }
  }
`);

export const DeskAssignComplaint = graphql(`
  mutation DeskAssignComplaint($id: ID!, $departmentId: ID!) {
    assignComplaint(id: $id, departmentId: $departmentId) {
      ...DeskComplaint
    }
  }
`);

export const DeskAnswerComplaint = graphql(`
  mutation DeskAnswerComplaint($id: ID!, $answer: String!) {
    answerComplaint(id: $id, answer: $answer) {
      ...DeskComplaint
    }
  }
`);

export const DeskCloseComplaint = graphql(`
  mutation DeskCloseComplaint($id: ID!, $satisfaction: ComplaintSatisfaction!) {
    closeComplaint(id: $id, satisfaction: $satisfaction) {
      ...DeskComplaint
    }
  }
`);

export type Complaint = DeskComplaintFragment;
export type ComplaintFilter = DeskComplaintsQueryVariables;
