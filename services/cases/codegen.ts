import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#CasesContext',
  mappers: {
    Case: '../data/loaders#CaseRow',
    Evaluation: '../data/loaders#EvaluationRow',
    BadReviewStep: '../data/loaders#EvaluationActionRow',
    Visit: '../data/loaders#VisitRow',
    Escalation: '../data/loaders#EscalationRow',
    Complaint: '../data/loaders#ComplaintRow',
    Recognition: '../data/loaders#RecognitionRow',
    Matter: '../data/loaders#MatterReference',
    Department: '../data/loaders#DepartmentReference',
    ServiceRecord: '../data/service-records#SubjectRecord',
    CaseStats: '../data/stats#CaseStatsModel',
    VisitEpisode: '../data/episodes#EpisodeRow',
    MonthlyReport: '../data/monthly-report#MonthlyReportModel',
    DepartmentRanking: '../data/monthly-report#RankingFigures',
    RankedDepartment: '../data/monthly-report#RankingEntry',
    RecognitionCandidate: '../data/monthly-report#CandidateModel',
    IntegrityFlag: '../data/monthly-report#FlagFigures',
    DepartmentBuckPassing: '../domain/referrals#DepartmentBuckPassing as DepartmentBuckPassingModel',
  },
};
