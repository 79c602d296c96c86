import { createHmac } from 'node:crypto';
import { authSecret, hallTimeZone } from '@hall/service-kit';

/** The hall's rules for deadlines, warnings and follow-ups; each overridable by an environment variable. */
export interface CasesSettings {
  /** `HALL_TZ`, default Asia/Shanghai: days are counted in it. */
  timeZone: string;
  /** `CASES_DEADLINE_TIME` (HH:MM, default 17:00): a deadline is the end of its last working day at this time. */
  deadlineMinute: number;
  /** `CASES_PRE_WARNING_SHARE` (default 0.8): pre-warning once this share of the committed working days is used. */
  preWarningShare: number;
  /** `CASES_SUPERVISION_DAYS` (default 3): working days after the committed deadline before a red card. */
  supervisionWorkingDays: number;
  /** `CASES_ESCALATION_DAYS` (default 3): working days an escalation (督办) gives the department. */
  escalationWorkingDays: number;
  /** `CASES_BAD_REVIEW_DAYS` (default 15): working days to verify and rectify a bad review. */
  badReviewWorkingDays: number;
  /** `CASES_COMPLAINT_DAYS` (default 10): working days to answer a complaint. */
  complaintWorkingDays: number;
  /** `PUBLIC_WEB_URL` (default http://localhost:9000): the public portal the evaluation link (一事一评) opens. */
  publicWebUrl: string;
  /**
   * `CASES_EPISODE_DAYS` (default 30): two cases of one applicant for one matter this many days apart or fewer belong to
   * one episode (the honest one-visit rate counts the trips of the whole episode).
   */
  episodeDays: number;
}

let applicantSecret: Uint8Array | undefined;

/**
 * The key of the applicant link (domain/applicant-key.ts): `CASES_APPLICANT_KEY`, else derived from the hall's
 * `AUTH_SECRET`. Read when first needed, so that importing the subgraph asks for no secret. Changing it breaks the links
 * of the cases keyed before (the sweep keys only rows without a key).
 */
export function applicantKeySecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  applicantSecret ??= env.CASES_APPLICANT_KEY
    ? new TextEncoder().encode(env.CASES_APPLICANT_KEY)
    : createHmac('sha256', authSecret(env)).update('hall applicant key v1').digest();
  return applicantSecret;
}

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number of working days`);
  return parsed;
}

function publicWebUrl(value: string | undefined): string {
  const url = value || 'http://localhost:9000';
  if (!/^https?:\/\/[^\s/]+/.test(url)) throw new Error('PUBLIC_WEB_URL must be an http(s) URL');
  return url.replace(/\/+$/, '');
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): CasesSettings {
  const time = /^(\d{2}):(\d{2})$/.exec(env.CASES_DEADLINE_TIME ?? '17:00');
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) throw new Error('CASES_DEADLINE_TIME must be HH:MM');
  const share = Number(env.CASES_PRE_WARNING_SHARE ?? '0.8');
  if (!(share > 0 && share < 1)) throw new Error('CASES_PRE_WARNING_SHARE must be between 0 and 1');
  return {
    timeZone: hallTimeZone(env),
    deadlineMinute: Number(time[1]) * 60 + Number(time[2]),
    preWarningShare: share,
    supervisionWorkingDays: wholeNumber(env.CASES_SUPERVISION_DAYS, 3, 'CASES_SUPERVISION_DAYS'),
    escalationWorkingDays: wholeNumber(env.CASES_ESCALATION_DAYS, 3, 'CASES_ESCALATION_DAYS'),
    badReviewWorkingDays: wholeNumber(env.CASES_BAD_REVIEW_DAYS, 15, 'CASES_BAD_REVIEW_DAYS'),
    complaintWorkingDays: wholeNumber(env.CASES_COMPLAINT_DAYS, 10, 'CASES_COMPLAINT_DAYS'),
    publicWebUrl: publicWebUrl(env.PUBLIC_WEB_URL),
    episodeDays: wholeNumber(env.CASES_EPISODE_DAYS, 30, 'CASES_EPISODE_DAYS'),
  };
}
