import { SERVICE_NAMES, type ServiceName } from '@hall/db';

/**
 * The platform's subgraphs and where each listens by default, for the gateway, the start script and the subgraphs
 * that call one another. The names are defined by `@hall/db` (each service owns the PostgreSQL schema of its name), which
 * the kit already depends on: re-exported here so that callers need not reach into the database package for them.
 */
export { SERVICE_NAMES, type ServiceName };

/** Default port of each subgraph (`<NAME>_PORT` overrides it). */
export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = { catalog: 4001, cases: 4002, duty: 4003, inspections: 4004 };

/** The gateway's default port (`GATEWAY_PORT` overrides it). */
export const GATEWAY_DEFAULT_PORT = 4000;
