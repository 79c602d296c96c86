import { getCurrentScope, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import { onSessionChange } from '../session';
import { gql, type GraphQLVariables } from './client';
import { GraphQLRequestError } from './errors';

export interface QueryOptions {
  /** While false, nothing is fetched (e.g. until the user picks something). */
  enabled?: MaybeRefOrGetter<boolean>;
}

export interface QueryResult<T> {
  data: ShallowRef<T | undefined>;
  error: ShallowRef<GraphQLRequestError | null>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

function asRequestError(error: unknown): GraphQLRequestError {
  if (error instanceof GraphQLRequestError) return error;
  return new GraphQLRequestError('INTERNAL_SERVER_ERROR', error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * Runs a query now, again whenever its variables change or someone signs in or out, and on `refetch()`.
 * A newer run cancels an older one, so a slow answer never overwrites a fresher one.
 */
export function useQuery<T, V extends GraphQLVariables = GraphQLVariables>(
  query: string,
  variables?: MaybeRefOrGetter<V | undefined>,
  options: QueryOptions = {},
): QueryResult<T> {
  const data = shallowRef<T | undefined>();
  const error = shallowRef<GraphQLRequestError | null>(null);
  const loading = ref(false);
  let inFlight: AbortController | null = null;

  async function run(): Promise<void> {
    inFlight?.abort();
    if (options.enabled !== undefined && !toValue(options.enabled)) {
      inFlight = null;
      loading.value = false;
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    loading.value = true;
    try {
      const result = await gql<T>(query, toValue(variables), { signal: controller.signal });
      if (controller.signal.aborted) return;
      data.value = result;
      error.value = null;
    } catch (caught) {
      if (controller.signal.aborted) return;
      error.value = asRequestError(caught);
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        loading.value = false;
      }
    }
  }

  watch(
    () => [JSON.stringify(toValue(variables) ?? null), options.enabled === undefined || toValue(options.enabled)],
    () => void run(),
    {
      immediate: true,
    },
  );

  if (getCurrentScope()) {
    const unsubscribe = onSessionChange(() => void run());
    onScopeDispose(() => {
      unsubscribe();
      inFlight?.abort();
    });
  }

  return { data, error, loading, refetch: run };
}
