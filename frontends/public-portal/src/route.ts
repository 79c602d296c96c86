import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** The portal's two routes under the root page: `/track` (progress, complaints) and `/evaluate?code=…` (一事一评). */
export const EVALUATE_PATH = '/evaluate';

export function isEvaluatePath(pathname: string): boolean {
  return /^\/evaluate\/?$/.test(pathname);
}

/** Changes the URL without reloading; single-spa hears the popstate. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current pathname, following single-spa's and the browser's navigation for the calling scope's lifetime. */
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
