import { t, type MessageKey } from '../messages';

/**
 * What a trip to the hall was for. The API takes the purpose as text (RecordVisitInput.purpose), so the desk sends the
 * same Chinese phrases the cases subgraph writes itself for a submission, a resubmission at the window and a window
 * pickup, and labels them in the page's language when it shows them.
 */
const STORED = {
  SUBMISSION: '提交申请',
  SUPPLEMENT: '补齐材料',
  PICKUP: '领取办理结果',
  CONSULTATION: '咨询',
} as const;

export type VisitPurpose = keyof typeof STORED;

/** What staff record at the desk, in this order (a submission is recorded by the registration itself). */
export const RECORDABLE_PURPOSES: readonly VisitPurpose[] = ['SUPPLEMENT', 'PICKUP', 'CONSULTATION'];

const LABELS: Record<VisitPurpose, MessageKey> = {
  SUBMISSION: 'visit.purposeOf.SUBMISSION',
  SUPPLEMENT: 'visit.purposeOf.SUPPLEMENT',
  PICKUP: 'visit.purposeOf.PICKUP',
  CONSULTATION: 'visit.purposeOf.CONSULTATION',
};

export function storedPurpose(purpose: VisitPurpose): string {
  return STORED[purpose];
}

export function purposeOptionLabel(purpose: VisitPurpose): string {
  return t(LABELS[purpose]);
}

/** A stored purpose in the page's language; text the desk does not know (an import's, an older screen's) as it is. */
export function purposeLabel(stored: string): string {
  const known = (Object.keys(STORED) as VisitPurpose[]).find((purpose) => STORED[purpose] === stored);
  return known ? t(LABELS[known]) : stored;
}
