import { graphql } from '../gql';

/**
 * The departments whose matters take an appointment quota (预约号源), as the department's own registry subgraph answers:
 * the list offers the quota on their matters only.
 */
export const QuotaDepartmentsQuery = graphql(`
  query MatterAdminQuotaDepartments {
    appointmentQuotaDepartments
  }
`);

/** A matter version's quota, from the registry through the federation (null when none is set). */
export const QuotaQuery = graphql(`
  query MatterAdminQuota($id: ID!) {
    matter(id: $id) {
      id
      appointmentQuota {
        morning
        afternoon
        updatedAt
      }
    }
  }
`);

/** The registry checks the numbers (0–200 each half-day) and that the matter is its department's. */
export const SetQuotaMutation = graphql(`
  mutation MatterAdminSetQuota($matterId: ID!, $morning: Int!, $afternoon: Int!) {
    setAppointmentQuota(matterId: $matterId, morning: $morning, afternoon: $afternoon) {
      morning
      afternoon
      updatedAt
    }
  }
`);
