import { describeError, GraphQLRequestError } from '@hall/styleguide';
import { t, type MessageKey } from './messages';

/** What a refused save means for the editor: messages beside fields, and one message above the form. */
export interface SaveRefusal {
  fields: Record<string, string>;
  alert: string;
  /** Whether the alert is a refusal of the whole action (FORBIDDEN, CONFLICT) rather than bad fields. */
  blocking: boolean;
}

/** The catalog's English rule messages (services/catalog/src/resolvers/inputs.ts), in the editor's language. */
const KNOWN_MESSAGES: Array<[RegExp, MessageKey]> = [
  [/committed limit must not exceed the legal limit/, 'server.committedOverLegal'],
  [/instant matter commits 0 days/, 'rule.instantCommits'],
  [/charged matter needs its fee basis/, 'rule.feeBasis'],
  [/leave feeYuan null/, 'rule.feePositive'],
  [/conditional material needs its condition/, 'rule.condition'],
  [/must not repeat/, 'rule.repeats'],
  [/lead department is not one of its own/, 'rule.jointOwn'],
  [/a matter with this code already exists/, 'server.codeExists'],
  [/matter code cannot change/, 'server.codeFixed'],
  [/unknown or inactive department/, 'server.department'],
  // The registry's (services/registry/src/resolvers/inputs.ts): an appointment quota's half-day.
  [/is at (least 0|most 200 appointments a half-day)/, 'quota.range'],
];

function translate(message: string): string {
  const steps = /the steps take (\d+) working days, more than the committed (\d+)/.exec(message);
  if (steps) return t('rule.stepsOverCommitted', { n: Number(steps[1]), committed: Number(steps[2]) });
  const known = KNOWN_MESSAGES.find(([pattern]) => pattern.test(message));
  return known ? t(known[1]) : t('server.fieldError', { message });
}

function fieldEntries(error: GraphQLRequestError): Array<{ path: string; message: string }> {
  const entries: Array<{ path: string; message: string }> = [];
  for (const entry of error.errors) {
    const { fields, field } = entry.extensions ?? {};
    if (Array.isArray(fields)) {
      for (const item of fields) {
        if (typeof item === 'object' && item !== null && 'path' in item && typeof item.path === 'string') {
          const message = 'message' in item && typeof item.message === 'string' ? item.message : entry.message;
          entries.push({ path: item.path.replace(/^input\./, ''), message });
        }
      }
    } else if (typeof field === 'string') {
      entries.push({ path: field, message: entry.message });
    }
  }
  return entries;
}

export function describeRefusal(error: unknown): SaveRefusal {
  if (!(error instanceof GraphQLRequestError)) return { fields: {}, alert: describeError(error), blocking: true };
  const fields: Record<string, string> = {};
  for (const { path, message } of fieldEntries(error)) fields[path] ??= translate(message);
  const count = Object.keys(fields).length;
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return { fields, alert: count > 0 ? t('server.badInput', { n: count }) : describeError(error), blocking: count === 0 };
    case 'FORBIDDEN':
      return { fields: {}, alert: t('server.forbidden'), blocking: true };
    case 'CONFLICT':
      if (count > 0) return { fields, alert: t('server.conflict', { message: Object.values(fields).join('；') }), blocking: false };
      return { fields: {}, alert: `${t('server.conflict', { message: error.message })} ${t('server.conflictHint')}`, blocking: true };
    default:
      return { fields: {}, alert: describeError(error), blocking: true };
  }
}
