import {
  announceSecret,
  closeOnSignals,
  createLogger,
  exitOnFatalErrors,
  GATEWAY_DEFAULT_PORT,
  subgraphLinksFromEnv,
} from '@hall/service-kit';
import { startGateway } from './gateway';

const env = process.env;
const logger = createLogger('gateway');
exitOnFatalErrors(logger);
// Refuses to start (exit 1) without a real AUTH_SECRET unless development is asked for (HALL_DEV=1).
announceSecret(logger);
// `<NAME>_URL` of each subgraph in the platform's list overrides the URL written in the supergraph.
const { subgraphUrls } = subgraphLinksFromEnv(env);
const webPort = env.WEB_PORT ?? '9000';
const server = await startGateway({
  port: Number(env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT),
  host: env.HOST ?? '127.0.0.1',
  subgraphUrls,
  corsOrigins: (env.WEB_ORIGINS ?? `http://localhost:${webPort},http://127.0.0.1:${webPort}`).split(',').map((origin) => origin.trim()),
});
closeOnSignals([server.close], (message) => logger.info(message));
