import type { CaseStatus } from './gql/graphql';

/** The case facts a result notice (办结通知书) is printed for: only a completed or delivered case has one. */
export function isFinished(status: CaseStatus): boolean {
  return status === 'COMPLETED' || status === 'DELIVERED';
}

/** An evaluation code as people read it off paper: 16 characters in four groups, `XXXX-XXXX-XXXX-XXXX`. */
export function groupEvaluationCode(code: string): string {
  const compact = code.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

/**
 * The public evaluate page opened on the window tablet, the applicant's device at the desk: same origin as the
 * desk, the code without hyphens and the tablet channel.
 */
export function tabletEvaluationPath(code: string): string {
  const compact = code.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return `/evaluate?${new URLSearchParams({ code: compact, channel: 'WINDOW_TABLET' }).toString()}`;
}

/** Where someone holding the paper types the code: the evaluation URL without its query. */
export function evaluationEntryUrl(evaluationUrl: string): string {
  try {
    const url = new URL(evaluationUrl);
    return `${url.origin}${url.pathname}`;
  } catch {
    return evaluationUrl.split('?')[0] ?? evaluationUrl;
  }
}
