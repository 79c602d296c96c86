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
    "\n  query PublicComplaintDirectory {\n    departments {\n      id\n      name\n      windows {\n        id\n        number\n        name\n      }\n      staff {\n        id\n        name\n      }\n      matters {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublicComplaintDirectoryDocument,
    "\n  mutation PublicFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      number\n      status\n      answerDueAt\n    }\n  }\n": typeof types.PublicFileComplaintDocument,
    "\n  query PublicEvaluationInvitation($code: String!) {\n    evaluationInvitation(code: $code) {\n      number\n      matter {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      completedAt\n      evaluated\n    }\n  }\n": typeof types.PublicEvaluationInvitationDocument,
    "\n  mutation PublicEvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      id\n      level\n      evaluatedAt\n    }\n  }\n": typeof types.PublicEvaluateCaseDocument,
    "\n  query PublicCaseProgress($number: String!, $phoneTail: String!) {\n    caseProgress(number: $number, phoneTail: $phoneTail) {\n      number\n      status\n      submittedAt\n      dueAt\n      matter {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      steps {\n        at\n        status\n      }\n      firstOwner {\n        id\n        name\n        post\n      }\n    }\n  }\n": typeof types.PublicCaseProgressDocument,
};
const documents: Documents = {
    "\n  query PublicComplaintDirectory {\n    departments {\n      id\n      name\n      windows {\n        id\n        number\n        name\n      }\n      staff {\n        id\n        name\n      }\n      matters {\n        id\n        name\n      }\n    }\n  }\n": types.PublicComplaintDirectoryDocument,
    "\n  mutation PublicFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      number\n      status\n      answerDueAt\n    }\n  }\n": types.PublicFileComplaintDocument,
    "\n  query PublicEvaluationInvitation($code: String!) {\n    evaluationInvitation(code: $code) {\n      number\n      matter {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      completedAt\n      evaluated\n    }\n  }\n": types.PublicEvaluationInvitationDocument,
    "\n  mutation PublicEvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      id\n      level\n      evaluatedAt\n    }\n  }\n": types.PublicEvaluateCaseDocument,
    "\n  query PublicCaseProgress($number: String!, $phoneTail: String!) {\n    caseProgress(number: $number, phoneTail: $phoneTail) {\n      number\n      status\n      submittedAt\n      dueAt\n      matter {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      steps {\n        at\n        status\n      }\n      firstOwner {\n        id\n        name\n        post\n      }\n    }\n  }\n": types.PublicCaseProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicComplaintDirectory {\n    departments {\n      id\n      name\n      windows {\n        id\n        number\n        name\n      }\n      staff {\n        id\n        name\n      }\n      matters {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PublicComplaintDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      number\n      status\n      answerDueAt\n    }\n  }\n"): typeof import('./graphql').PublicFileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEvaluationInvitation($code: String!) {\n    evaluationInvitation(code: $code) {\n      number\n      matter {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      completedAt\n      evaluated\n    }\n  }\n"): typeof import('./graphql').PublicEvaluationInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicEvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      id\n      level\n      evaluatedAt\n    }\n  }\n"): typeof import('./graphql').PublicEvaluateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCaseProgress($number: String!, $phoneTail: String!) {\n    caseProgress(number: $number, phoneTail: $phoneTail) {\n      number\n      status\n      submittedAt\n      dueAt\n      matter {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      steps {\n        at\n        status\n      }\n      firstOwner {\n        id\n        name\n        post\n      }\n    }\n  }\n"): typeof import('./graphql').PublicCaseProgressDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
