import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** The guide's own routes under the root's `/guide`: the list, and the print view of one matter. */
export const PRINT_PREFIX = '/guide/print/';

export function printPath(matterId: string): string {
  return `${PRINT_PREFIX}${encodeURIComponent(matterId)}`;
}

/** The matter id of a print-view path, or null for any other page. */
export function printedMatterId(pathname: string): string | null {
  if (!pathname.startsWith(PRINT_PREFIX)) return null;
  const id = decodeURIComponent(pathname.slice(PRINT_PREFIX.length).replace(/\/+$/, ''));
  return id || null;
}

/**
 * Changes the URL without reloading. single-spa patches pushState and tells the page with a popstate event; the
 * explicit event covers running without it (tests, a standalone build).
 */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current pathname, following navigation for the calling scope. */
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
