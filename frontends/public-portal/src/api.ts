/** The public page's gateway operations and the shapes they return: nothing personal is asked for or shown. */

export type CaseStatus =
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'RESUBMITTED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'REFERRED'
  | 'UNDER_REVIEW'
  | 'SUSPENDED'
  | 'APPROVED'
  | 'DENIED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'WITHDRAWN';

export interface CaseProgress {
  number: string;
  status: CaseStatus;
  submittedAt: string;
  dueAt: string | null;
  matter: { id: string; name: string; department: { id: string; name: string } | null } | null;
  steps: Array<{ at: string; status: CaseStatus }>;
}

export const PROGRESS_QUERY = /* GraphQL */ `
  query PublicCaseProgress($number: String!, $phoneTail: String!) {
    caseProgress(number: $number, phoneTail: $phoneTail) {
      number
      status
      submittedAt
      dueAt
      matter {
        id
        name
        department {
          id
          name
        }
      }
      steps {
        at
        status
      }
    }
  }
`;

/** 好差评 channels (GB/T 39734-2020); the public page offers PC and MOBILE, the desk's tablet and a link fix theirs. */
export type EvaluationChannel = 'WINDOW_TABLET' | 'PC' | 'MOBILE' | 'QR_CODE' | 'SMS' | 'HOTLINE';
export const EVALUATION_CHANNELS: readonly EvaluationChannel[] = ['WINDOW_TABLET', 'PC', 'MOBILE', 'QR_CODE', 'SMS', 'HOTLINE'];

/** What the evaluation code (一事一评) of a result notice opens: the case's public facts and whether it is rated. */
export interface EvaluationInvitation {
  number: string;
  matter: { id: string; name: string } | null;
  department: { id: string; name: string } | null;
  completedAt: string | null;
  evaluated: boolean;
}

export const INVITATION_QUERY = /* GraphQL */ `
  query PublicEvaluationInvitation($code: String!) {
    evaluationInvitation(code: $code) {
      number
      matter {
        id
        name
      }
      department {
        id
        name
      }
      completedAt
      evaluated
    }
  }
`;

/** The case is named by its evaluation code alone: no case id, number or phone tail. */
export interface EvaluateCaseInput {
  code: string;
  level: number;
  channel: EvaluationChannel;
  comment: string | null;
  realName: boolean;
}

export const EVALUATE_MUTATION = /* GraphQL */ `
  mutation PublicEvaluateCase($input: EvaluateCaseInput!) {
    evaluateCase(input: $input) {
      id
      level
      evaluatedAt
    }
  }
`;

export type ComplaintChannel = 'WEB' | 'MOBILE';
export type ComplaintSubject = 'DEPARTMENT' | 'WINDOW' | 'STAFF' | 'MATTER';

export interface DirectoryDepartment {
  id: string;
  name: string;
  windows: Array<{ id: string; number: string; name: string }> | null;
  staff: Array<{ id: string; name: string }> | null;
  matters: Array<{ id: string; name: string }>;
}

export const DIRECTORY_QUERY = /* GraphQL */ `
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
`;

export interface FiledComplaint {
  number: string;
  status: string;
  answerDueAt: string;
}

export const COMPLAINT_MUTATION = /* GraphQL */ `
  mutation PublicFileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      number
      status
      answerDueAt
    }
  }
`;
