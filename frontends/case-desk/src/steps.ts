import { gql } from '@hall/styleguide';
import type { CaseDetail } from './case.graphql';
import { missingMaterials, receivedMaterials } from './materials';
import { t } from './messages';
import { composeNoticeNote } from './notice-note';
import {
  AcceptMutation,
  CompleteMutation,
  DecideMutation,
  DeliverMutation,
  ReferMutation,
  RejectMutation,
  ResubmitMutation,
  ResumeMutation,
  StartReviewMutation,
  SupplementMutation,
  SuspendMutation,
  WithdrawMutation,
} from './steps.graphql';
import type { CaseAction } from './actions';

/** Everything any step's form may ask for; each step reads its own fields. */
export interface StepForm {
  note: string;
  reason: string;
  received: string[];
  deadline: string | null;
  reviewDate: string | null;
  reviewers: string[];
  conclusion: string;
  policyBasis: string;
  appealRoute: string;
  toDepartmentId: string;
  method: 'PICKUP' | 'MAIL';
  carrier: string;
  trackingNumber: string;
  atWindow: boolean;
}

export function emptyStepForm(today: string): StepForm {
  return {
    note: '',
    reason: '',
    received: [],
    deadline: null,
    reviewDate: today,
    reviewers: [],
    conclusion: '',
    policyBasis: '',
    appealRoute: t('form.appealRouteDefault'),
    toDepartmentId: '',
    method: 'PICKUP',
    carrier: '',
    trackingNumber: '',
    atWindow: true,
  };
}

export type StepErrors = Partial<Record<keyof StepForm, string>>;

const REASON_STEPS: ReadonlySet<CaseAction> = new Set(['reject', 'refer', 'suspend', 'deny', 'withdraw']);

/** What must be fixed before a step is sent; the subgraph checks the same and more. */
export function validateStep(action: CaseAction, form: StepForm, checklist: readonly string[]): StepErrors {
  const errors: StepErrors = {};
  const required = (field: keyof StepForm, label: string, value: string | null) => {
    if (!value?.trim()) errors[field] = t('form.required', { field: label });
  };
  if (REASON_STEPS.has(action)) required('reason', t('form.reason'), form.reason);
  if (action === 'supplement' && missingMaterials(checklist, form.received).length === 0) errors.received = t('invalid.missingNone');
  if (action === 'reject') {
    required('reviewDate', t('form.reviewDate'), form.reviewDate);
    if (new Set(form.reviewers.map((name) => name.trim()).filter(Boolean)).size < 2) errors.reviewers = t('form.reviewersTooFew');
    required('policyBasis', t('form.policyBasis'), form.policyBasis);
    required('appealRoute', t('form.appealRoute'), form.appealRoute);
  }
  if (action === 'refer') required('toDepartmentId', t('form.toDepartment'), form.toDepartmentId);
  if (action === 'deliver' && form.method === 'MAIL') {
    required('carrier', t('form.carrier'), form.carrier);
    if (!/^[A-Za-z0-9-]{6,40}$/.test(form.trackingNumber.trim())) errors.trackingNumber = t('form.trackingInvalid');
  }
  return errors;
}

const optional = (text: string) => (text.trim() ? text.trim() : null);

/** Sends one step with the version the desk saw; a stale version comes back as CONFLICT. */
export async function runStep(kase: Pick<CaseDetail, 'id' | 'version'>, action: CaseAction, form: StepForm, checklist: readonly string[]): Promise<CaseDetail> {
  const seen = { id: kase.id, expectedVersion: kase.version };
  switch (action) {
    case 'supplement': {
      const variables = {
        ...seen,
        receivedMaterials: receivedMaterials(checklist, form.received),
        missingMaterials: missingMaterials(checklist, form.received),
        note: composeNoticeNote(form.deadline, form.note),
      };
      return (await gql(SupplementMutation, variables)).requestSupplement;
    }
    case 'resubmit':
      return (await gql(ResubmitMutation, { ...seen, atWindow: form.atWindow, note: optional(form.note) })).resubmitCase;
    case 'reject': {
      const variables = {
        ...seen,
        reason: form.reason.trim(),
        policyBasis: form.policyBasis.trim(),
        appealRoute: form.appealRoute.trim(),
        review: { date: form.reviewDate ?? '', reviewers: [...new Set(form.reviewers.map((name) => name.trim()).filter(Boolean))], conclusion: optional(form.conclusion) },
      };
      return (await gql(RejectMutation, variables)).rejectCase;
    }
    case 'refer':
      return (await gql(ReferMutation, { ...seen, toDepartmentId: form.toDepartmentId, reason: form.reason.trim() })).referCase;
    case 'suspend':
      return (await gql(SuspendMutation, { ...seen, reason: form.reason.trim() })).suspendCase;
    case 'withdraw':
      return (await gql(WithdrawMutation, { ...seen, reason: form.reason.trim() })).withdrawCase;
    case 'approve':
    case 'deny':
      return (await gql(DecideMutation, { ...seen, approved: action === 'approve', reason: optional(form.reason) })).decideCase;
    case 'deliver': {
      const variables = form.method === 'MAIL' ? { ...seen, method: 'MAIL' as const, carrier: form.carrier.trim(), trackingNumber: form.trackingNumber.trim() } : { ...seen, method: 'PICKUP' as const };
      return (await gql(DeliverMutation, variables)).deliverCase;
    }
    case 'accept':
      return (await gql(AcceptMutation, { ...seen, note: optional(form.note) })).acceptCase;
    case 'startReview':
      return (await gql(StartReviewMutation, { ...seen, note: optional(form.note) })).startReview;
    case 'resume':
      return (await gql(ResumeMutation, { ...seen, note: optional(form.note) })).resumeCase;
    case 'complete':
      return (await gql(CompleteMutation, { ...seen, note: optional(form.note) })).completeCase;
  }
}
