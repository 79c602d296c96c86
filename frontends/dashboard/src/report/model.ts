/** The monthly report's shapes (月度通报), as the generated types of its one query give them. */
import type { MonthlyReportQuery } from '../gql/graphql';

type Row<List> = NonNullable<List> extends ReadonlyArray<infer Item> ? Item : never;

/**
 * The answer as the report builds from it: a section whose subgraph did not answer is null. `inspections` and
 * `inspectionSettings` are non-null in the schema (an inspections outage then nulls the whole answer), but the report
 * treats every section alike.
 */
export type ReportData = { [Field in keyof MonthlyReportQuery]: MonthlyReportQuery[Field] | null };

export type WrittenReport = NonNullable<MonthlyReportQuery['monthlyReport']>;
export type CandidateRow = WrittenReport['candidates'][number];
export type FlagRow = WrittenReport['flags'][number];
export type ReportRules = WrittenReport['rules'];
export type OverdueCase = Row<MonthlyReportQuery['overdueCases']>;
export type BadReview = Row<MonthlyReportQuery['badReviews']>;
export type InspectionRow = Row<MonthlyReportQuery['inspections']>;
