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
export function graphql(source: "\n  fragment SupervisionEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n"): typeof import('./graphql').SupervisionEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionFinding on Finding {\n    id\n    description\n    comment\n    serious\n    counts\n    appealableUntil\n    canAppeal\n    appeal {\n      id\n      status\n      reason\n      decisionNote\n    }\n  }\n"): typeof import('./graphql').SupervisionFindingFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
