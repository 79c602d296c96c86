/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DeskCaseRow on Case {\n    id\n    number\n    status\n    applicantName\n    submittedAt\n    acceptedAt\n    dueAt\n    pausedSince\n    warning\n    clock {\n      state\n      timeLeft {\n        kind\n        days\n        hours\n      }\n    }\n    instant\n    version\n    matter {\n      id\n      name\n    }\n    matterSnapshot {\n      name\n    }\n  }\n": typeof types.DeskCaseRowFragmentDoc,
    "\n  fragment DeskCaseDetail on Case {\n    ...DeskCaseRow\n    applicantIdNumber\n    applicantPhone\n    completedAt\n    decidedAt\n    deliveredAt\n    evaluationCode\n    evaluationUrl\n    preWarningAt\n    supervisionDueAt\n    pausedWorkingDays\n    visits\n    repeatNotices\n    department {\n      id\n      name\n      shortName\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    window {\n      id\n      number\n    }\n    matterSnapshot {\n      name\n      code\n      version\n      kind\n      committedLimitDays\n      materials\n    }\n    events {\n      at\n      from\n      to\n      actorId\n      actorRole\n      reason\n      data\n    }\n    visitLog {\n      at\n      purpose\n    }\n    supplementNotices {\n      at\n      receivedMaterials\n      missingMaterials\n      note\n      repeat\n    }\n    availableActions\n    escalations {\n      ...DeskEscalation\n    }\n  }\n": typeof types.DeskCaseDetailFragmentDoc,
    "\n  query CaseDeskCase($id: ID!) {\n    case(id: $id) {\n      ...DeskCaseDetail\n      registration {\n        ...DeskRegistration\n      }\n    }\n  }\n": typeof types.CaseDeskCaseDocument,
    "\n  query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...DeskCaseRow\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.CaseDeskCasesDocument,
    "\n  query CaseDeskWarnings {\n    warningCases {\n      ...DeskCaseRow\n    }\n  }\n": typeof types.CaseDeskWarningsDocument,
    "\n  query CaseDeskDepartments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.CaseDeskDepartmentsDocument,
    "\n  mutation CaseDeskRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskRecordVisitDocument,
    "\n  fragment DeskReferral on Case {\n    id\n    number\n    submittedAt\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    events {\n      at\n      to\n      reason\n    }\n  }\n": typeof types.DeskReferralFragmentDoc,
    "\n  query CaseDeskReferralInbox {\n    referralInbox {\n      ...DeskReferral\n    }\n  }\n": typeof types.CaseDeskReferralInboxDocument,
    "\n  query CaseDeskMatters($filter: MatterFilter) {\n    matters(filter: $filter, first: 50) {\n      id\n      name\n      code\n      kind\n      committedLimitDays\n      materials {\n        name\n        required\n        condition\n      }\n    }\n  }\n": typeof types.CaseDeskMattersDocument,
    "\n  mutation CaseDeskRegister($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskRegisterDocument,
    "\n  query CaseDeskOnDuty($at: DateTime!) {\n    onDuty(at: $at) {\n      window {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.CaseDeskOnDutyDocument,
    "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeskEscalationFragmentDoc,
    "\n  query CaseDeskEscalations {\n    escalations(openOnly: true) {\n      ...DeskEscalation\n    }\n  }\n": typeof types.CaseDeskEscalationsDocument,
    "\n  mutation CaseDeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n": typeof types.CaseDeskRespondEscalationDocument,
    "\n  fragment DeskRegistration on PropertyRegistration {\n    stage\n    nextStage\n    nextStageNeedsCertificate\n    unitNumber\n    certificateNumber\n    updatedAt\n    steps {\n      stage\n      at\n      by\n      byRole\n    }\n  }\n": typeof types.DeskRegistrationFragmentDoc,
    "\n  mutation CaseDeskRecordRegistrationStage($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {\n    recordRegistrationStage(caseId: $caseId, stage: $stage, certificateNumber: $certificateNumber) {\n      ...DeskRegistration\n    }\n  }\n": typeof types.CaseDeskRecordRegistrationStageDocument,
    "\n  fragment DeskStaffName on Staff {\n    id\n    name\n  }\n": typeof types.DeskStaffNameFragmentDoc,
    "\n  mutation CaseDeskSupplement($id: ID!, $expectedVersion: Int!, $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, receivedMaterials: $receivedMaterials, missingMaterials: $missingMaterials, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskSupplementDocument,
    "\n  mutation CaseDeskResubmit($id: ID!, $expectedVersion: Int!, $atWindow: Boolean!, $note: String) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion, atWindow: $atWindow, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskResubmitDocument,
    "\n  mutation CaseDeskAccept($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskAcceptDocument,
    "\n  mutation CaseDeskReject($id: ID!, $expectedVersion: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {\n    rejectCase(id: $id, expectedVersion: $expectedVersion, reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskRejectDocument,
    "\n  mutation CaseDeskRefer($id: ID!, $expectedVersion: Int!, $toDepartmentId: ID!, $reason: String!) {\n    referCase(id: $id, expectedVersion: $expectedVersion, toDepartmentId: $toDepartmentId, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskReferDocument,
    "\n  mutation CaseDeskStartReview($id: ID!, $expectedVersion: Int!, $note: String) {\n    startReview(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskStartReviewDocument,
    "\n  mutation CaseDeskSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskSuspendDocument,
    "\n  mutation CaseDeskResume($id: ID!, $expectedVersion: Int!, $note: String) {\n    resumeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskResumeDocument,
    "\n  mutation CaseDeskDecide($id: ID!, $expectedVersion: Int!, $approved: Boolean!, $reason: String) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, approved: $approved, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskDecideDocument,
    "\n  mutation CaseDeskComplete($id: ID!, $expectedVersion: Int!, $note: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskCompleteDocument,
    "\n  mutation CaseDeskDeliver($id: ID!, $expectedVersion: Int!, $method: DeliveryMethod!, $carrier: String, $trackingNumber: String) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion, method: $method, carrier: $carrier, trackingNumber: $trackingNumber) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskDeliverDocument,
    "\n  mutation CaseDeskWithdraw($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    withdrawCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": typeof types.CaseDeskWithdrawDocument,
};
const documents: Documents = {
    "\n  fragment DeskCaseRow on Case {\n    id\n    number\n    status\n    applicantName\n    submittedAt\n    acceptedAt\n    dueAt\n    pausedSince\n    warning\n    clock {\n      state\n      timeLeft {\n        kind\n        days\n        hours\n      }\n    }\n    instant\n    version\n    matter {\n      id\n      name\n    }\n    matterSnapshot {\n      name\n    }\n  }\n": types.DeskCaseRowFragmentDoc,
    "\n  fragment DeskCaseDetail on Case {\n    ...DeskCaseRow\n    applicantIdNumber\n    applicantPhone\n    completedAt\n    decidedAt\n    deliveredAt\n    evaluationCode\n    evaluationUrl\n    preWarningAt\n    supervisionDueAt\n    pausedWorkingDays\n    visits\n    repeatNotices\n    department {\n      id\n      name\n      shortName\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    window {\n      id\n      number\n    }\n    matterSnapshot {\n      name\n      code\n      version\n      kind\n      committedLimitDays\n      materials\n    }\n    events {\n      at\n      from\n      to\n      actorId\n      actorRole\n      reason\n      data\n    }\n    visitLog {\n      at\n      purpose\n    }\n    supplementNotices {\n      at\n      receivedMaterials\n      missingMaterials\n      note\n      repeat\n    }\n    availableActions\n    escalations {\n      ...DeskEscalation\n    }\n  }\n": types.DeskCaseDetailFragmentDoc,
    "\n  query CaseDeskCase($id: ID!) {\n    case(id: $id) {\n      ...DeskCaseDetail\n      registration {\n        ...DeskRegistration\n      }\n    }\n  }\n": types.CaseDeskCaseDocument,
    "\n  query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...DeskCaseRow\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.CaseDeskCasesDocument,
    "\n  query CaseDeskWarnings {\n    warningCases {\n      ...DeskCaseRow\n    }\n  }\n": types.CaseDeskWarningsDocument,
    "\n  query CaseDeskDepartments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": types.CaseDeskDepartmentsDocument,
    "\n  mutation CaseDeskRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskRecordVisitDocument,
    "\n  fragment DeskReferral on Case {\n    id\n    number\n    submittedAt\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    events {\n      at\n      to\n      reason\n    }\n  }\n": types.DeskReferralFragmentDoc,
    "\n  query CaseDeskReferralInbox {\n    referralInbox {\n      ...DeskReferral\n    }\n  }\n": types.CaseDeskReferralInboxDocument,
    "\n  query CaseDeskMatters($filter: MatterFilter) {\n    matters(filter: $filter, first: 50) {\n      id\n      name\n      code\n      kind\n      committedLimitDays\n      materials {\n        name\n        required\n        condition\n      }\n    }\n  }\n": types.CaseDeskMattersDocument,
    "\n  mutation CaseDeskRegister($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskRegisterDocument,
    "\n  query CaseDeskOnDuty($at: DateTime!) {\n    onDuty(at: $at) {\n      window {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.CaseDeskOnDutyDocument,
    "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n  }\n": types.DeskEscalationFragmentDoc,
    "\n  query CaseDeskEscalations {\n    escalations(openOnly: true) {\n      ...DeskEscalation\n    }\n  }\n": types.CaseDeskEscalationsDocument,
    "\n  mutation CaseDeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n": types.CaseDeskRespondEscalationDocument,
    "\n  fragment DeskRegistration on PropertyRegistration {\n    stage\n    nextStage\n    nextStageNeedsCertificate\n    unitNumber\n    certificateNumber\n    updatedAt\n    steps {\n      stage\n      at\n      by\n      byRole\n    }\n  }\n": types.DeskRegistrationFragmentDoc,
    "\n  mutation CaseDeskRecordRegistrationStage($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {\n    recordRegistrationStage(caseId: $caseId, stage: $stage, certificateNumber: $certificateNumber) {\n      ...DeskRegistration\n    }\n  }\n": types.CaseDeskRecordRegistrationStageDocument,
    "\n  fragment DeskStaffName on Staff {\n    id\n    name\n  }\n": types.DeskStaffNameFragmentDoc,
    "\n  mutation CaseDeskSupplement($id: ID!, $expectedVersion: Int!, $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, receivedMaterials: $receivedMaterials, missingMaterials: $missingMaterials, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskSupplementDocument,
    "\n  mutation CaseDeskResubmit($id: ID!, $expectedVersion: Int!, $atWindow: Boolean!, $note: String) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion, atWindow: $atWindow, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskResubmitDocument,
    "\n  mutation CaseDeskAccept($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskAcceptDocument,
    "\n  mutation CaseDeskReject($id: ID!, $expectedVersion: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {\n    rejectCase(id: $id, expectedVersion: $expectedVersion, reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskRejectDocument,
    "\n  mutation CaseDeskRefer($id: ID!, $expectedVersion: Int!, $toDepartmentId: ID!, $reason: String!) {\n    referCase(id: $id, expectedVersion: $expectedVersion, toDepartmentId: $toDepartmentId, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskReferDocument,
    "\n  mutation CaseDeskStartReview($id: ID!, $expectedVersion: Int!, $note: String) {\n    startReview(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskStartReviewDocument,
    "\n  mutation CaseDeskSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskSuspendDocument,
    "\n  mutation CaseDeskResume($id: ID!, $expectedVersion: Int!, $note: String) {\n    resumeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskResumeDocument,
    "\n  mutation CaseDeskDecide($id: ID!, $expectedVersion: Int!, $approved: Boolean!, $reason: String) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, approved: $approved, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskDecideDocument,
    "\n  mutation CaseDeskComplete($id: ID!, $expectedVersion: Int!, $note: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskCompleteDocument,
    "\n  mutation CaseDeskDeliver($id: ID!, $expectedVersion: Int!, $method: DeliveryMethod!, $carrier: String, $trackingNumber: String) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion, method: $method, carrier: $carrier, trackingNumber: $trackingNumber) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskDeliverDocument,
    "\n  mutation CaseDeskWithdraw($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    withdrawCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n": types.CaseDeskWithdrawDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCaseRow on Case {\n    id\n    number\n    status\n    applicantName\n    submittedAt\n    acceptedAt\n    dueAt\n    pausedSince\n    warning\n    clock {\n      state\n      timeLeft {\n        kind\n        days\n        hours\n      }\n    }\n    instant\n    version\n    matter {\n      id\n      name\n    }\n    matterSnapshot {\n      name\n    }\n  }\n"): typeof import('./graphql').DeskCaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCaseDetail on Case {\n    ...DeskCaseRow\n    applicantIdNumber\n    applicantPhone\n    completedAt\n    decidedAt\n    deliveredAt\n    evaluationCode\n    evaluationUrl\n    preWarningAt\n    supervisionDueAt\n    pausedWorkingDays\n    visits\n    repeatNotices\n    department {\n      id\n      name\n      shortName\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    window {\n      id\n      number\n    }\n    matterSnapshot {\n      name\n      code\n      version\n      kind\n      committedLimitDays\n      materials\n    }\n    events {\n      at\n      from\n      to\n      actorId\n      actorRole\n      reason\n      data\n    }\n    visitLog {\n      at\n      purpose\n    }\n    supplementNotices {\n      at\n      receivedMaterials\n      missingMaterials\n      note\n      repeat\n    }\n    availableActions\n    escalations {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').DeskCaseDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskCase($id: ID!) {\n    case(id: $id) {\n      ...DeskCaseDetail\n      registration {\n        ...DeskRegistration\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDeskCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...DeskCaseRow\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').CaseDeskCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskWarnings {\n    warningCases {\n      ...DeskCaseRow\n    }\n  }\n"): typeof import('./graphql').CaseDeskWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskDepartments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n"): typeof import('./graphql').CaseDeskDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskRecordVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskReferral on Case {\n    id\n    number\n    submittedAt\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    referredTo {\n      id\n      name\n    }\n    firstOwner {\n      id\n      name\n    }\n    events {\n      at\n      to\n      reason\n    }\n  }\n"): typeof import('./graphql').DeskReferralFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskReferralInbox {\n    referralInbox {\n      ...DeskReferral\n    }\n  }\n"): typeof import('./graphql').CaseDeskReferralInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskMatters($filter: MatterFilter) {\n    matters(filter: $filter, first: 50) {\n      id\n      name\n      code\n      kind\n      committedLimitDays\n      materials {\n        name\n        required\n        condition\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDeskMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskRegister($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskOnDuty($at: DateTime!) {\n    onDuty(at: $at) {\n      window {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDeskOnDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DeskEscalationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskEscalations {\n    escalations(openOnly: true) {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').CaseDeskEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').CaseDeskRespondEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskRegistration on PropertyRegistration {\n    stage\n    nextStage\n    nextStageNeedsCertificate\n    unitNumber\n    certificateNumber\n    updatedAt\n    steps {\n      stage\n      at\n      by\n      byRole\n    }\n  }\n"): typeof import('./graphql').DeskRegistrationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskRecordRegistrationStage($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {\n    recordRegistrationStage(caseId: $caseId, stage: $stage, certificateNumber: $certificateNumber) {\n      ...DeskRegistration\n    }\n  }\n"): typeof import('./graphql').CaseDeskRecordRegistrationStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskStaffName on Staff {\n    id\n    name\n  }\n"): typeof import('./graphql').DeskStaffNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskSupplement($id: ID!, $expectedVersion: Int!, $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, receivedMaterials: $receivedMaterials, missingMaterials: $missingMaterials, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskSupplementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskResubmit($id: ID!, $expectedVersion: Int!, $atWindow: Boolean!, $note: String) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion, atWindow: $atWindow, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskResubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskAccept($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskReject($id: ID!, $expectedVersion: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {\n    rejectCase(id: $id, expectedVersion: $expectedVersion, reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskRefer($id: ID!, $expectedVersion: Int!, $toDepartmentId: ID!, $reason: String!) {\n    referCase(id: $id, expectedVersion: $expectedVersion, toDepartmentId: $toDepartmentId, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskReferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskStartReview($id: ID!, $expectedVersion: Int!, $note: String) {\n    startReview(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskResume($id: ID!, $expectedVersion: Int!, $note: String) {\n    resumeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskDecide($id: ID!, $expectedVersion: Int!, $approved: Boolean!, $reason: String) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, approved: $approved, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskComplete($id: ID!, $expectedVersion: Int!, $note: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskDeliver($id: ID!, $expectedVersion: Int!, $method: DeliveryMethod!, $carrier: String, $trackingNumber: String) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion, method: $method, carrier: $carrier, trackingNumber: $trackingNumber) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskDeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseDeskWithdraw($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    withdrawCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...DeskCaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDeskWithdrawDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
