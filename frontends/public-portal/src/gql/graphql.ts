/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * 差评 content tags, modelled on GB/T 39734's bad-review content: chosen by the reviewer (level 1–2 only) or at
 * verification (START).
 */
export type BadReviewTag =
  /** 服务态度 */
  | 'ATTITUDE'
  /** 增设办理条件 */
  | 'EXTRA_CONDITIONS'
  /** 要求额外材料 */
  | 'EXTRA_MATERIALS'
  /** 未一次性告知 */
  | 'NOT_TOLD_AT_ONCE'
  | 'OTHER'
  /** 超时办理 */
  | 'OVER_TIME_LIMIT'
  /** 多次跑动 */
  | 'REPEATED_TRIPS'
  /** 系统故障 */
  | 'SYSTEM_FAILURE';

export type CaseStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'DENIED'
  | 'NOT_ACCEPTED'
  | 'REFERRED'
  | 'RESUBMITTED'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'SUSPENDED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type ComplaintChannel =
  | 'BOX'
  | 'HOTLINE'
  | 'LETTER'
  | 'MOBILE'
  | 'WEB'
  | 'WINDOW';

/** received → assigned → answered → closed. */
export type ComplaintStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECEIVED';

export type ComplaintSubject =
  | 'DEPARTMENT'
  | 'MATTER'
  | 'STAFF'
  | 'WINDOW';

/**
 * 一事一评: the case's evaluation code (from the result notice, its QR code or the SMS link; hyphens, spaces and case do
 * not matter). The window tablet sends it without a staff token: the desk's own staff cannot evaluate their department.
 */
export type EvaluateCaseInput = {
  channel: EvaluationChannel;
  code: string;
  comment?: string | null | undefined;
  level: number;
  /** False for an anonymous evaluation; true by default. */
  realName?: boolean | null | undefined;
  /** 差评 tags: only with level 1–2 (else BAD_USER_INPUT on field tags). */
  tags?: Array<BadReviewTag> | null | undefined;
};

/** 好差评 channels (GB/T 39734-2020). */
export type EvaluationChannel =
  | 'HOTLINE'
  | 'MOBILE'
  | 'PC'
  | 'QR_CODE'
  | 'SMS'
  | 'WINDOW_TABLET';

export type FileComplaintInput = {
  channel: ComplaintChannel;
  complainantName?: string | null | undefined;
  complainantPhone?: string | null | undefined;
  content: string;
  /** Required for a DEPARTMENT complaint; the others name their window, staff or matter. */
  departmentId?: string | null | undefined;
  matterId?: string | null | undefined;
  staffId?: string | null | undefined;
  subject: ComplaintSubject;
  windowId?: string | null | undefined;
};

export type StaffPost =
  | 'ACCEPTANCE'
  | 'APPROVAL'
  /** 首席代表 */
  | 'CHIEF_REPRESENTATIVE'
  | 'CONSULTATION';

export type PublicComplaintDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicComplaintDirectoryQuery = { departments: Array<{ id: string, name: string, windows: Array<{ id: string, number: string, name: string }> | null, staff: Array<{ id: string, name: string }> | null, matters: Array<{ id: string, name: string }> }> | null };

export type PublicFileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type PublicFileComplaintMutation = { fileComplaint: { number: string, status: ComplaintStatus, answerDueAt: string } };

export type PublicEvaluationInvitationQueryVariables = Exact<{
  code: string;
}>;


export type PublicEvaluationInvitationQuery = { evaluationInvitation: { number: string, completedAt: string | null, evaluated: boolean, matter: { id: string, name: string } | null, department: { id: string, name: string } | null } | null };

export type PublicEvaluateCaseMutationVariables = Exact<{
  input: EvaluateCaseInput;
}>;


export type PublicEvaluateCaseMutation = { evaluateCase: { id: string, level: number, evaluatedAt: string } };

export type PublicCaseProgressQueryVariables = Exact<{
  number: string;
  phoneTail: string;
}>;


export type PublicCaseProgressQuery = { caseProgress: { number: string, status: CaseStatus, submittedAt: string, dueAt: string | null, matter: { id: string, name: string, department: { id: string, name: string } } | null, steps: Array<{ at: string, status: CaseStatus }>, firstOwner: { id: string, name: string, post: StaffPost } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PublicComplaintDirectoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PublicComplaintDirectoryQuery, PublicComplaintDirectoryQueryVariables>;
export const PublicFileComplaintDocument = new TypedDocumentString(`
    mutation PublicFileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    number
    status
    answerDueAt
  }
}
    `) as unknown as TypedDocumentString<PublicFileComplaintMutation, PublicFileComplaintMutationVariables>;
export const PublicEvaluationInvitationDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PublicEvaluationInvitationQuery, PublicEvaluationInvitationQueryVariables>;
export const PublicEvaluateCaseDocument = new TypedDocumentString(`
    mutation PublicEvaluateCase($input: EvaluateCaseInput!) {
  evaluateCase(input: $input) {
    id
    level
    evaluatedAt
  }
}
    `) as unknown as TypedDocumentString<PublicEvaluateCaseMutation, PublicEvaluateCaseMutationVariables>;
export const PublicCaseProgressDocument = new TypedDocumentString(`
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
    firstOwner {
      id
      name
      post
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCaseProgressQuery, PublicCaseProgressQueryVariables>;