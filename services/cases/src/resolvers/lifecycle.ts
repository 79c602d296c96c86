import { badUserInput, parseInput } from '@hall/service-kit';
import { newEvaluationCode } from '../domain/codes';
import { and, eq, isNull } from 'drizzle-orm';
import type { CasesContext } from '../context';
import { escalations } from '../db/schema';
import { clockRules } from '../domain/deadlines';
import { stepColumns } from '../domain/case-columns';
import type { CaseStatus } from '../domain/lifecycle';
import {
  decideInput,
  deliverInput,
  noteInput,
  reasonInput,
  referInput,
  rejectInput,
  resubmitInput,
  supplementInput,
} from './inputs';
import type { MutationResolvers } from '../generated/resolvers';
import type { CaseRow } from '../data/loaders';
import { requireKnownDepartment } from '../ports/matters';
import { supplementNoticeProblem } from '../domain/notices';
import { runTransition, type CasePatch } from './transition';
import type { WorkingCalendar } from '@hall/service-kit';

function limitOf(kase: CaseRow): number {
  return kase.matterSnapshot?.committedLimitDays ?? 0;
}

/** The columns the step to `to` sets now (domain/case-columns.ts, the import's derivation too). */
function stepNow(kase: CaseRow, to: CaseStatus, calendar: WorkingCalendar, context: CasesContext): CasePatch {
  return stepColumns(kase, { at: context.now, to }, limitOf(kase), clockRules(calendar, context.settings));
}

/** Transitions of the lifecycle table (lifecycle.ts), one mutation each. */
export const lifecycleMutations: MutationResolvers = {
  requestSupplement(_, raw, context) {
    const input = parseInput(supplementInput, raw);
    return runTransition(context, {
      name: 'requestSupplement',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'SUPPLEMENT_REQUESTED',
      reason: input.note,
      validate: (kase) => {
        const problem = supplementNoticeProblem(kase.matterSnapshot?.materials ?? [], input.receivedMaterials, input.missingMaterials);
        if (problem) throw badUserInput(problem, { field: 'missingMaterials' });
      },
      data: { receivedMaterials: input.receivedMaterials, missingMaterials: input.missingMaterials },
      patch: (kase, calendar) => stepNow(kase, 'SUPPLEMENT_REQUESTED', calendar, context),
    });
  },

  resubmitCase(_, raw, context) {
    const input = parseInput(resubmitInput, raw);
    return runTransition(context, {
      name: 'resubmitCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'RESUBMITTED',
      reason: input.note ?? null,
      data: { atWindow: input.atWindow },
      patch: (kase, calendar) => stepNow(kase, 'RESUBMITTED', calendar, context),
      ...(input.atWindow ? { visit: { purpose: '补齐材料', windowId: null } } : {}),
    });
  },

  acceptCase(_, raw, context) {
    const input = parseInput(noteInput, raw);
    return runTransition(context, {
      name: 'acceptCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'ACCEPTED',
      reason: input.note ?? null,
      patch: (kase, calendar) => stepNow(kase, 'ACCEPTED', calendar, context),
    });
  },

  rejectCase(_, raw, context) {
    const input = parseInput(rejectInput, raw);
    const reviewers = new Set(input.review.reviewers);
    if (reviewers.size < 2) throw badUserInput('a refusal needs a collective review by at least two distinct reviewers', { field: 'review.reviewers' });
    return runTransition(context, {
      name: 'rejectCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'NOT_ACCEPTED',
      reason: input.reason,
      data: { policyBasis: input.policyBasis, appealRoute: input.appealRoute, review: { ...input.review, reviewers: [...reviewers] } },
    });
  },

  async referCase(_, raw, context) {
    const input = parseInput(referInput, raw);
    await requireKnownDepartment(context.matters, input.toDepartmentId, 'toDepartmentId');
    return runTransition(context, {
      name: 'referCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'REFERRED',
      reason: input.reason,
      data: { toDepartmentId: input.toDepartmentId },
      validate: (kase) => {
        if (kase.departmentId === input.toDepartmentId) throw badUserInput('a referral names another department', { field: 'toDepartmentId' });
      },
      patch: () => ({ referredToDepartmentId: input.toDepartmentId }),
    });
  },

  startReview(_, raw, context) {
    const input = parseInput(noteInput, raw);
    return runTransition(context, {
      name: 'startReview',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'UNDER_REVIEW',
      reason: input.note ?? null,
    });
  },

  suspendCase(_, raw, context) {
    const input = parseInput(reasonInput, raw);
    return runTransition(context, {
      name: 'suspendCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'SUSPENDED',
      reason: input.reason,
      patch: (kase, calendar) => stepNow(kase, 'SUSPENDED', calendar, context),
    });
  },

  resumeCase(_, raw, context) {
    const input = parseInput(noteInput, raw);
    return runTransition(context, {
      name: 'resumeCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'UNDER_REVIEW',
      reason: input.note ?? null,
      patch: (kase, calendar) => stepNow(kase, 'UNDER_REVIEW', calendar, context),
    });
  },

  decideCase(_, raw, context) {
    const input = parseInput(decideInput, raw);
    if (!input.approved && !input.reason) throw badUserInput('a denial needs a written reason', { field: 'reason' });
    return runTransition(context, {
      name: 'decideCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: input.approved ? 'APPROVED' : 'DENIED',
      reason: input.reason ?? null,
      patch: (kase, calendar) => stepNow(kase, input.approved ? 'APPROVED' : 'DENIED', calendar, context),
    });
  },

  completeCase(_, raw, context) {
    const input = parseInput(noteInput, raw);
    return runTransition(context, {
      name: 'completeCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'COMPLETED',
      reason: input.note ?? null,
      // 一事一评: the code the applicant evaluates this case with, printed on the result notice.
      patch: (kase, calendar) => ({ ...stepNow(kase, 'COMPLETED', calendar, context), evaluationCode: newEvaluationCode() }),
      // Completion settles the case's open escalations (督办).
      after: async (tx, kase) => {
        await tx
          .update(escalations)
          .set({ resolvedAt: context.now })
          .where(and(eq(escalations.caseId, kase.id), isNull(escalations.resolvedAt)));
      },
    });
  },

  deliverCase(_, raw, context) {
    const input = parseInput(deliverInput, raw);
    if (input.method === 'MAIL' && (!input.carrier || !input.trackingNumber)) {
      throw badUserInput('a mailed result needs the carrier and the tracking number', { field: 'trackingNumber' });
    }
    const data = input.method === 'MAIL' ? { method: 'MAIL', carrier: input.carrier, trackingNumber: input.trackingNumber } : { method: 'PICKUP' };
    return runTransition(context, {
      name: 'deliverCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'DELIVERED',
      data,
      patch: (kase, calendar) => stepNow(kase, 'DELIVERED', calendar, context),
      ...(input.method === 'PICKUP' ? { visit: { purpose: '领取办理结果', windowId: null } } : {}),
    });
  },

  withdrawCase(_, raw, context) {
    const input = parseInput(reasonInput, raw);
    return runTransition(context, {
      name: 'withdrawCase',
      caseId: input.id,
      expectedVersion: input.expectedVersion,
      to: 'WITHDRAWN',
      reason: input.reason,
      patch: (kase, calendar) => stepNow(kase, 'WITHDRAWN', calendar, context),
    });
  },
};

