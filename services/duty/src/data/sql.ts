import { type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

/** Anything that runs SQL: the database or a transaction. */
export type Executor = Pick<NodePgDatabase<Record<string, unknown>>, 'execute'>;

/** Runs raw SQL and returns its rows typed as the caller says (columns come back as PostgreSQL's text). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return result.rows as T[];
}

const PG_TIMESTAMPTZ = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2})(?::?(\d{2}))?$/;

/** A `timestamptz` as raw SQL returns it ('2026-11-20 01:06:00.123456+00'), or a Date, as a Date. */
export function instant(value: string | Date): Date;
export function instant(value: string | Date | null): Date | null;
export function instant(value: string | Date | null): Date | null {
  if (value === null || value instanceof Date) return value;
  const match = PG_TIMESTAMPTZ.exec(value);
  const date = match ? new Date(`${match[1]}T${match[2]}${(match[3] ?? '').slice(0, 4)}${match[4]}:${match[5] ?? '00'}`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${value}`);
  return date;
}

/** A count or other integer PostgreSQL sent as text (bigint). */
export function int(value: string | number | null): number {
  return value === null ? 0 : Number(value);
}

/** A nullable numeric PostgreSQL sent as text. */
export function float(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

/** PostgreSQL's unique_violation, optionally of one constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const pgError = cause as { code?: string; constraint?: string };
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}

export function pgErrorConstraint(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return (cause as { constraint?: string })?.constraint;
}
