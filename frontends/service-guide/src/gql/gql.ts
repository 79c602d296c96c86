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
    "\n  query ServiceGuideDepartments {\n    departments {\n      id\n      code\n      name\n      shortName\n      hallZone\n      contactPhone\n      publishedMatterCount\n    }\n  }\n": typeof types.ServiceGuideDepartmentsDocument,
    "\n  query ServiceGuideMatters($filter: MatterFilter, $first: Int) {\n    matters(filter: $filter, first: $first) {\n      id\n      code\n      name\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ServiceGuideMattersDocument,
    "\n  query ServiceGuideMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      version\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      feeYuan\n      feeBasis\n      channels\n      keywords\n      conditions\n      legalBasis\n      isFree\n      onSiteInspection\n      appealRoute\n      refusalGrounds\n      publishedAt\n      jointDepartments {\n        id\n        name\n      }\n      processSteps {\n        name\n        post\n        days\n      }\n      department {\n        id\n        name\n        hallZone\n        contactPhone\n      }\n      materials {\n        name\n        form\n        copies\n        required\n        condition\n        source\n        notes\n        sampleTemplate\n      }\n    }\n  }\n": typeof types.ServiceGuideMatterDocument,
};
const documents: Documents = {
    "\n  query ServiceGuideDepartments {\n    departments {\n      id\n      code\n      name\n      shortName\n      hallZone\n      contactPhone\n      publishedMatterCount\n    }\n  }\n": types.ServiceGuideDepartmentsDocument,
    "\n  query ServiceGuideMatters($filter: MatterFilter, $first: Int) {\n    matters(filter: $filter, first: $first) {\n      id\n      code\n      name\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ServiceGuideMattersDocument,
    "\n  query ServiceGuideMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      version\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      feeYuan\n      feeBasis\n      channels\n      keywords\n      conditions\n      legalBasis\n      isFree\n      onSiteInspection\n      appealRoute\n      refusalGrounds\n      publishedAt\n      jointDepartments {\n        id\n        name\n      }\n      processSteps {\n        name\n        post\n        days\n      }\n      department {\n        id\n        name\n        hallZone\n        contactPhone\n      }\n      materials {\n        name\n        form\n        copies\n        required\n        condition\n        source\n        notes\n        sampleTemplate\n      }\n    }\n  }\n": types.ServiceGuideMatterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceGuideDepartments {\n    departments {\n      id\n      code\n      name\n      shortName\n      hallZone\n      contactPhone\n      publishedMatterCount\n    }\n  }\n"): typeof import('./graphql').ServiceGuideDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceGuideMatters($filter: MatterFilter, $first: Int) {\n    matters(filter: $filter, first: $first) {\n      id\n      code\n      name\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      department {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceGuideMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceGuideMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      code\n      name\n      version\n      kind\n      category\n      legalLimitDays\n      committedLimitDays\n      compressionRate\n      feeYuan\n      feeBasis\n      channels\n      keywords\n      conditions\n      legalBasis\n      isFree\n      onSiteInspection\n      appealRoute\n      refusalGrounds\n      publishedAt\n      jointDepartments {\n        id\n        name\n      }\n      processSteps {\n        name\n        post\n        days\n      }\n      department {\n        id\n        name\n        hallZone\n        contactPhone\n      }\n      materials {\n        name\n        form\n        copies\n        required\n        condition\n        source\n        notes\n        sampleTemplate\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceGuideMatterDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
