import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import AssignmentList from './components/AssignmentList.vue';
import VisitRecord from './components/VisitRecord.vue';

/** Under the root page's /inspect: the supervisor's assignments, and one visit. */
export const routes: RouteRecordRaw[] = [
  { path: '/inspect', name: 'assignments', component: AssignmentList },
  { path: '/inspect/:id', name: 'visit', component: VisitRecord, props: (route) => ({ inspectionId: String(route.params.id) }) },
  // Any deeper path shows the assignments, as before.
  { path: '/:rest(.*)*', component: AssignmentList },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
