import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/**
 * The page's path, following single-spa's navigation: the same application serves /window and /queue/display
 * and stays mounted when the route changes between them.
 */
export function useCurrentPath(): Readonly<Ref<string>> {
  const path = ref(window.location.pathname);
  const update = () => (path.value = window.location.pathname);
  window.addEventListener('single-spa:routing-event', update);
  window.addEventListener('popstate', update);
  onScopeDispose(() => {
    window.removeEventListener('single-spa:routing-event', update);
    window.removeEventListener('popstate', update);
  });
  return readonly(path);
}

export const isQueueDisplayPath = (path: string) => /^\/queue\/display\/?$/.test(path);
