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
    "\n  query MatterAdminQuotaDepartments {\n    appointmentQuotaDepartments\n  }\n": typeof types.MatterAdminQuotaDepartmentsDocument,
    "\n  query MatterAdminQuota($id: ID!) {\n    matter(id: $id) {\n      id\n      appointmentQuota {\n        morning\n        afternoon\n        updatedAt\n      }\n    }\n  }\n": typeof types.MatterAdminQuotaDocument,
    "\n  mutation MatterAdminSetQuota($matterId: ID!, $morning: Int!, $afternoon: Int!) {\n    setAppointmentQuota(matterId: $matterId, morning: $morning, afternoon: $afternoon) {\n      morning\n      afternoon\n      updatedAt\n    }\n  }\n": typeof types.MatterAdminSetQuotaDocument,
    "\n  fragment MatterAdminDetail on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    feeYuan\n    feeBasis\n    channels\n    keywords\n    conditions\n    legalBasis\n    onSiteInspection\n    refusalGrounds\n    appealRoute\n    department {\n      id\n      name\n    }\n    jointDepartments {\n      id\n      name\n    }\n    materials {\n      name\n      form\n      copies\n      required\n      condition\n      source\n      notes\n      sampleTemplate\n    }\n    processSteps {\n      name\n      post\n      days\n    }\n  }\n": typeof types.MatterAdminDetailFragmentDoc,
    "\n  query MatterAdminMatter($id: ID!) {\n    matter(id: $id) {\n      ...MatterAdminDetail\n    }\n  }\n": typeof types.MatterAdminMatterDocument,
    "\n  mutation MatterAdminCreate($input: MatterInput!) {\n    createMatter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.MatterAdminCreateDocument,
    "\n  mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {\n    updateMatter(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.MatterAdminUpdateDocument,
    "\n  query MatterAdminHistory($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      versions {\n        id\n        version\n        status\n        basedOnVersion\n        createdAt\n        publishedAt\n        withdrawnAt\n      }\n      changes(allVersions: true) {\n        id\n        at\n        action\n        actorName\n        actorRole\n        version\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.MatterAdminHistoryDocument,
    "\n  query MatterAdminDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.MatterAdminDepartmentsDocument,
    "\n  fragment MatterAdminRow on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    updatedAt\n    publishedAt\n    department {\n      id\n      name\n    }\n  }\n": typeof types.MatterAdminRowFragmentDoc,
    "\n  query MatterAdminMatters($departmentId: ID, $first: Int) {\n    drafts: matters(filter: { departmentId: $departmentId, status: DRAFT }, first: $first) {\n      ...MatterAdminRow\n    }\n    published: matters(filter: { departmentId: $departmentId, status: PUBLISHED }, first: $first) {\n      ...MatterAdminRow\n    }\n    withdrawn: matters(filter: { departmentId: $departmentId, status: WITHDRAWN }, first: $first) {\n      ...MatterAdminRow\n    }\n  }\n": typeof types.MatterAdminMattersDocument,
    "\n  mutation MatterAdminPublish($id: ID!) {\n    publishMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.MatterAdminPublishDocument,
    "\n  mutation MatterAdminWithdraw($id: ID!) {\n    withdrawMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.MatterAdminWithdrawDocument,
};
const documents: Documents = {
    "\n  query MatterAdminQuotaDepartments {\n    appointmentQuotaDepartments\n  }\n": types.MatterAdminQuotaDepartmentsDocument,
    "\n  query MatterAdminQuota($id: ID!) {\n    matter(id: $id) {\n      id\n      appointmentQuota {\n        morning\n        afternoon\n        updatedAt\n      }\n    }\n  }\n": types.MatterAdminQuotaDocument,
    "\n  mutation MatterAdminSetQuota($matterId: ID!, $morning: Int!, $afternoon: Int!) {\n    setAppointmentQuota(matterId: $matterId, morning: $morning, afternoon: $afternoon) {\n      morning\n      afternoon\n      updatedAt\n    }\n  }\n": types.MatterAdminSetQuotaDocument,
    "\n  fragment MatterAdminDetail on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    feeYuan\n    feeBasis\n    channels\n    keywords\n    conditions\n    legalBasis\n    onSiteInspection\n    refusalGrounds\n    appealRoute\n    department {\n      id\n      name\n    }\n    jointDepartments {\n      id\n      name\n    }\n    materials {\n      name\n      form\n      copies\n      required\n      condition\n      source\n      notes\n      sampleTemplate\n    }\n    processSteps {\n      name\n      post\n      days\n    }\n  }\n": types.MatterAdminDetailFragmentDoc,
    "\n  query MatterAdminMatter($id: ID!) {\n    matter(id: $id) {\n      ...MatterAdminDetail\n    }\n  }\n": types.MatterAdminMatterDocument,
    "\n  mutation MatterAdminCreate($input: MatterInput!) {\n    createMatter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.MatterAdminCreateDocument,
    "\n  mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {\n    updateMatter(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.MatterAdminUpdateDocument,
    "\n  query MatterAdminHistory($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      versions {\n        id\n        version\n        status\n        basedOnVersion\n        createdAt\n        publishedAt\n        withdrawnAt\n      }\n      changes(allVersions: true) {\n        id\n        at\n        action\n        actorName\n        actorRole\n        version\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.MatterAdminHistoryDocument,
    "\n  query MatterAdminDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.MatterAdminDepartmentsDocument,
    "\n  fragment MatterAdminRow on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    updatedAt\n    publishedAt\n    department {\n      id\n      name\n    }\n  }\n": types.MatterAdminRowFragmentDoc,
    "\n  query MatterAdminMatters($departmentId: ID, $first: Int) {\n    drafts: matters(filter: { departmentId: $departmentId, status: DRAFT }, first: $first) {\n      ...MatterAdminRow\n    }\n    published: matters(filter: { departmentId: $departmentId, status: PUBLISHED }, first: $first) {\n      ...MatterAdminRow\n    }\n    withdrawn: matters(filter: { departmentId: $departmentId, status: WITHDRAWN }, first: $first) {\n      ...MatterAdminRow\n    }\n  }\n": types.MatterAdminMattersDocument,
    "\n  mutation MatterAdminPublish($id: ID!) {\n    publishMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.MatterAdminPublishDocument,
    "\n  mutation MatterAdminWithdraw($id: ID!) {\n    withdrawMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.MatterAdminWithdrawDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminQuotaDepartments {\n    appointmentQuotaDepartments\n  }\n"): typeof import('./graphql').MatterAdminQuotaDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminQuota($id: ID!) {\n    matter(id: $id) {\n      id\n      appointmentQuota {\n        morning\n        afternoon\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MatterAdminQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatterAdminSetQuota($matterId: ID!, $morning: Int!, $afternoon: Int!) {\n    setAppointmentQuota(matterId: $matterId, morning: $morning, afternoon: $afternoon) {\n      morning\n      afternoon\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').MatterAdminSetQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterAdminDetail on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    feeYuan\n    feeBasis\n    channels\n    keywords\n    conditions\n    legalBasis\n    onSiteInspection\n    refusalGrounds\n    appealRoute\n    department {\n      id\n      name\n    }\n    jointDepartments {\n      id\n      name\n    }\n    materials {\n      name\n      form\n      copies\n      required\n      condition\n      source\n      notes\n      sampleTemplate\n    }\n    processSteps {\n      name\n      post\n      days\n    }\n  }\n"): typeof import('./graphql').MatterAdminDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminMatter($id: ID!) {\n    matter(id: $id) {\n      ...MatterAdminDetail\n    }\n  }\n"): typeof import('./graphql').MatterAdminMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatterAdminCreate($input: MatterInput!) {\n    createMatter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').MatterAdminCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatterAdminUpdate($id: ID!, $input: MatterInput!) {\n    updateMatter(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').MatterAdminUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminHistory($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      versions {\n        id\n        version\n        status\n        basedOnVersion\n        createdAt\n        publishedAt\n        withdrawnAt\n      }\n      changes(allVersions: true) {\n        id\n        at\n        action\n        actorName\n        actorRole\n        version\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatterAdminHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MatterAdminDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterAdminRow on Matter {\n    id\n    code\n    name\n    version\n    status\n    kind\n    category\n    legalLimitDays\n    committedLimitDays\n    updatedAt\n    publishedAt\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MatterAdminRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterAdminMatters($departmentId: ID, $first: Int) {\n    drafts: matters(filter: { departmentId: $departmentId, status: DRAFT }, first: $first) {\n      ...MatterAdminRow\n    }\n    published: matters(filter: { departmentId: $departmentId, status: PUBLISHED }, first: $first) {\n      ...MatterAdminRow\n    }\n    withdrawn: matters(filter: { departmentId: $departmentId, status: WITHDRAWN }, first: $first) {\n      ...MatterAdminRow\n    }\n  }\n"): typeof import('./graphql').MatterAdminMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatterAdminPublish($id: ID!) {\n    publishMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').MatterAdminPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatterAdminWithdraw($id: ID!) {\n    withdrawMatter(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').MatterAdminWithdrawDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
