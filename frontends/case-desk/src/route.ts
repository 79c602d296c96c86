import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/**
 * The desk's own routes under the root's `/desk`: the list, and the printable notices of a case — the one-time
 * notice, the refusal and the result notice (办结通知书) with the evaluation code.
 */
export type PrintKind = 'notice' | 'refusal' | 'result';

const PRINT_KINDS: readonly PrintKind[] = ['notice', 'refusal', 'result'];
const PRINT_PATH = /^\/desk\/print\/(notice|refusal|result)\/([^/]+)\/?$/;

export function printPath(kind: PrintKind, caseId: string): string {
  return `/desk/print/${kind}/${encodeURIComponent(caseId)}`;
}

export function printTarget(pathname: string): { kind: PrintKind; caseId: string } | null {
  const match = PRINT_PATH.exec(pathname);
  const kind = PRINT_KINDS.find((candidate) => candidate === match?.[1]);
  if (!kind || !match?.[2]) return null;
  return { kind, caseId: decodeURIComponent(match[2]) };
}

/** Changes the URL without reloading; single-spa hears the popstate. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePathname(): Readonly<Ref<string>> {
  const pathname = ref(window.location.pathname);
  const update = () => (pathname.value = window.location.pathname);
  window.addEventListener('popstate', update);
  window.addEventListener('single-spa:routing-event', update);
  onScopeDispose(() => {
    window.removeEventListener('popstate', update);
    window.removeEventListener('single-spa:routing-event', update);
  }, true);
  return readonly(pathname);
}
