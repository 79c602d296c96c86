import { createRouter, createWebHistory, type RouteLocationRaw, type RouteParamsGeneric, type RouteRecordNameGeneric, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import CaseDesk from './components/CaseDesk.vue';
import PrintPage from './components/PrintPage.vue';

/**
 * The desk's pages under the root page's `/desk`: the list, and the printable notices of a case — the one-time
 * notice, the refusal and the result notice (办结通知书) with the evaluation code. Any other path under `/desk` shows
 * the list; paths outside it belong to other apps (single-spa), so there is no catch-all beyond `/desk`.
 */
export const PRINT_KINDS = ['notice', 'refusal', 'result'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const routes: RouteRecordRaw[] = [
  { path: '/desk', name: 'desk', component: CaseDesk },
  { path: `/desk/print/:kind(${PRINT_KINDS.join('|')})/:caseId`, name: 'print', component: PrintPage },
  { path: '/desk/:other(.*)', name: 'desk-other', component: CaseDesk },
];

export function printRoute(kind: PrintKind, caseId: string): RouteLocationRaw {
  return { name: 'print', params: { kind, caseId } };
}

/** The notice a route prints, or null for the desk's other pages. */
export function printTarget(route: { name?: RouteRecordNameGeneric | null; params: RouteParamsGeneric }): { kind: PrintKind; caseId: string } | null {
  if (route.name !== 'print') return null;
  const { kind, caseId } = route.params;
  const known = PRINT_KINDS.find((candidate) => candidate === kind);
  return known && typeof caseId === 'string' ? { kind: known, caseId } : null;
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
