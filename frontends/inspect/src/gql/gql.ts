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
    "\n  query InspectAssignments {\n    inspections {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InspectAssignmentsDocument,
    "\n  fragment InspectEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n": typeof types.InspectEvidenceFragmentDoc,
    "\n  mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {\n    addInspectionEvidence(inspectionId: $inspectionId, file: $file) {\n      ...InspectEvidence\n    }\n  }\n": typeof types.InspectAddEvidenceDocument,
    "\n  mutation InspectRemoveEvidence($id: ID!) {\n    removeInspectionEvidence(id: $id)\n  }\n": typeof types.InspectRemoveEvidenceDocument,
    "\n  mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {\n    saveInspectionDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InspectSaveDraftDocument,
    "\n  mutation InspectSubmit($id: ID!) {\n    submitInspection(id: $id) {\n      id\n      status\n      score\n      rectification {\n        id\n        dueOn\n      }\n    }\n  }\n": typeof types.InspectSubmitDocument,
    "\n  fragment InspectChecklistSection on ChecklistSection {\n    key\n    norm\n    title\n    weight\n    items {\n      key\n      text\n      points\n      deductionRule\n      allowNotApplicable\n      serious\n    }\n  }\n": typeof types.InspectChecklistSectionFragmentDoc,
    "\n  query InspectInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      staff {\n        id\n        name\n      }\n      window {\n        id\n        number\n        name\n        departments {\n          id\n          name\n          staff {\n            id\n            name\n          }\n        }\n      }\n      department {\n        id\n        name\n      }\n      template {\n        id\n        name\n        version\n        sections {\n          ...InspectChecklistSection\n        }\n      }\n      items {\n        itemKey\n        outcome\n        comment\n      }\n      evidence {\n        ...InspectEvidence\n      }\n      findings {\n        id\n        description\n        comment\n        serious\n        counts\n      }\n      rectification {\n        id\n        status\n        dueOn\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n": typeof types.InspectInspectionDocument,
};
const documents: Documents = {
    "\n  query InspectAssignments {\n    inspections {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.InspectAssignmentsDocument,
    "\n  fragment InspectEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n": types.InspectEvidenceFragmentDoc,
    "\n  mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {\n    addInspectionEvidence(inspectionId: $inspectionId, file: $file) {\n      ...InspectEvidence\n    }\n  }\n": types.InspectAddEvidenceDocument,
    "\n  mutation InspectRemoveEvidence($id: ID!) {\n    removeInspectionEvidence(id: $id)\n  }\n": types.InspectRemoveEvidenceDocument,
    "\n  mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {\n    saveInspectionDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.InspectSaveDraftDocument,
    "\n  mutation InspectSubmit($id: ID!) {\n    submitInspection(id: $id) {\n      id\n      status\n      score\n      rectification {\n        id\n        dueOn\n      }\n    }\n  }\n": types.InspectSubmitDocument,
    "\n  fragment InspectChecklistSection on ChecklistSection {\n    key\n    norm\n    title\n    weight\n    items {\n      key\n      text\n      points\n      deductionRule\n      allowNotApplicable\n      serious\n    }\n  }\n": types.InspectChecklistSectionFragmentDoc,
    "\n  query InspectInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      staff {\n        id\n        name\n      }\n      window {\n        id\n        number\n        name\n        departments {\n          id\n          name\n          staff {\n            id\n            name\n          }\n        }\n      }\n      department {\n        id\n        name\n      }\n      template {\n        id\n        name\n        version\n        sections {\n          ...InspectChecklistSection\n        }\n      }\n      items {\n        itemKey\n        outcome\n        comment\n      }\n      evidence {\n        ...InspectEvidence\n      }\n      findings {\n        id\n        description\n        comment\n        serious\n        counts\n      }\n      rectification {\n        id\n        status\n        dueOn\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n": types.InspectInspectionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectAssignments {\n    inspections {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      window {\n        id\n        number\n        name\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InspectAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectEvidence on Evidence {\n    id\n    kind\n    mimeType\n    fileName\n    size\n    contentBase64\n  }\n"): typeof import('./graphql').InspectEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {\n    addInspectionEvidence(inspectionId: $inspectionId, file: $file) {\n      ...InspectEvidence\n    }\n  }\n"): typeof import('./graphql').InspectAddEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectRemoveEvidence($id: ID!) {\n    removeInspectionEvidence(id: $id)\n  }\n"): typeof import('./graphql').InspectRemoveEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {\n    saveInspectionDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').InspectSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectSubmit($id: ID!) {\n    submitInspection(id: $id) {\n      id\n      status\n      score\n      rectification {\n        id\n        dueOn\n      }\n    }\n  }\n"): typeof import('./graphql').InspectSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectChecklistSection on ChecklistSection {\n    key\n    norm\n    title\n    weight\n    items {\n      key\n      text\n      points\n      deductionRule\n      allowNotApplicable\n      serious\n    }\n  }\n"): typeof import('./graphql').InspectChecklistSectionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      plannedFor\n      visitedAt\n      submittedAt\n      score\n      scenario\n      staff {\n        id\n        name\n      }\n      window {\n        id\n        number\n        name\n        departments {\n          id\n          name\n          staff {\n            id\n            name\n          }\n        }\n      }\n      department {\n        id\n        name\n      }\n      template {\n        id\n        name\n        version\n        sections {\n          ...InspectChecklistSection\n        }\n      }\n      items {\n        itemKey\n        outcome\n        comment\n      }\n      evidence {\n        ...InspectEvidence\n      }\n      findings {\n        id\n        description\n        comment\n        serious\n        counts\n      }\n      rectification {\n        id\n        status\n        dueOn\n      }\n    }\n    inspectionSettings {\n      passThreshold\n    }\n  }\n"): typeof import('./graphql').InspectInspectionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
