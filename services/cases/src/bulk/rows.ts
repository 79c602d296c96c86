import { printableText, uuidSchema, type WorkingCalendar } from '@hall/service-kit';
import { z } from 'zod';
import { caseStatus, evaluationChannel } from '../db/schema';
import { clockFor, pausedWorkingDays } from '../domain/deadlines';
import { isAllowed, PAUSED_STATES, TRANSITIONS, type CaseStatus, type TransitionName } from '../domain/lifecycle';
import type { MatterSnapshot } from '../ports/matters';
import type { CasesSettings } from '../settings';

export const importEventSchema = z.object({
  at: z.date(),
  to: z.enum(caseStatus.enumValues),
  reason: printableText(2000).nullish(),
  actorRole: z.enum(['public', 'staff', 'dept_admin', 'manager']).nullish(),
});

export const importRowSchema = z.object({
  number: z.string().regex(/^[A-Z0-9-]{6,30}$/, '6–30 capital letters, digits or dashes'),
  matterId: uuidSchema,
  windowId: uuidSchema.nullish(),
  firstOwnerStaffId: uuidSchema,
  applicantName: printableText(50),
  applicantIdNumber: z.string().regex(/^\d{17}[\dX]$/, 'an 18-character resident ID'),
  applicantPhone: z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number'),
  visits: z.number().int().min(0).max(50),
  events: z.array(importEventSchema).min(1).max(50),
  evaluation: z
    .object({
      level: z.number().int().min(1).max(5),
      channel: z.enum(evaluationChannel.enumValues),
      comment: printableText(1000).nullish(),
      evaluatedAt: z.date(),
      realName: z.boolean().nullish(),
    })
    .nullish(),
  /** A REFERRED case: the department it was sent on to (in-process imports; the GraphQL input does not carry it). */
  referredToDepartmentId: uuidSchema.nullish(),
});

export type ImportRow = z.infer<typeof importRowSchema>;

export interface ImportProblem {
  /** 1-based position of the row in the request. */
  row: number;
  field: string;
  message: string;
}

/** The name of a lifecycle transition from one status to the next, for a case accepted or not. */
function transitionBetween(from: CaseStatus, to: CaseStatus, accepted: boolean): TransitionName | null {
  for (const name of Object.keys(TRANSITIONS) as TransitionName[]) if (isAllowed(name, from, accepted, to)) return name;
  return null;
}

/**
 * Checks a historical trail against the lifecycle table (an instant matter may go SUBMITTED → ACCEPTED → COMPLETED on
 * the spot), and derives the case's columns from it: acceptance, completion, pauses and the working-day clock.
 */
export function deriveImportedCase(row: ImportRow, snapshot: MatterSnapshot, calendar: WorkingCalendar, settings: CasesSettings) {
  const problems: Array<{ field: string; message: string }> = [];
  const [first] = row.events;
  if (first?.to !== 'SUBMITTED') problems.push({ field: 'events.0.to', message: 'a trail starts with SUBMITTED' });
  let accepted = false;
  let acceptedAt: Date | null = null;
  let completedAt = null as Date | null;
  let decidedAt: Date | null = null;
  let deliveredAt: Date | null = null;
  let pausedSince: Date | null = null;
  let paused = 0;
  let notices = 0;
  const instant = snapshot.kind === 'INSTANT' && row.events.some((event) => event.to === 'COMPLETED');
  const timed = row.events.map((event, index) => ({ ...event, from: index === 0 ? null : (row.events[index - 1]?.to ?? null) }));
  for (const [index, event] of timed.entries()) {
    const previous = row.events[index - 1];
    if (previous && event.at < previous.at) problems.push({ field: `events.${index}.at`, message: 'events must be in time order' });
    if (event.from) {
      const onTheSpot = instant && event.from === 'ACCEPTED' && event.to === 'COMPLETED';
      if (!onTheSpot && !transitionBetween(event.from, event.to, accepted)) {
        problems.push({ field: `events.${index}.to`, message: `${event.from} → ${event.to} is not a transition of the lifecycle` });
      }
    }
    if (event.to === 'ACCEPTED') [accepted, acceptedAt] = [true, event.at];
    if (event.to === 'SUPPLEMENT_REQUESTED') notices += 1;
    if (event.to === 'APPROVED' || event.to === 'DENIED') decidedAt = event.at;
    if (event.to === 'COMPLETED') completedAt = event.at;
    if (event.to === 'DELIVERED') deliveredAt = event.at;
    if (accepted && PAUSED_STATES.includes(event.to)) pausedSince = event.at;
    else if (pausedSince) {
      paused += pausedWorkingDays(pausedSince, event.at, calendar, settings);
      pausedSince = null;
    }
  }
  const status = row.events.at(-1)?.to ?? 'SUBMITTED';
  if (row.referredToDepartmentId && status !== 'REFERRED')
    problems.push({ field: 'referredToDepartmentId', message: 'only a referred case names a department' });
  if (row.evaluation) {
    if (!completedAt) problems.push({ field: 'evaluation', message: 'only a completed case can be evaluated' });
    else if (row.evaluation.evaluatedAt < completedAt)
      problems.push({ field: 'evaluation.evaluatedAt', message: 'evaluated before completion' });
  }
  const clock = acceptedAt && !instant ? clockFor(acceptedAt, snapshot.committedLimitDays, paused, calendar, settings) : null;
  return {
    problems,
    columns: {
      status,
      submittedAt: first?.at ?? new Date(0),
      acceptedAt,
      completedAt,
      decidedAt,
      deliveredAt,
      instant,
      pausedSince,
      pausedWorkingDays: paused,
      supplementNotices: notices,
      dueAt: clock?.dueAt ?? null,
      preWarningAt: clock?.preWarningAt ?? null,
      supervisionDueAt: clock?.supervisionDueAt ?? null,
      version: row.events.length,
      referredToDepartmentId: row.referredToDepartmentId ?? null,
    },
  };
}
