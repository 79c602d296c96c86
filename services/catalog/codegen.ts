import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#CatalogContext',
  mappers: {
    Department: '../data/loaders#DepartmentRow',
    Matter: '../data/loaders#MatterRow',
    Material: '../data/loaders#MaterialRow',
    ProcessStep: '../data/loaders#ProcessStepRow',
  },
};
