import { createDatabase } from '@hall/db';
import { createLogger, errorForLog, runSubgraphProcess } from '@hall/service-kit';
import { hallTimeZone } from './config';
import { tables } from './db/schema';
import { recordUnattendedIncidents } from './data/attendance';
import { dutySubgraph } from './subgraph';

const started = await runSubgraphProcess(dutySubgraph);

// Unattended-window incidents (空岗) are recorded as they happen, not only when someone asks: one sweep a minute on a
// connection of its own (the app role's, as the subgraph's). The sweep is idempotent, so several instances may run it.
const logger = createLogger('duty');
const timeZone = hallTimeZone();
const sweeper = createDatabase({ url: started.databaseUrls.app, schema: tables, applicationName: 'hall-duty-sweeper', maxConnections: 1 });
const sweep = async () => {
  try {
    const recorded = await recordUnattendedIncidents(sweeper.db, timeZone, new Date());
    if (recorded.length > 0) logger.info({ incidents: recorded.length }, 'unattended-window incidents recorded');
  } catch (error) {
    logger.warn({ error: errorForLog(error) }, 'unattended-window sweep failed');
  }
};
setInterval(() => void sweep(), 60_000).unref();
void sweep();
