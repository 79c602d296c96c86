import { graphql } from './gql';

export const SetupQuery = graphql(`
  query DutyBoardSetup {
    hallSettings {
      ...DutyBoardHallSettings
    }
    windows {
      ...DutyBoardWindow
    }
  }
`);
