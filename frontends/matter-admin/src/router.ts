import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import MatterAdmin from './MatterAdmin.vue';

/** Paths under the root page's `/admin/matters` prefix (frontends/root-config/src/microfrontend-layout.html). */
export const MATTERS_PATH = '/admin/matters';

const routes = [
  { path: MATTERS_PATH, name: 'matters', component: MatterAdmin },
  // The editor and the history are drawers over the list: any deeper path shows the list.
  { path: `${MATTERS_PATH}/:rest(.*)`, redirect: MATTERS_PATH },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
