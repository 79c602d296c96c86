import { gql, type GraphQLVariables } from '@hall/styleguide';
import { MUTATIONS, type CaseDetail, type MutationName, type TransitionResult } from './api';
import { missingMaterials, receivedMaterials } from './materials';
import { t } from './messages';
import { composeNoticeNote } from './notice-note';
import type { CaseAction } from './transitions';

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

function request(action: CaseAction, form: StepForm, checklist: readonly string[]): { mutation: MutationName; variables: GraphQLVariables } {
  switch (action) {
    case 'supplement':
      return {
        mutation: 'supplement',
        variables: {
          receivedMaterials: receivedMaterials(checklist, form.received),
          missingMaterials: missingMaterials(checklist, form.received),
          note: composeNoticeNote(form.deadline, form.note),
        },
      };
    case 'resubmit':
      return { mutation: 'resubmit', variables: { atWindow: form.atWindow, note: optional(form.note) } };
    case 'reject':
      return {
        mutation: 'reject',
        variables: {
          reason: form.reason.trim(),
          policyBasis: form.policyBasis.trim(),
          appealRoute: form.appealRoute.trim(),
          review: { date: form.reviewDate, reviewers: [...new Set(form.reviewers.map((name) => name.trim()).filter(Boolean))], conclusion: optional(form.conclusion) },
        },
      };
    case 'refer':
      return { mutation: 'refer', variables: { toDepartmentId: form.toDepartmentId, reason: form.reason.trim() } };
    case 'suspend':
    case 'withdraw':
      return { mutation: action, variables: { reason: form.reason.trim() } };
    case 'approve':
    case 'deny':
      return { mutation: 'decide', variables: { approved: action === 'approve', reason: optional(form.reason) } };
    case 'deliver':
      return form.method === 'MAIL'
        ? { mutation: 'deliver', variables: { method: 'MAIL', carrier: form.carrier.trim(), trackingNumber: form.trackingNumber.trim() } }
        : { mutation: 'deliver', variables: { method: 'PICKUP' } };
    case 'accept':
    case 'startReview':
    case 'resume':
    case 'complete':
      return { mutation: action, variables: { note: optional(form.note) } };
  }
}

/** Sends one step with the version the desk saw; a stale version comes back as CONFLICT. */
export async function runStep(kase: Pick<CaseDetail, 'id' | 'version'>, action: CaseAction, form: StepForm, checklist: readonly string[]): Promise<CaseDetail> {
  const { mutation, variables } = request(action, form, checklist);
  const result = await gql<TransitionResult>(MUTATIONS[mutation], { id: kase.id, expectedVersion: kase.version, ...variables });
  const moved = Object.values(result)[0];
  if (!moved) throw new Error('the gateway answered without the case');
  return moved;
}
