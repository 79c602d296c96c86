import { enumValues } from '@hall/styleguide';
import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import PrintGuide from './components/PrintGuide.vue';
import ServiceGuide from './ServiceGuide.vue';

/**
 * The guide's pages under the root page's `/guide` (and `/`, which the root page also gives to the guide):
 * the list by department or by category, one matter's guide over the list, and its print view.
 */
export const GUIDE_PATH = '/guide';

const routes: RouteRecordRaw[] = [
  { path: GUIDE_PATH, alias: '/', name: 'guide', component: ServiceGuide },
  { path: `${GUIDE_PATH}/department/:departmentId`, name: 'department', component: ServiceGuide },
  // Only the catalog's categories: any other falls through to the guide.
  { path: `${GUIDE_PATH}/category/:category(${enumValues('MatterCategory').join('|')})`, name: 'category', component: ServiceGuide },
  { path: `${GUIDE_PATH}/matter/:matterId`, name: 'matter', component: ServiceGuide },
  { path: `${GUIDE_PATH}/print/:matterId`, name: 'print', component: PrintGuide, props: true },
  { path: `${GUIDE_PATH}/:rest(.*)`, redirect: GUIDE_PATH },
];

export const matterRoute = (matterId: string): RouteLocationRaw => ({ name: 'matter', params: { matterId } });
export const printRoute = (matterId: string): RouteLocationRaw => ({ name: 'print', params: { matterId } });

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
