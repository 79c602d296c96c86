/** The monthly report's shapes (月度通报), as the generated types of its one query give them. */
import type { MonthlyReportQuery } from '../gql/graphql';

type Row<List> = NonNullable<List> extends ReadonlyArray<infer Item> ? Item : never;

/**
 * The answer as the report builds from it: a section whose subgraph did not answer is null. `inspections` and
 * `inspectionSettings` are non-null in the schema (an inspections outage then nulls the whole answer), but the report
 * treats every section alike.
 */
export type ReportData = { [Field in keyof MonthlyReportQuery]: MonthlyReportQuery[Field] | null };

export type { ReportServiceRecordFragment as ServiceRecord } from '../gql/graphql';
export type StaffRecord = Row<MonthlyReportQuery['staffRecords']>;
export type WindowRecord = Row<MonthlyReportQuery['windowRecords']>;
export type OverdueCase = Row<MonthlyReportQuery['overdueCases']>;
export type BadReview = Row<MonthlyReportQuery['badReviews']>;
export type InspectionRow = Row<MonthlyReportQuery['inspections']>;
export type Recognition = Row<MonthlyReportQuery['recognitions']>;
