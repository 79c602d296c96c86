import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import QueueDisplay from './components/QueueDisplay.vue';
import QueueKiosk from './components/QueueKiosk.vue';
import WindowDesk from './components/WindowDesk.vue';

/**
 * One application serves the window desk, the public queue display and the ticket kiosk (root page: /window,
 * /queue/display and /queue/kiosk).
 */
export const routes: RouteRecordRaw[] = [
  { path: '/window', name: 'desk', component: WindowDesk },
  { path: '/queue/display', name: 'queue-display', component: QueueDisplay },
  { path: '/queue/kiosk', name: 'queue-kiosk', component: QueueKiosk },
  // Any other path this application is mounted on shows the desk, as before.
  { path: '/:rest(.*)*', component: WindowDesk },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
