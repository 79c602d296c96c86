import { DashboardQuery } from './dashboard.graphql';

/** The dashboard's query as text, for the bench (bench/src/operations.ts imports `@hall/dashboard/api`). */
export const DASHBOARD_QUERY = DashboardQuery.toString();
