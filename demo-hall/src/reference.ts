import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEMO_REFERENCE, type DemoReference } from './calendar';

/** The environment variables handing a reference to the subgraphs' seeds (scripts/start.ts sets both). */
export const DEMO_REFERENCE_DATE_ENV = 'DEMO_REFERENCE_DATE';
export const DEMO_NOW_ENV = 'DEMO_NOW';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkedDate(value: string, what: string): string {
  if (
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw new Error(`${what} is not a YYYY-MM-DD date: ${value}`);
  return value;
}

function checkedInstant(value: string, what: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`${what} is not an ISO instant: ${value}`);
  return at;
}

/**
 * The reference the seeds generate the demo hall for: DEMO_REFERENCE_DATE (a hall date) and DEMO_NOW (an instant;
 * default 17:30 in the hall on that date, after closing), or the fixed test reference when neither is set.
 */
export function demoReferenceFromEnv(env: NodeJS.ProcessEnv = process.env): DemoReference {
  const date = env[DEMO_REFERENCE_DATE_ENV];
  const now = env[DEMO_NOW_ENV];
  if (!date) {
    if (now) throw new Error(`${DEMO_NOW_ENV} needs ${DEMO_REFERENCE_DATE_ENV}`);
    return DEMO_REFERENCE;
  }
  checkedDate(date, DEMO_REFERENCE_DATE_ENV);
  return { date, now: now ? checkedInstant(now, DEMO_NOW_ENV) : new Date(`${date}T09:30:00Z`) };
}

/** The environment for a reference (the inverse of `demoReferenceFromEnv`). */
export function demoReferenceEnv(reference: DemoReference): Record<string, string> {
  return { [DEMO_REFERENCE_DATE_ENV]: reference.date, [DEMO_NOW_ENV]: reference.now.toISOString() };
}

/** The hall date of an instant in a time zone. */
export function hallDateOf(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The reference of a platform's demo hall, decided once, when its databases are first created, and kept in `file`
 * beside the data: a restart a day later seeds (what is missing) for the same day. A new file says "today in the hall's
 * time zone, now".
 */
export function persistedDemoReference(file: string, options: { now?: Date; timeZone: string; fresh: boolean }): DemoReference {
  if (existsSync(file) && !options.fresh) {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof stored === 'object' && stored !== null && 'date' in stored && 'now' in stored) {
      const { date, now } = stored;
      if (typeof date === 'string' && typeof now === 'string') return { date: checkedDate(date, file), now: checkedInstant(now, file) };
    }
    throw new Error(`${file} does not hold a demo reference ({ "date": "YYYY-MM-DD", "now": "<ISO instant>" })`);
  }
  const now = options.now ?? new Date();
  const reference = { date: hallDateOf(now, options.timeZone), now };
  writeFileSync(file, `${JSON.stringify({ date: reference.date, now: reference.now.toISOString() }, null, 2)}\n`);
  return reference;
}
