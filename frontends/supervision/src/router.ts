import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import InboxPage from './InboxPage.vue';
import OfficePage from './OfficePage.vue';

/** The manager's /supervision and the departments' /rectifications: one app, mounted for both root-page routes. */
export const routes = [
  { path: '/supervision', name: 'office', component: OfficePage },
  { path: '/rectifications', name: 'inbox', component: InboxPage },
  { path: '/supervision/:rest(.*)', redirect: { name: 'office' } },
  { path: '/rectifications/:rest(.*)', redirect: { name: 'inbox' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
