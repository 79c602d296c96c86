import { graphql } from '../gql';

export const WindowStaffQuery = graphql(`
  query DutyBoardWindowStaff($id: ID!) {
    window(id: $id) {
      id
      departments {
        id
        name
        staff {
          id
          name
          post
          partyMember
          postedSince
        }
      }
    }
  }
`);

export const ScheduleShiftMutation = graphql(`
  mutation DutyBoardScheduleShift($input: ShiftInput!) {
    scheduleShift(input: $input) {
      id
    }
  }
`);
