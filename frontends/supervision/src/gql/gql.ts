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
    "\n  query SupervisionAppeals {\n    inspections(status: SUBMITTED) {\n      id\n      submittedAt\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      findings {\n        id\n      }\n    }\n    appeals {\n      id\n      reason\n      status\n      decisionNote\n      filedAt\n      decidedAt\n      finding {\n        id\n        description\n        comment\n        serious\n      }\n    }\n  }\n": typeof types.SupervisionAppealsDocument,
    "\n  mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {\n    decideAppeal(id: $id, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.SupervisionDecideAppealDocument,
    "\n  fragment SupervisionPlan on InspectionPlan {\n    id\n    name\n    from\n    to\n    seed\n    reproducible\n    createdAt\n    template {\n      name\n      version\n    }\n    inspections {\n      id\n      status\n      plannedFor\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupervisionPlanFragmentDoc,
    "\n  query SupervisionPlans {\n    inspectionPlans {\n      ...SupervisionPlan\n    }\n  }\n": typeof types.SupervisionPlansDocument,
    "\n  query SupervisionWindows {\n    windows {\n      id\n      number\n      name\n      hallZone\n      active\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupervisionWindowsDocument,
    "\n  mutation SupervisionCreatePlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...SupervisionPlan\n    }\n  }\n": typeof types.SupervisionCreatePlanDocument,
    "\n  fragment SupervisionRectification on Rectification {\n    id\n    status\n    belowThreshold\n    dueOn\n    overdue\n    response\n    respondedAt\n    openedAt\n    closedAt\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    seriousFindings {\n      ...SupervisionFinding\n    }\n    evidence {\n      ...SupervisionEvidence\n    }\n    events {\n      from\n      to\n      actorRole\n      note\n      dueOn\n      at\n    }\n    inspection {\n      id\n      visitedAt\n      submittedAt\n      score\n      findings {\n        ...SupervisionFinding\n      }\n    }\n  }\n": typeof types.SupervisionRectificationFragmentDoc,
    "\n  query SupervisionRectifications {\n    rectifications {\n      ...SupervisionRectification\n    }\n  }\n": typeof types.SupervisionRectificationsDocument,
    "\n  mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {\n    respondToRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SupervisionRespondDocument,
    "\n  mutation SupervisionVerify($id: ID!, $note: String) {\n    verifyRectification(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.SupervisionVerifyDocument,
    "\n  mutation SupervisionReopen($id: ID!, $reason: String!) {\n    reopenRectification(id: $id, reason: $reason) {\n      id\n      status\n      dueOn\n    }\n  }\n": typeof types.SupervisionReopenDocument,
    "\n  mutation SupervisionAppeal($findingId: ID!, $reason: String!) {\n    appealFinding(findingId: $findingId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SupervisionAppealDocument,
    "\n  query SupervisionResults {\n    inspections(status: SUBMITTED) {\n      id\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n      staff {\n        id\n        name\n      }\n      findings {\n        ...SupervisionFinding\n      }\n      evidence {\n        ...SupervisionEvidence\n      }\n      rectification {\n        id\n        status\n        dueOn\n        overdue\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n": typeof types.SupervisionResultsDocument,
    "\n  fragment DeskBadReview on Evaluation {\n    id\n    level\n    channel\n    comment\n    evaluatedAt\n    realName\n    rectificationStatus\n    rectificationDueAt\n    callbackAt\n    callbackNote\n    version\n    tags\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    case {\n      id\n      number\n    }\n    appeal {\n      reason\n      filedAt\n      decidedAt\n      upheld\n      decisionNote\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n      actorRole\n      note\n    }\n  }\n": typeof types.DeskBadReviewFragmentDoc,
    "\n  query DeskBadReviews($status: BadReviewStatus, $overdueOnly: Boolean, $tag: BadReviewTag) {\n    badReviews(status: $status, overdueOnly: $overdueOnly, tag: $tag) {\n      ...DeskBadReview\n    }\n  }\n": typeof types.DeskBadReviewsDocument,
    "\n  query DeskBadReviewStats($period: Period!) {\n    badReviewStats(period: $period) {\n      reviews\n      rectified\n      rectifiedOnTime\n      onTimeRate\n      callbacksDue\n      callbacksDone\n      callbackRate\n      appeals\n      appealsUpheld\n      byTag {\n        tag\n        count\n      }\n    }\n  }\n": typeof types.DeskBadReviewStatsDocument,
    "\n  mutation DeskAdvanceBadReview($id: ID!, $expectedVersion: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {\n    advanceBadReview(id: $id, expectedVersion: $expectedVersion, action: $action, note: $note, tags: $tags) {\n      ...DeskBadReview\n    }\n  }\n": typeof types.DeskAdvanceBadReviewDocument,
    "\n  fragment DeskComplaint on Complaint {\n    id\n    number\n    channel\n    subject\n    content\n    complainantName\n    complainantPhone\n    status\n    receivedAt\n    answerDueAt\n    assignedAt\n    answeredAt\n    answer\n    closedAt\n    satisfaction\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    matter {\n      id\n      name\n    }\n  }\n": typeof types.DeskComplaintFragmentDoc,
    "\n  query DeskComplaints($status: ComplaintStatus, $overdueOnly: Boolean) {\n    complaints(status: $status, overdueOnly: $overdueOnly) {\n      ...DeskComplaint\n    }\n  }\n": typeof types.DeskComplaintsDocument,
    "\n  query DeskComplaintStats($period: Period!) {\n    complaintStats(period: $period) {\n      received\n      answered\n      answeredOnTime\n      onTimeRate\n      overdueOpen\n      closed\n      satisfied\n      satisfactionRate\n    }\n  }\n": typeof types.DeskComplaintStatsDocument,
    "\n  query DeskComplaintSubjects {\n    departments {\n      id\n      name\n      staff {\n        id\n        name\n      }\n      matters(first: 200) {\n        id\n        name\n      }\n    }\n    windows {\n      id\n      number\n      name\n      active\n    }\n  }\n": typeof types.DeskComplaintSubjectsDocument,
    "\n  mutation DeskFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.DeskFileComplaintDocument,
    "\n  mutation DeskAssignComplaint($id: ID!, $departmentId: ID!) {\n    assignComplaint(id: $id, departmentId: $departmentId) {\n      ...DeskComplaint\n    }\n  }\n": typeof types.DeskAssignComplaintDocument,
    "\n  mutation DeskAnswerComplaint($id: ID!, $answer: String!) {\n    answerComplaint(id: $id, answer: $answer) {\n      ...DeskComplaint\n    }\n  }\n": typeof types.DeskAnswerComplaintDocument,
    "\n  mutation DeskCloseComplaint($id: ID!, $satisfaction: ComplaintSatisfaction!) {\n    closeComplaint(id: $id, satisfaction: $satisfaction) {\n      ...DeskComplaint\n    }\n  }\n": typeof types.DeskCloseComplaintDocument,
    "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    resolvedAt\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.DeskEscalationFragmentDoc,
    "\n  query DeskEscalations($openOnly: Boolean, $overdueOnly: Boolean) {\n    escalations(openOnly: $openOnly, overdueOnly: $overdueOnly) {\n      ...DeskEscalation\n    }\n  }\n": typeof types.DeskEscalationsDocument,
    "\n  query DeskEscalationStats($period: Period!) {\n    escalationStats(period: $period) {\n      raised\n      automatic\n      responded\n      respondedOnTime\n      climbed\n      open\n    }\n  }\n": typeof types.DeskEscalationStatsDocument,
    "\n  mutation DeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n": typeof types.DeskRespondEscalationDocument,
    "\n  query DeskCardedCases {\n    yellow: cases(first: 100, filter: { warning: YELLOW }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n    red: cases(first: 100, filter: { warning: RED }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n  }\n": typeof types.DeskCardedCasesDocument,
    "\n  fragment DeskCardedCase on Case {\n    id\n    number\n    warning\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.DeskCardedCaseFragmentDoc,
    "\n  mutation DeskEscalateCase($id: ID!, $note: String!) {\n    escalateCase(id: $id, note: $note) {\n      ...DeskEscalation\n    }\n  }\n": typeof types.DeskEscalateCaseDocument,
    "\n  fragment SupervisionEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n": typeof types.SupervisionEvidenceFragmentDoc,
    "\n  fragment SupervisionFinding on Finding {\n    id\n    description\n    comment\n    serious\n    counts\n    appealableUntil\n    canAppeal\n    appeal {\n      id\n      status\n      reason\n      decisionNote\n    }\n  }\n": typeof types.SupervisionFindingFragmentDoc,
};
const documents: Documents = {
    "\n  query SupervisionAppeals {\n    inspections(status: SUBMITTED) {\n      id\n      submittedAt\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      findings {\n        id\n      }\n    }\n    appeals {\n      id\n      reason\n      status\n      decisionNote\n      filedAt\n      decidedAt\n      finding {\n        id\n        description\n        comment\n        serious\n      }\n    }\n  }\n": types.SupervisionAppealsDocument,
    "\n  mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {\n    decideAppeal(id: $id, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n": types.SupervisionDecideAppealDocument,
    "\n  fragment SupervisionPlan on InspectionPlan {\n    id\n    name\n    from\n    to\n    seed\n    reproducible\n    createdAt\n    template {\n      name\n      version\n    }\n    inspections {\n      id\n      status\n      plannedFor\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n    }\n  }\n": types.SupervisionPlanFragmentDoc,
    "\n  query SupervisionPlans {\n    inspectionPlans {\n      ...SupervisionPlan\n    }\n  }\n": types.SupervisionPlansDocument,
    "\n  query SupervisionWindows {\n    windows {\n      id\n      number\n      name\n      hallZone\n      active\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.SupervisionWindowsDocument,
    "\n  mutation SupervisionCreatePlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...SupervisionPlan\n    }\n  }\n": types.SupervisionCreatePlanDocument,
    "\n  fragment SupervisionRectification on Rectification {\n    id\n    status\n    belowThreshold\n    dueOn\n    overdue\n    response\n    respondedAt\n    openedAt\n    closedAt\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    seriousFindings {\n      ...SupervisionFinding\n    }\n    evidence {\n      ...SupervisionEvidence\n    }\n    events {\n      from\n      to\n      actorRole\n      note\n      dueOn\n      at\n    }\n    inspection {\n      id\n      visitedAt\n      submittedAt\n      score\n      findings {\n        ...SupervisionFinding\n      }\n    }\n  }\n": types.SupervisionRectificationFragmentDoc,
    "\n  query SupervisionRectifications {\n    rectifications {\n      ...SupervisionRectification\n    }\n  }\n": types.SupervisionRectificationsDocument,
    "\n  mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {\n    respondToRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.SupervisionRespondDocument,
    "\n  mutation SupervisionVerify($id: ID!, $note: String) {\n    verifyRectification(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.SupervisionVerifyDocument,
    "\n  mutation SupervisionReopen($id: ID!, $reason: String!) {\n    reopenRectification(id: $id, reason: $reason) {\n      id\n      status\n      dueOn\n    }\n  }\n": types.SupervisionReopenDocument,
    "\n  mutation SupervisionAppeal($findingId: ID!, $reason: String!) {\n    appealFinding(findingId: $findingId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SupervisionAppealDocument,
    "\n  query SupervisionResults {\n    inspections(status: SUBMITTED) {\n      id\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n      staff {\n        id\n        name\n      }\n      findings {\n        ...SupervisionFinding\n      }\n      evidence {\n        ...SupervisionEvidence\n      }\n      rectification {\n        id\n        status\n        dueOn\n        overdue\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n": types.SupervisionResultsDocument,
    "\n  fragment DeskBadReview on Evaluation {\n    id\n    level\n    channel\n    comment\n    evaluatedAt\n    realName\n    rectificationStatus\n    rectificationDueAt\n    callbackAt\n    callbackNote\n    version\n    tags\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    case {\n      id\n      number\n    }\n    appeal {\n      reason\n      filedAt\n      decidedAt\n      upheld\n      decisionNote\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n      actorRole\n      note\n    }\n  }\n": types.DeskBadReviewFragmentDoc,
    "\n  query DeskBadReviews($status: BadReviewStatus, $overdueOnly: Boolean, $tag: BadReviewTag) {\n    badReviews(status: $status, overdueOnly: $overdueOnly, tag: $tag) {\n      ...DeskBadReview\n    }\n  }\n": types.DeskBadReviewsDocument,
    "\n  query DeskBadReviewStats($period: Period!) {\n    badReviewStats(period: $period) {\n      reviews\n      rectified\n      rectifiedOnTime\n      onTimeRate\n      callbacksDue\n      callbacksDone\n      callbackRate\n      appeals\n      appealsUpheld\n      byTag {\n        tag\n        count\n      }\n    }\n  }\n": types.DeskBadReviewStatsDocument,
    "\n  mutation DeskAdvanceBadReview($id: ID!, $expectedVersion: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {\n    advanceBadReview(id: $id, expectedVersion: $expectedVersion, action: $action, note: $note, tags: $tags) {\n      ...DeskBadReview\n    }\n  }\n": types.DeskAdvanceBadReviewDocument,
    "\n  fragment DeskComplaint on Complaint {\n    id\n    number\n    channel\n    subject\n    content\n    complainantName\n    complainantPhone\n    status\n    receivedAt\n    answerDueAt\n    assignedAt\n    answeredAt\n    answer\n    closedAt\n    satisfaction\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    matter {\n      id\n      name\n    }\n  }\n": types.DeskComplaintFragmentDoc,
    "\n  query DeskComplaints($status: ComplaintStatus, $overdueOnly: Boolean) {\n    complaints(status: $status, overdueOnly: $overdueOnly) {\n      ...DeskComplaint\n    }\n  }\n": types.DeskComplaintsDocument,
    "\n  query DeskComplaintStats($period: Period!) {\n    complaintStats(period: $period) {\n      received\n      answered\n      answeredOnTime\n      onTimeRate\n      overdueOpen\n      closed\n      satisfied\n      satisfactionRate\n    }\n  }\n": types.DeskComplaintStatsDocument,
    "\n  query DeskComplaintSubjects {\n    departments {\n      id\n      name\n      staff {\n        id\n        name\n      }\n      matters(first: 200) {\n        id\n        name\n      }\n    }\n    windows {\n      id\n      number\n      name\n      active\n    }\n  }\n": types.DeskComplaintSubjectsDocument,
    "\n  mutation DeskFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      number\n    }\n  }\n": types.DeskFileComplaintDocument,
    "\n  mutation DeskAssignComplaint($id: ID!, $departmentId: ID!) {\n    assignComplaint(id: $id, departmentId: $departmentId) {\n      ...DeskComplaint\n    }\n  }\n": types.DeskAssignComplaintDocument,
    "\n  mutation DeskAnswerComplaint($id: ID!, $answer: String!) {\n    answerComplaint(id: $id, answer: $answer) {\n      ...DeskComplaint\n    }\n  }\n": types.DeskAnswerComplaintDocument,
    "\n  mutation DeskCloseComplaint($id: ID!, $satisfaction: ComplaintSatisfaction!) {\n    closeComplaint(id: $id, satisfaction: $satisfaction) {\n      ...DeskComplaint\n    }\n  }\n": types.DeskCloseComplaintDocument,
    "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    resolvedAt\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.DeskEscalationFragmentDoc,
    "\n  query DeskEscalations($openOnly: Boolean, $overdueOnly: Boolean) {\n    escalations(openOnly: $openOnly, overdueOnly: $overdueOnly) {\n      ...DeskEscalation\n    }\n  }\n": types.DeskEscalationsDocument,
    "\n  query DeskEscalationStats($period: Period!) {\n    escalationStats(period: $period) {\n      raised\n      automatic\n      responded\n      respondedOnTime\n      climbed\n      open\n    }\n  }\n": types.DeskEscalationStatsDocument,
    "\n  mutation DeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n": types.DeskRespondEscalationDocument,
    "\n  query DeskCardedCases {\n    yellow: cases(first: 100, filter: { warning: YELLOW }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n    red: cases(first: 100, filter: { warning: RED }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n  }\n": types.DeskCardedCasesDocument,
    "\n  fragment DeskCardedCase on Case {\n    id\n    number\n    warning\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.DeskCardedCaseFragmentDoc,
    "\n  mutation DeskEscalateCase($id: ID!, $note: String!) {\n    escalateCase(id: $id, note: $note) {\n      ...DeskEscalation\n    }\n  }\n": types.DeskEscalateCaseDocument,
    "\n  fragment SupervisionEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n": types.SupervisionEvidenceFragmentDoc,
    "\n  fragment SupervisionFinding on Finding {\n    id\n    description\n    comment\n    serious\n    counts\n    appealableUntil\n    canAppeal\n    appeal {\n      id\n      status\n      reason\n      decisionNote\n    }\n  }\n": types.SupervisionFindingFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionAppeals {\n    inspections(status: SUBMITTED) {\n      id\n      submittedAt\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      findings {\n        id\n      }\n    }\n    appeals {\n      id\n      reason\n      status\n      decisionNote\n      filedAt\n      decidedAt\n      finding {\n        id\n        description\n        comment\n        serious\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionAppealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {\n    decideAppeal(id: $id, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupervisionDecideAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionPlan on InspectionPlan {\n    id\n    name\n    from\n    to\n    seed\n    reproducible\n    createdAt\n    template {\n      name\n      version\n    }\n    inspections {\n      id\n      status\n      plannedFor\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionPlanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPlans {\n    inspectionPlans {\n      ...SupervisionPlan\n    }\n  }\n"): typeof import('./graphql').SupervisionPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionWindows {\n    windows {\n      id\n      number\n      name\n      hallZone\n      active\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionWindowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionCreatePlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...SupervisionPlan\n    }\n  }\n"): typeof import('./graphql').SupervisionCreatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionRectification on Rectification {\n    id\n    status\n    belowThreshold\n    dueOn\n    overdue\n    response\n    respondedAt\n    openedAt\n    closedAt\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    seriousFindings {\n      ...SupervisionFinding\n    }\n    evidence {\n      ...SupervisionEvidence\n    }\n    events {\n      from\n      to\n      actorRole\n      note\n      dueOn\n      at\n    }\n    inspection {\n      id\n      visitedAt\n      submittedAt\n      score\n      findings {\n        ...SupervisionFinding\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionRectificationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionRectifications {\n    rectifications {\n      ...SupervisionRectification\n    }\n  }\n"): typeof import('./graphql').SupervisionRectificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {\n    respondToRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupervisionRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionVerify($id: ID!, $note: String) {\n    verifyRectification(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupervisionVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionReopen($id: ID!, $reason: String!) {\n    reopenRectification(id: $id, reason: $reason) {\n      id\n      status\n      dueOn\n    }\n  }\n"): typeof import('./graphql').SupervisionReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionAppeal($findingId: ID!, $reason: String!) {\n    appealFinding(findingId: $findingId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupervisionAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionResults {\n    inspections(status: SUBMITTED) {\n      id\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n      }\n      staff {\n        id\n        name\n      }\n      findings {\n        ...SupervisionFinding\n      }\n      evidence {\n        ...SupervisionEvidence\n      }\n      rectification {\n        id\n        status\n        dueOn\n        overdue\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n"): typeof import('./graphql').SupervisionResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskBadReview on Evaluation {\n    id\n    level\n    channel\n    comment\n    evaluatedAt\n    realName\n    rectificationStatus\n    rectificationDueAt\n    callbackAt\n    callbackNote\n    version\n    tags\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    case {\n      id\n      number\n    }\n    appeal {\n      reason\n      filedAt\n      decidedAt\n      upheld\n      decisionNote\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n      actorRole\n      note\n    }\n  }\n"): typeof import('./graphql').DeskBadReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskBadReviews($status: BadReviewStatus, $overdueOnly: Boolean, $tag: BadReviewTag) {\n    badReviews(status: $status, overdueOnly: $overdueOnly, tag: $tag) {\n      ...DeskBadReview\n    }\n  }\n"): typeof import('./graphql').DeskBadReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskBadReviewStats($period: Period!) {\n    badReviewStats(period: $period) {\n      reviews\n      rectified\n      rectifiedOnTime\n      onTimeRate\n      callbacksDue\n      callbacksDone\n      callbackRate\n      appeals\n      appealsUpheld\n      byTag {\n        tag\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DeskBadReviewStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskAdvanceBadReview($id: ID!, $expectedVersion: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {\n    advanceBadReview(id: $id, expectedVersion: $expectedVersion, action: $action, note: $note, tags: $tags) {\n      ...DeskBadReview\n    }\n  }\n"): typeof import('./graphql').DeskAdvanceBadReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskComplaint on Complaint {\n    id\n    number\n    channel\n    subject\n    content\n    complainantName\n    complainantPhone\n    status\n    receivedAt\n    answerDueAt\n    assignedAt\n    answeredAt\n    answer\n    closedAt\n    satisfaction\n    overdue\n    department {\n      id\n      name\n    }\n    window {\n      id\n      number\n      name\n    }\n    staff {\n      id\n      name\n    }\n    matter {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeskComplaintFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskComplaints($status: ComplaintStatus, $overdueOnly: Boolean) {\n    complaints(status: $status, overdueOnly: $overdueOnly) {\n      ...DeskComplaint\n    }\n  }\n"): typeof import('./graphql').DeskComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskComplaintStats($period: Period!) {\n    complaintStats(period: $period) {\n      received\n      answered\n      answeredOnTime\n      onTimeRate\n      overdueOpen\n      closed\n      satisfied\n      satisfactionRate\n    }\n  }\n"): typeof import('./graphql').DeskComplaintStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskComplaintSubjects {\n    departments {\n      id\n      name\n      staff {\n        id\n        name\n      }\n      matters(first: 200) {\n        id\n        name\n      }\n    }\n    windows {\n      id\n      number\n      name\n      active\n    }\n  }\n"): typeof import('./graphql').DeskComplaintSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').DeskFileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskAssignComplaint($id: ID!, $departmentId: ID!) {\n    assignComplaint(id: $id, departmentId: $departmentId) {\n      ...DeskComplaint\n    }\n  }\n"): typeof import('./graphql').DeskAssignComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskAnswerComplaint($id: ID!, $answer: String!) {\n    answerComplaint(id: $id, answer: $answer) {\n      ...DeskComplaint\n    }\n  }\n"): typeof import('./graphql').DeskAnswerComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCloseComplaint($id: ID!, $satisfaction: ComplaintSatisfaction!) {\n    closeComplaint(id: $id, satisfaction: $satisfaction) {\n      ...DeskComplaint\n    }\n  }\n"): typeof import('./graphql').DeskCloseComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskEscalation on Escalation {\n    id\n    level\n    tier\n    automatic\n    raisedAt\n    dueAt\n    note\n    resolvedAt\n    response\n    respondedAt\n    climbedAt\n    overdue\n    case {\n      id\n      number\n      matter {\n        id\n        name\n      }\n    }\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeskEscalationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskEscalations($openOnly: Boolean, $overdueOnly: Boolean) {\n    escalations(openOnly: $openOnly, overdueOnly: $overdueOnly) {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').DeskEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskEscalationStats($period: Period!) {\n    escalationStats(period: $period) {\n      raised\n      automatic\n      responded\n      respondedOnTime\n      climbed\n      open\n    }\n  }\n"): typeof import('./graphql').DeskEscalationStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRespondEscalation($id: ID!, $response: String!) {\n    respondEscalation(id: $id, response: $response) {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').DeskRespondEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskCardedCases {\n    yellow: cases(first: 100, filter: { warning: YELLOW }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n    red: cases(first: 100, filter: { warning: RED }) {\n      nodes {\n        ...DeskCardedCase\n      }\n    }\n  }\n"): typeof import('./graphql').DeskCardedCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCardedCase on Case {\n    id\n    number\n    warning\n    matter {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeskCardedCaseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskEscalateCase($id: ID!, $note: String!) {\n    escalateCase(id: $id, note: $note) {\n      ...DeskEscalation\n    }\n  }\n"): typeof import('./graphql').DeskEscalateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n"): typeof import('./graphql').SupervisionEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionFinding on Finding {\n    id\n    description\n    comment\n    serious\n    counts\n    appealableUntil\n    canAppeal\n    appeal {\n      id\n      status\n      reason\n      decisionNote\n    }\n  }\n"): typeof import('./graphql').SupervisionFindingFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
