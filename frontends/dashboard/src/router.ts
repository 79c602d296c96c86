import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import DashboardBoard from './DashboardBoard.vue';
import MonthlyReport from './report/MonthlyReport.vue';

/** The app's own routes under the root page's `/dashboard`: the live board and a month's report. */
export const routes = [
  { path: '/dashboard', name: 'board', component: DashboardBoard },
  { path: '/dashboard/report/:month', name: 'report', component: MonthlyReport, props: true },
  // Any other path under /dashboard shows the board, as before.
  { path: '/dashboard/:rest(.*)', redirect: { name: 'board' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
