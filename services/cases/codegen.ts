import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#CasesContext',
  mappers: {
    Case: '../loaders#CaseRow',
    Evaluation: '../loaders#EvaluationRow',
    BadReviewStep: '../loaders#EvaluationActionRow',
    Visit: '../loaders#VisitRow',
    Escalation: '../loaders#EscalationRow',
    Complaint: '../loaders#ComplaintRow',
    Recognition: '../loaders#RecognitionRow',
    Matter: '../loaders#MatterReference',
    Department: '../loaders#DepartmentReference',
    ServiceRecord: '../service-records#SubjectRecord',
  },
};
