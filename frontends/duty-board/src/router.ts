import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import DutyBoard from './DutyBoard.vue';

/** The root page mounts the duty board at /duty; its tabs stay in-page state (no deep links yet). */
export const routes: RouteRecordRaw[] = [
  { path: '/duty', name: 'board', component: DutyBoard },
  { path: '/:rest(.*)*', component: DutyBoard },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
