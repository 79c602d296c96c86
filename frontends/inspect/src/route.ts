import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** The app's routes under the root's `/inspect`: the assignments, and one visit. */
export const INSPECT_PREFIX = '/inspect';

export const visitPath = (id: string): string => `${INSPECT_PREFIX}/${encodeURIComponent(id)}`;

export function visitIdOf(pathname: string): string | null {
  const match = /^\/inspect\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** single-spa patches pushState; the explicit popstate covers running without it (tests). */
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
