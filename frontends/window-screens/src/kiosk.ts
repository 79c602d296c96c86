import { describeError, GraphQLRequestError } from '@hall/styleguide';
import type { KioskOption } from './components/QueueKiosk.graphql';
import { t } from './messages';

export interface KioskDepartment {
  id: string;
  name: string;
  hallZone: string;
  lines: Array<{ category: KioskOption['category']; waiting: number }>;
}

/**
 * The kiosk's options by department, in the order the subgraph gives them (the hall's layout). A line whose department
 * the catalog could not name is left out: nobody could pick it.
 */
export function kioskDepartments(options: readonly KioskOption[]): KioskDepartment[] {
  const byId = new Map<string, KioskDepartment>();
  for (const option of options) {
    if (!option.department) continue;
    const { id, name, hallZone } = option.department;
    const department = byId.get(id) ?? { id, name, hallZone, lines: [] };
    department.lines.push({ category: option.category, waiting: option.waiting });
    byId.set(id, department);
  }
  return [...byId.values()];
}

/** Whole minutes to wait, at least 1, from a RATE_LIMITED refusal's `extensions.retryAfter` (seconds). */
export function retryMinutes(error: GraphQLRequestError): number {
  const seconds = error.errors[0]?.extensions?.retryAfter;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** What a refused ticket means to the applicant, from the refusal's code, in the page's language. */
export function refusalText(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'RATE_LIMITED') return t('kiosk.rateLimited', { n: retryMinutes(error) });
    // The only input the kiosk sends comes from its own list: a refusal means no window serves the line any more.
    if (error.code === 'BAD_USER_INPUT') return t('kiosk.notServed');
  }
  return describeError(error);
}
