import { graphql } from '../gql';
import type { SupervisionPlanFragment, SupervisionWindowsQuery } from '../gql/graphql';

export const SupervisionPlan = graphql(`
  fragment SupervisionPlan on InspectionPlan {
    id
    name
    from
    to
    seed
    reproducible
    createdAt
    template {
      name
      version
    }
    inspections {
      id
      status
      plannedFor
      score
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      supervisor {
        id
        name
      }
    }
  }
`);

export const SupervisionPlans = graphql(`
  query SupervisionPlans {
    inspectionPlans {
      ...SupervisionPlan
    }
  }
`);

export const SupervisionWindows = graphql(`
  query SupervisionWindows {
    windows {
      id
      number
      name
      hallZone
      active
      departments {
        id
        name
      }
    }
  }
`);

export const SupervisionCreatePlan = graphql(`
  mutation SupervisionCreatePlan($input: InspectionPlanInput!) {
    createInspectionPlan(input: $input) {
      ...SupervisionPlan
    }
  }
`);

export type Plan = SupervisionPlanFragment;
export type PlanVisit = Plan['inspections'][number];
export type WindowOption = SupervisionWindowsQuery['windows'][number];
