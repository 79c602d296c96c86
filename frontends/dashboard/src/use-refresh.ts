import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** Every minute by default, while the tab is visible; at once when it becomes visible again. */
export const REFRESH_MS = 60_000;

/** Runs `refresh` every `ms` while the page is visible, and when the page becomes visible again. */
export function useAutoRefresh(refresh: () => unknown, ms = REFRESH_MS): void {
  const timer = setInterval(() => {
    if (!document.hidden) void refresh();
  }, ms);
  const onVisibility = () => {
    if (!document.hidden) void refresh();
  };
  document.addEventListener('visibilitychange', onVisibility);
  onScopeDispose(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}

/** When an answer last arrived (each answer is a new object). */
export function useUpdatedAt(data: Readonly<Ref<unknown>>): Readonly<Ref<Date | null>> {
  const updatedAt = ref<Date | null>(null);
  watch(data, (value) => {
    if (value !== undefined && value !== null) updatedAt.value = new Date();
  });
  return updatedAt;
}
