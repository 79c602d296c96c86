import { describeError, enumLabel, GraphQLRequestError, type HallEnums } from '@hall/styleguide';
import { t } from './messages';

/** The step a refusal answers: a bad review's action, a complaint's step, or an escalation's response. */
export type DeskStep =
  | { desk: 'badReview'; action: HallEnums['BadReviewAction'] }
  | { desk: 'complaint'; step: 'file' | 'assign' | 'answer' | 'close' }
  | { desk: 'escalation'; step: 'respond' | 'raise' };

const BAD_REVIEW_STATUSES = new Set<string>(['PENDING', 'IN_PROGRESS', 'DONE', 'INVALID', 'UNRECTIFIABLE', 'APPEALED']);
const COMPLAINT_STATUSES = new Set<string>(['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED']);

const isBadReviewStatus = (value: unknown): value is HallEnums['BadReviewStatus'] =>
  typeof value === 'string' && BAD_REVIEW_STATUSES.has(value);
const isComplaintStatus = (value: unknown): value is HallEnums['ComplaintStatus'] =>
  typeof value === 'string' && COMPLAINT_STATUSES.has(value);

/** The fields a BAD_USER_INPUT names (`field`, or each of `fields[].path`), without the `input.` prefix. */
export function refusedFields(error: GraphQLRequestError): string[] {
  const names: string[] = [];
  for (const entry of error.errors) {
    const { field, fields } = entry.extensions ?? {};
    if (typeof field === 'string') names.push(field);
    if (Array.isArray(fields)) {
      for (const item of fields) {
        if (typeof item === 'object' && item !== null && 'path' in item && typeof item.path === 'string')
          names.push(item.path.replace(/^input\./, ''));
      }
    }
  }
  return names;
}

const FIELD_LABELS: Record<string, Parameters<typeof t>[0]> = {
  note: 'refusal.field.note',
  tags: 'refusal.field.tags',
  answer: 'refusal.field.answer',
  response: 'refusal.field.response',
  content: 'refusal.field.content',
  departmentId: 'refusal.field.department',
  windowId: 'refusal.field.window',
  staffId: 'refusal.field.staff',
  matterId: 'refusal.field.matter',
  complainantName: 'refusal.field.complainantName',
  complainantPhone: 'refusal.field.complainantPhone',
  satisfaction: 'refusal.field.satisfaction',
};

function badInput(error: GraphQLRequestError): string {
  const labels = [...new Set(refusedFields(error))].map((name) => (FIELD_LABELS[name] ? t(FIELD_LABELS[name]) : name));
  return labels.length ? t('refusal.badInput', { fields: labels.join('、') }) : describeError(error);
}

function stepLabel(step: DeskStep): string {
  if (step.desk === 'badReview') return enumLabel('BadReviewAction', step.action);
  if (step.desk === 'complaint') return t(`complaint.step.${step.step}`);
  return t(step.step === 'raise' ? 'escalation.raise' : 'escalation.respond');
}

/** Why the server refused a desk's step, in the page's language: never the server's English words. */
export function describeDeskRefusal(error: unknown, step: DeskStep): string {
  if (!(error instanceof GraphQLRequestError)) return describeError(error);
  const status = error.errors[0]?.extensions?.status;
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return badInput(error);
    case 'FORBIDDEN':
      if (step.desk === 'badReview')
        return t(
          step.action === 'APPEAL'
            ? 'refusal.badReview.appealIsDepartments'
            : step.action === 'COMPLETE'
              ? 'refusal.badReview.otherDepartment'
              : 'refusal.badReview.hallOnly',
        );
      if (step.desk === 'complaint')
        return t(step.step === 'answer' ? 'refusal.complaint.otherDepartment' : 'refusal.complaint.managerOnly');
      return t(step.step === 'raise' ? 'refusal.escalation.managerOnly' : 'refusal.escalation.otherDepartment');
    case 'CONFLICT':
      if (step.desk === 'badReview') {
        if (isBadReviewStatus(status))
          return t('refusal.badReview.state', { status: enumLabel('BadReviewStatus', status), step: stepLabel(step) });
        if (/callback/.test(error.message)) return t('refusal.badReview.callbackFirst');
        if (/appealed once/.test(error.message)) return t('refusal.badReview.appealOnce');
        return t('refusal.stale');
      }
      if (step.desk === 'complaint') {
        if (isComplaintStatus(status))
          return t('refusal.complaint.state', { status: enumLabel('ComplaintStatus', status), step: stepLabel(step) });
        return t('refusal.stale');
      }
      if (step.step === 'raise') return t(/already escalated/.test(error.message) ? 'refusal.escalation.already' : 'refusal.escalation.noCard');
      return t('refusal.escalation.answered');
    default:
      return describeError(error);
  }
}
