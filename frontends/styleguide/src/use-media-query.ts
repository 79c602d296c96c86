import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** Phones and narrow windows, where side-by-side layouts stack. */
export const NARROW_SCREEN = '(max-width: 640px)';

/** Whether a CSS media query matches, following changes (rotation, window resize) for the calling scope. */
export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const list = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  const matches = ref(list?.matches ?? false);
  if (list) {
    const onChange = (event: MediaQueryListEvent) => (matches.value = event.matches);
    list.addEventListener('change', onChange);
    onScopeDispose(() => list.removeEventListener('change', onChange), true);
  }
  return readonly(matches);
}
