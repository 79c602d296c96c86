import { graphql } from '../gql';
import type { WindowScreensQueueDisplayQuery } from '../gql/graphql';

export const QueueDisplayQuery = graphql(`
  query WindowScreensQueueDisplay {
    hallSettings {
      timeZone
    }
    queueDisplay {
      date
      waiting
      calls {
        ticketNumber
        calledAt
        window {
          id
          number
          name
        }
        staff {
          name
        }
      }
    }
  }
`);

export type QueueCall = WindowScreensQueueDisplayQuery['queueDisplay']['calls'][number];
