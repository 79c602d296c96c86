import { DateScalar, DateTimeScalar } from '@hall/service-kit';
import type { Resolvers } from '../generated/resolvers';
import { Case, Department, JSONScalar, Matter } from './entities';
import { badReviewQueries } from './badReviews';
import { Complaint, complaintQueries } from './complaints';
import { dashboardMutations, dashboardQueries } from './dashboard';
import { DepartmentBuckPassing, DepartmentRanking, IntegrityFlag, MonthlyReport, RankedDepartment, Recognition, RecognitionCandidate, reportMutations, reportQueries, ServiceRecordType } from './report';
import { Evaluation, evaluationQueries } from './evaluations';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Escalation, supervisionQueries } from './supervision';
import { referralQueries } from './referrals';
import { CaseStats, episodeQueries, VisitEpisode } from './episodes';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  JSON: JSONScalar,
  Query: { ...Query, ...evaluationQueries, ...complaintQueries, ...supervisionQueries, ...badReviewQueries, ...dashboardQueries, ...reportQueries, ...referralQueries, ...episodeQueries },
  Mutation: { ...Mutation, ...dashboardMutations, ...reportMutations },
  ServiceRecord: ServiceRecordType,
  CaseStats,
  VisitEpisode,
  MonthlyReport,
  DepartmentBuckPassing,
  DepartmentRanking,
  RankedDepartment,
  RecognitionCandidate,
  IntegrityFlag,
  Recognition,
  Case,
  Matter,
  Department,
  Evaluation,
  Complaint,
  Escalation,
};
