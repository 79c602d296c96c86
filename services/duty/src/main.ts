import { createDatabase, databaseUrlFor } from '@hall/db';
import { createLogger, runSubgraphProcess } from '@hall/service-kit';
import { hallTimeZone } from './config';
import { tables } from './db/schema';
import { recordUnattendedIncidents } from './domain/attendance';
import { dutySubgraph } from './subgraph';

await runSubgraphProcess(dutySubgraph);

// Unattended-window incidents (空岗) are recorded as they happen, not only when someone asks: one sweep a minute on a
// connection of its own. The sweep is idempotent, so several instances of the subgraph may run it.
const url = databaseUrlFor('duty');
if (url) {
  const logger = createLogger('duty');
  const timeZone = hallTimeZone();
  const sweeper = createDatabase({ url, schema: tables, applicationName: 'hall-duty-sweeper', maxConnections: 1 });
  const sweep = async () => {
    try {
      const recorded = await recordUnattendedIncidents(sweeper.db, timeZone, new Date());
      if (recorded.length > 0) logger.info({ incidents: recorded.length }, 'unattended-window incidents recorded');
    } catch (error) {
      logger.warn({ error: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'unattended-window sweep failed');
    }
  };
  setInterval(() => void sweep(), 60_000).unref();
  void sweep();
}
