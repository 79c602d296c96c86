import { onSessionChange } from '@hall/styleguide';
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { AnswerError } from './availability';
import { gqlPartial } from './client';

/** Every minute by default, while the tab is visible; at once when it becomes visible again. */
export const REFRESH_MS = 60_000;

/**
 * Runs a partial-answer query, again when its variables change, someone signs in or out, every `refreshMs` while
 * the page is visible, and on `refetch()`. A newer run cancels an older one.
 */
export function usePartialQuery<T>(
  query: string,
  variables: MaybeRefOrGetter<Record<string, unknown>>,
  options: { enabled: MaybeRefOrGetter<boolean>; refreshMs?: number },
) {
  const data = shallowRef<T | null>(null);
  const errors = shallowRef<AnswerError[]>([]);
  const failure = shallowRef<Error | null>(null);
  const loading = ref(false);
  const updatedAt = ref<Date | null>(null);
  let inFlight: AbortController | null = null;

  async function run(): Promise<void> {
    inFlight?.abort();
    if (!toValue(options.enabled)) return;
    const controller = new AbortController();
    inFlight = controller;
    loading.value = true;
    try {
      const answer = await gqlPartial<T>(query, toValue(variables), controller.signal);
      if (controller.signal.aborted) return;
      data.value = answer.data;
      errors.value = answer.errors;
      failure.value = null;
      updatedAt.value = new Date();
    } catch (caught) {
      if (controller.signal.aborted) return;
      failure.value = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        loading.value = false;
      }
    }
  }

  watch(() => [JSON.stringify(toValue(variables)), toValue(options.enabled)], () => void run(), { immediate: true });
  const unsubscribe = onSessionChange(() => void run());
  // refreshMs 0: no automatic refresh (the monthly report).
  const refreshMs = options.refreshMs ?? REFRESH_MS;
  const timer = refreshMs > 0 ? setInterval(() => !document.hidden && void run(), refreshMs) : undefined;
  const onVisibility = () => {
    if (!document.hidden) void run();
  };
  if (refreshMs > 0) document.addEventListener('visibilitychange', onVisibility);
  onScopeDispose(() => {
    unsubscribe();
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    inFlight?.abort();
  });

  return { data, errors, failure, loading, updatedAt, refetch: run };
}
