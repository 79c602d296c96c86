import { graphql } from '../gql';
import type { DeskReferralFragment } from '../gql/graphql';

/** A case another department referred here (转办), as the inbox lists it; the applicant comes masked from the API. */
export const ReferralFields = graphql(`
  fragment DeskReferral on Case {
    id
    number
    submittedAt
    matter {
      id
      name
    }
    department {
      id
      name
    }
    referredTo {
      id
      name
    }
    firstOwner {
      id
      name
    }
    events {
      at
      to
      reason
    }
  }
`);

/** The API scopes the inbox to the caller's department; the manager sees every department's. */
export const ReferralInboxQuery = graphql(`
  query CaseDeskReferralInbox {
    referralInbox {
      ...DeskReferral
    }
  }
`);

export type DeskReferral = DeskReferralFragment;

/** The referral step of a referred case: when and why it was sent. */
export function referralStep(referral: DeskReferral): { at: string; reason: string } | null {
  const step = referral.events.findLast((event) => event.to === 'REFERRED');
  return step ? { at: step.at, reason: step.reason ?? '' } : null;
}
