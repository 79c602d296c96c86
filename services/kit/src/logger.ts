import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Fields that carry personal data or secrets, as the services name them (services/*\/src/db/schema.ts, the
 * GraphQL inputs): applicants and complainants, staff and supervisors, free text that may quote a person, and
 * what a request or a database error carries (tokens, variables, query parameters, pg's `detail`).
 */
export const REDACTED_FIELDS = [
  'applicantName',
  'applicantIdNumber',
  'applicantPhone',
  'complainantName',
  'complainantPhone',
  'idNumber',
  'phone',
  'phoneTail',
  'contactPhone',
  'name',
  'actorName',
  'content',
  'note',
  'notes',
  'callbackNote',
  'decisionNote',
  'reason',
  'fileName',
  'contentBase64',
  'authorization',
  'cookie',
  'token',
  'password',
  'secret',
  'variables',
  'query',
  'params',
  'parameters',
  'detail',
  'where',
] as const;

/** How deep below the log object a redacted field is still found (`error.cause.detail` is two levels down). */
const REDACTION_DEPTH = 4;

export function redactionPaths(fields: readonly string[] = REDACTED_FIELDS, depth = REDACTION_DEPTH): string[] {
  // The top-level `name` is pino's own (the service); below it, a `name` is a person's or a department's.
  const paths: string[] = fields.filter((field) => field !== 'name');
  for (let level = 1; level <= depth; level += 1) {
    const prefix = Array.from({ length: level }, () => '*').join('.');
    for (const field of fields) paths.push(`${prefix}.${field}`);
  }
  return paths;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  schema?: unknown;
  severity?: unknown;
  message?: unknown;
  cause?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isDatabaseError(error: ErrorLike): boolean {
  if (typeof error.severity === 'string' && typeof error.code === 'string' && SQLSTATE.test(error.code)) return true;
  return typeof error.message === 'string' && error.message.startsWith('Failed query:');
}

function className(error: object): string | undefined {
  const name = error.constructor?.name;
  return name === 'Object' || name === 'Error' ? undefined : name;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 120) : undefined;
}

/**
 * What may be logged of an error: its class, code, and for a database error the constraint, table, column and
 * schema it names, never its message (drizzle's `Failed query: … params: …`) nor pg's `detail`, which quote the
 * row's values. Other errors keep a message, cut at any `params:` and shortened. Follows `cause` (drizzle wraps
 * pg's error) two levels down.
 */
export function errorForLog(error: unknown, depth = 2): Record<string, string> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const candidate = error as ErrorLike;
  const database = isDatabaseError(candidate) || (candidate.cause !== undefined && isDatabaseError(candidate.cause as ErrorLike));
  const fields: Record<string, string | undefined> = {
    // The class (DrizzleQueryError, DatabaseError) says more than `name`, which is often plain 'Error' or 'error'.
    type: textOf(className(error)) ?? textOf(candidate.name),
    code: typeof candidate.code === 'string' || typeof candidate.code === 'number' ? String(candidate.code).slice(0, 40) : undefined,
    constraint: textOf(candidate.constraint),
    table: textOf(candidate.table),
    column: textOf(candidate.column),
    schema: textOf(candidate.schema),
    message: database
      ? undefined
      : textOf(
          String(candidate.message ?? '')
            .split(/\bparams:/)[0]
            ?.trim(),
        ),
  };
  const logged = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
  if (depth > 0 && candidate.cause && typeof candidate.cause === 'object') {
    for (const [key, value] of Object.entries(errorForLog(candidate.cause, depth - 1))) logged[`cause.${key}`] = value;
  }
  return logged;
}

function safeError(value: unknown): unknown {
  return value instanceof Error ? errorForLog(value) : value;
}

let captured: { destination: DestinationStream; level: string } | undefined;

/**
 * For tests: every logger created from now on writes to `destination` at `level`, so that a test can scan
 * what the platform would log. Returns the function that ends the capture.
 */
export function captureLogs(destination: DestinationStream, level = 'trace'): () => void {
  captured = { destination, level };
  return () => {
    captured = undefined;
  };
}

/**
 * Structured logs without anything personal: request variables are never logged, errors are logged through
 * `errorForLog`, and fields that could carry personal data are redacted should they ever be passed in.
 * `destination` and `level` are for tests (a buffer to scan).
 */
export function createLogger(service: string, options: { destination?: DestinationStream; level?: string } = {}): Logger {
  const settings: LoggerOptions = {
    name: service,
    level: options.level ?? captured?.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    redact: { paths: redactionPaths(), censor: '[redacted]' },
    // An error handed to the logger as it is (`logger.error(error)`, `{ err }`, `{ error }`) goes through errorForLog
    // too: pino would otherwise log its message and stack, a database error's parameters with them.
    serializers: { err: safeError, error: safeError },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args;
        if (first instanceof Error)
          return method.apply(this, [{ error: errorForLog(first) }, ...(rest.length > 0 ? rest : ['error'])] as never);
        return method.apply(this, args);
      },
    },
  };
  const target = options.destination ?? captured?.destination;
  return target ? pino(settings, target) : pino(settings);
}

/**
 * A process entry's last words: an uncaught error (a failing migration or seed at start, say) is logged through
 * `errorForLog` and the process exits with 1, instead of Node printing the error whole (a database error's
 * message lists the query's parameters).
 */
export function exitOnFatalErrors(logger: Logger): void {
  const fatal = (error: unknown) => {
    logger.fatal({ error: errorForLog(error) }, 'fatal error, exiting');
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
