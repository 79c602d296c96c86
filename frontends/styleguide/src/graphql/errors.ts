import { t } from '../i18n/messages';

/** Codes the platform's subgraphs put in `extensions.code`, plus the client's own for transport failures. */
export type HallErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'BAD_RESPONSE';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown> & { code?: string };
}

/** A failed GraphQL request; `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: HallErrorCode | (string & {});
  readonly errors: readonly GraphQLErrorEntry[];
  /** HTTP status, when a response arrived. */
  readonly status: number | undefined;

  constructor(
    code: HallErrorCode | (string & {}),
    message: string,
    options: { errors?: readonly GraphQLErrorEntry[]; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.errors = options.errors ?? [];
    this.status = options.status;
  }

  static fromErrors(errors: readonly GraphQLErrorEntry[], status: number): GraphQLRequestError {
    const first = errors[0];
    const code = first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    return new GraphQLRequestError(code, first?.message ?? 'GraphQL error', { errors, status });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function toErrorEntries(value: unknown): GraphQLErrorEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry) => {
    const error: GraphQLErrorEntry = { message: typeof entry.message === 'string' ? entry.message : 'GraphQL error' };
    if (Array.isArray(entry.path)) error.path = entry.path.filter((part) => typeof part === 'string' || typeof part === 'number');
    if (isRecord(entry.extensions)) error.extensions = entry.extensions;
    return error;
  });
}

/** What to tell a person about a failed request, in the current language. */
export function describeError(error: unknown): string {
  const code = error instanceof GraphQLRequestError ? error.code : undefined;
  switch (code) {
    case 'NETWORK_ERROR':
      return t('error.network');
    case 'UNAUTHENTICATED':
      return t('error.unauthenticated');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'BAD_USER_INPUT':
      return t('error.badInput', { detail: error instanceof Error ? error.message : '' });
    case 'CONFLICT':
      return t('error.conflict');
    default:
      return t('error.unknown');
  }
}
