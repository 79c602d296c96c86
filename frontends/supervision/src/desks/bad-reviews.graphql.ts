import { graphql } from '../gql';
import type { DeskBadReviewFragment, DeskBadReviewsQueryVariables } from '../gql/graphql';

export const DeskBadReview = graphql(`
  fragment DeskBadReview on Evaluation {
    id
    level
    channel
    comment
    evaluatedAt
    realName
    rectificationStatus
    rectificationDueAt
    callbackAt
    callbackNote
    version
    tags
    overdue
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
    staff {
      id
      name
    }
    case {
      id
      number
    }
    appeal {
      reason
      filedAt
      decidedAt
      upheld
      decisionNote
    }
    history {
      at
      action
      fromStatus
      toStatus
      actorRole
      note
    }
  }
`);

export const DeskBadReviews = graphql(`
  query DeskBadReviews($status: BadReviewStatus, $overdueOnly: Boolean, $tag: BadReviewTag) {
    badReviews(status: $status, overdueOnly: $overdueOnly, tag: $tag) {
      ...DeskBadReview
    }
  }
`);

export const DeskBadReviewStats = graphql(`
  query DeskBadReviewStats($period: Period!) {
    badReviewStats(period: $period) {
      reviews
      rectified
      rectifiedOnTime
      onTimeRate
      callbacksDue
      callbacksDone
      callbackRate
      appeals
      appealsUpheld
      byTag {
        tag
        count
      }
    }
  }
`);

export const DeskAdvanceBadReview = graphql(`
  mutation DeskAdvanceBadReview($id: ID!, $expectedVersion: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {
    advanceBadReview(id: $id, expectedVersion: $expectedVersion, action: $action, note: $note, tags: $tags) {
      ...DeskBadReview
    }
  }
`);

export type BadReview = DeskBadReviewFragment;
export type BadReviewFilter = DeskBadReviewsQueryVariables;
