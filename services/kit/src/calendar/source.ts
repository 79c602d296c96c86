import { z } from 'zod';
import { serviceUnavailable, SUBGRAPH_CALL_TIMEOUT_MS } from '../errors';
import { defaultSubgraphPort } from '../services';
import { WorkingCalendar, type DayOverride } from './working-days';

/**
 * Where a subgraph reads the hall calendar. The cases subgraph owns the manager's overrides (ADR 0015); the duty and
 * inspections subgraphs ask it for them, so every working day of the platform is counted on one clock.
 */
export interface CalendarSource {
  /** The statutory calendar under the hall's overrides as they stand now; SERVICE_UNAVAILABLE when they cannot be read. */
  calendar(): Promise<WorkingCalendar>;
}

/** `CASES_URL`, else the cases subgraph on this host at `CASES_PORT` (default: its port in the subgraph list). */
export function casesUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CASES_URL || `http://127.0.0.1:${env.CASES_PORT || defaultSubgraphPort('cases')}/graphql`;
}

export const CALENDAR_OVERRIDES_QUERY = `query HallCalendarOverrides { calendarOverrides { day override } }`;

const answerSchema = z.object({
  data: z.object({
    calendarOverrides: z.array(
      z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), override: z.enum(['WORKING', 'OFF']) }),
    ),
  }),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

/** The overrides out of an answer of the cases subgraph; anything but a clean answer is the cases service failing. */
export function overridesOfAnswer(answer: unknown): Map<string, DayOverride> {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success || parsed.data.errors?.length) throw serviceUnavailable('cases');
  return new Map(parsed.data.data.calendarOverrides.map((row) => [row.day, row.override]));
}

/**
 * The real source: one public query to the cases subgraph per call (callers keep the answer for their request). `url`
 * may be a function, for a platform that learns the cases subgraph's address after this subgraph is built; by default
 * it is read when first asked, so importing a subgraph reads no subgraph list.
 */
export function hallCalendarSource(url: string | (() => string) = () => casesUrlFromEnv()): CalendarSource {
  const urlOf = typeof url === 'string' ? () => url : url;
  return {
    async calendar() {
      const response = await fetch(urlOf(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CALENDAR_OVERRIDES_QUERY }),
        signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
      }).catch(() => {
        throw serviceUnavailable('cases');
      });
      if (!response.ok) throw serviceUnavailable('cases');
      return new WorkingCalendar(overridesOfAnswer(await response.json().catch(() => null)));
    },
  };
}

/**
 * A source over overrides known in this process: tests, and in-process tools (seeds, generators) that run without a
 * cases subgraph. With no overrides it is the statutory calendar alone.
 */
export function fixedCalendarSource(overrides: Readonly<Record<string, DayOverride>> = {}): CalendarSource {
  const calendar = new WorkingCalendar(new Map(Object.entries(overrides)));
  return { calendar: async () => calendar };
}
