import { getCurrentScope, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import { onSessionChange } from '../session';
import { gql, gqlPartial, type GraphQLVariables, type TypedDocument } from './client';
import { GraphQLRequestError, type GraphQLErrorEntry } from './errors';

export interface QueryOptions {
  /** While false, nothing is fetched (e.g. until the user picks something). */
  enabled?: MaybeRefOrGetter<boolean>;
  /**
   * Keep a partial answer: `data` holds what the gateway could answer and `partialErrors` what it could not (e.g. one
   * subgraph down); `error` is set only when nothing could be answered.
   */
  partial?: boolean;
}

export interface QueryResult<T> {
  data: ShallowRef<T | undefined>;
  error: ShallowRef<GraphQLRequestError | null>;
  /** With `partial`: the errors that came beside the data of the last answer. */
  partialErrors: ShallowRef<readonly GraphQLErrorEntry[]>;
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
  query: TypedDocument<T, V> | string,
  variables?: MaybeRefOrGetter<V | undefined>,
  options: QueryOptions = {},
): QueryResult<T> {
  const data = shallowRef<T | undefined>();
  const error = shallowRef<GraphQLRequestError | null>(null);
  const partialErrors = shallowRef<readonly GraphQLErrorEntry[]>([]);
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
      const request = { signal: controller.signal };
      const answer = options.partial
        ? await gqlPartial<T, V>(query, toValue(variables), request)
        : { data: await gql<T, V>(query, toValue(variables), request), errors: [] };
      if (controller.signal.aborted) return;
      data.value = answer.data;
      partialErrors.value = answer.errors;
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

  return { data, error, partialErrors, loading, refetch: run };
}
