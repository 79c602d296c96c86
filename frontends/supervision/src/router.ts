import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import InboxPage from './InboxPage.vue';
import OfficePage from './OfficePage.vue';

/** The desks both pages carry as sub-routes: 差评整改, 投诉 and 督办. */
export const DESKS = ['bad-reviews', 'complaints', 'escalations'] as const;
export type Desk = (typeof DESKS)[number];
const desk = `:desk(${DESKS.join('|')})`;

export function isDesk(value: unknown): value is Desk {
  return typeof value === 'string' && (DESKS as readonly string[]).includes(value);
}

/** The manager's /supervision and the departments' /rectifications: one app, mounted for both root-page routes. */
export const routes = [
  { path: '/supervision', name: 'office', component: OfficePage },
  { path: `/supervision/${desk}`, name: 'office-desk', component: OfficePage },
  { path: '/rectifications', name: 'inbox', component: InboxPage },
  { path: `/rectifications/${desk}`, name: 'inbox-desk', component: InboxPage },
  { path: '/supervision/:rest(.*)', redirect: { name: 'office' } },
  { path: '/rectifications/:rest(.*)', redirect: { name: 'inbox' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
