import {
  announceSecret,
  closeOnSignals,
  createLogger,
  exitOnFatalErrors,
  GATEWAY_DEFAULT_PORT,
  SERVICE_NAMES,
  type ServiceName,
} from '@hall/service-kit';
import { startGateway } from './gateway';

const env = process.env;
const logger = createLogger('gateway');
exitOnFatalErrors(logger);
// Refuses to start (exit 1) without a real AUTH_SECRET unless development is asked for (HALL_DEV=1).
announceSecret(logger);
const subgraphUrls: Partial<Record<ServiceName, string>> = {};
for (const name of SERVICE_NAMES) {
  const url = env[`${name.toUpperCase()}_URL`];
  if (url) subgraphUrls[name] = url;
}
const webPort = env.WEB_PORT ?? '9000';
const server = await startGateway({
  port: Number(env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT),
  host: env.HOST ?? '127.0.0.1',
  subgraphUrls,
  corsOrigins: (env.WEB_ORIGINS ?? `http://localhost:${webPort},http://127.0.0.1:${webPort}`).split(',').map((origin) => origin.trim()),
});
closeOnSignals([server.close], (message) => logger.info(message));
