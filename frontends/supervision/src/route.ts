import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** The same app serves the manager's /supervision and the departments' /rectifications and stays mounted between them. */
export const isInboxPath = (pathname: string): boolean => /^\/rectifications\/?$/.test(pathname);

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
