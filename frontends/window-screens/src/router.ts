import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import QueueDisplay from './components/QueueDisplay.vue';
import WindowDesk from './components/WindowDesk.vue';

/** One application serves the window desk and the public queue display (root page: /window and /queue/display). */
export const routes: RouteRecordRaw[] = [
  { path: '/window', name: 'desk', component: WindowDesk },
  { path: '/queue/display', name: 'queue-display', component: QueueDisplay },
  // Any other path this application is mounted on shows the desk, as before.
  { path: '/:rest(.*)*', component: WindowDesk },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
