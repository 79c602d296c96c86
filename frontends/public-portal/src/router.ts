import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import ComplaintForm from './components/ComplaintForm.vue';
import EvaluateByCode from './components/EvaluateByCode.vue';
import TrackCase from './components/TrackCase.vue';

/**
 * The portal's pages under the root page's `/track` and `/evaluate`: tracking, complaints, and 一事一评 by code
 * (`/evaluate?code=…&channel=…`, the link of a result notice's QR code). No catch-all: under single-spa this router
 * also sees the other apps' paths and must leave them alone.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/track', name: 'track', component: TrackCase },
  { path: '/track/complaint', name: 'complaint', component: ComplaintForm },
  { path: '/evaluate', name: 'evaluate', component: EvaluateByCode },
];

export type PortalTab = 'track' | 'complaint' | 'evaluate';

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
