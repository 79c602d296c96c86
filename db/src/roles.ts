import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrlFor, withDatabase } from './config';

type Env = Record<string, string | undefined>;

/** The two connections of a service (ADR 0010): one to migrate and seed, one to serve. */
export interface ServiceDatabaseUrls {
  /** Owns the service's schema and its objects: migrations, seeds, VACUUM/ANALYZE, dropping the schema. */
  owner: string;
  /** What the running service uses: SELECT/INSERT/UPDATE/DELETE on its own schema's tables, nothing else. */
  app: string;
}

export function serviceRoleNames(service: string): { owner: string; app: string } {
  return { owner: `hall_${service}_owner`, app: `hall_${service}_app` };
}

/**
 * What the environment says about a service's database: `<NAME>_DATABASE_OWNER_URL` and `<NAME>_DATABASE_APP_URL`
 * when a deployment provisions the roles itself (both, or neither), else the administrative `<NAME>_DATABASE_URL` /
 * `DATABASE_URL` from which the platform creates them; undefined when nothing is set.
 */
export function serviceDatabaseFromEnv(service: string, env: Env = process.env): ServiceDatabaseUrls | string | undefined {
  const prefix = service.toUpperCase();
  const owner = env[`${prefix}_DATABASE_OWNER_URL`] || undefined;
  const app = env[`${prefix}_DATABASE_APP_URL`] || undefined;
  if (owner && app) return { owner, app };
  if (owner || app) throw new Error(`set both ${prefix}_DATABASE_OWNER_URL and ${prefix}_DATABASE_APP_URL, or neither`);
  return databaseUrlFor(service, env);
}

/** The environment that hands a service process its two connections (and not the administrative one). */
export function serviceDatabaseEnv(service: string, urls: ServiceDatabaseUrls): Record<string, string> {
  const prefix = service.toUpperCase();
  return { [`${prefix}_DATABASE_OWNER_URL`]: urls.owner, [`${prefix}_DATABASE_APP_URL`]: urls.app };
}

/** URLs as they are, or the roles provisioned from an administrative URL. */
export async function serviceDatabaseUrls(
  service: string,
  source: string | ServiceDatabaseUrls,
  env: Env = process.env,
): Promise<ServiceDatabaseUrls> {
  return typeof source === 'string' ? provisionServiceRoles(source, service, env) : source;
}

let processSecret: string | undefined;

/**
 * The key role passwords are derived from: `DATABASE_ROLE_SECRET`, else the administrative URL's password (the
 * embedded server's is random and kept in `.data/`), else a random one for this process. Derived rather than random
 * each time, so processes provisioning the same roles at once agree and never lock each other out; with the last
 * fallback each provisioning resets the passwords, which only a trust-authenticated server tolerates.
 */
function passwordKey(adminUrl: string, env: Env): string {
  const password = decodeURIComponent(new URL(adminUrl).password);
  return env.DATABASE_ROLE_SECRET || password || (processSecret ??= randomBytes(32).toString('hex'));
}

export function rolePassword(key: string, role: string): string {
  return createHmac('sha256', key).update(`hall database role ${role}`).digest('base64url');
}

function withRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'hall-provision-roles' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => pg.escapeIdentifier(name);

/** Roles are cluster-wide: creating or altering one races with any other session doing so ("tuple concurrently updated"). */
const PROVISION_LOCK = 'hall-provision-roles';

/**
 * Creates (or brings back in line) a service's owner and app roles on the server of `adminUrl`, grants them what they
 * need in that URL's database, and returns their URLs. Idempotent; provisionings anywhere on the server run one at a
 * time (an advisory lock in the `postgres` database, since advisory locks are per database).
 *
 * - owner `hall_<service>_owner`: LOGIN, CONNECT and CREATE on the database (migration 0000 creates the schema), USAGE
 *   and CREATE on the shared `drizzle` schema (its own migrations table). It owns everything it creates.
 * - app `hall_<service>_app`: LOGIN, CONNECT; through default privileges of the owner, USAGE on the schemas the owner
 *   creates, SELECT/INSERT/UPDATE/DELETE on its tables, USAGE/SELECT on its sequences. Never TRUNCATE, REFERENCES,
 *   TRIGGER, ownership (so no ALTER, DROP, DISABLE TRIGGER), nor any privilege on another service's schema.
 * - PUBLIC loses TEMPORARY on the database and CREATE on `public` (PostgreSQL 15's default already), so the app role
 *   creates no table anywhere.
 * - A schema left by a version that migrated as the administrative role (an existing `.data/postgres`) is handed to
 *   the owner, with every object in it, and its tables granted to the app role: done once, when the schema's owner is
 *   not yet the owner role.
 */
export async function provisionServiceRoles(adminUrl: string, service: string, env: Env = process.env): Promise<ServiceDatabaseUrls> {
  const roles = serviceRoleNames(service);
  const key = passwordKey(adminUrl, env);
  const passwords = { owner: rolePassword(key, roles.owner), app: rolePassword(key, roles.app) };
  await withClient(withDatabase(adminUrl, 'postgres'), async (lock) => {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [PROVISION_LOCK]);
    try {
      for (const kind of ['owner', 'app'] as const) {
        const role = roles[kind];
        const exists = (await lock.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
        const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${pg.escapeLiteral(passwords[kind])}`;
        await lock.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${ident(role)} WITH ${attributes}`);
      }
      await withClient(adminUrl, (client) => grantInDatabase(client, service, roles));
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [PROVISION_LOCK]).catch(() => undefined);
    }
  });
  return { owner: withRole(adminUrl, roles.owner, passwords.owner), app: withRole(adminUrl, roles.app, passwords.app) };
}

async function grantInDatabase(client: pg.Client, service: string, roles: { owner: string; app: string }): Promise<void> {
  const owner = ident(roles.owner);
  const app = ident(roles.app);
  const { rows } = await client.query<{ database: string }>('SELECT current_database() AS database');
  const database = ident(rows[0]?.database ?? '');
  await client.query(`
    GRANT CONNECT ON DATABASE ${database} TO ${owner}, ${app};
    GRANT CREATE ON DATABASE ${database} TO ${owner};
    REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC;
    CREATE SCHEMA IF NOT EXISTS drizzle;
    GRANT USAGE, CREATE ON SCHEMA drizzle TO ${owner};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE ON SCHEMAS TO ${app};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE, SELECT ON SEQUENCES TO ${app};
  `);
  const publicSchema = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'public'");
  if (publicSchema.rowCount === 1) await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  await adoptLegacyObjects(client, service, roles);
}

/** Every object of the service's schema (and its migrations table) not owned by the owner role: ALTER … OWNER TO. */
const LEGACY_OBJECTS = `
  WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = $1::text)
  SELECT format('ALTER %s %I.%I OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
           WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, $1::text, c.relname, $2::text) AS statement
    FROM pg_class c JOIN target ON c.relnamespace = target.oid
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> $2::text::regrole
     -- identity and serial sequences follow their table
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
  UNION ALL
  SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', $1::text, p.proname, pg_get_function_identity_arguments(p.oid), $2::text)
    FROM pg_proc p JOIN target ON p.pronamespace = target.oid WHERE p.proowner <> $2::text::regrole
  UNION ALL
  SELECT format('ALTER TYPE %I.%I OWNER TO %I', $1::text, t.typname, $2::text)
    FROM pg_type t JOIN target ON t.typnamespace = target.oid
   WHERE t.typowner <> $2::text::regrole AND (t.typtype IN ('e', 'd', 'r')
      OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
  UNION ALL
  SELECT format('ALTER TABLE drizzle.%I OWNER TO %I', c.relname, $2::text)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'drizzle' AND c.relname = $1::text || '_migrations' AND c.relowner <> $2::text::regrole`;

async function adoptLegacyObjects(client: pg.Client, service: string, roles: { owner: string; app: string }): Promise<void> {
  const schema = await client.query<{ owned: boolean }>(
    'SELECT nspowner = $2::text::regrole AS owned FROM pg_namespace WHERE nspname = $1::text',
    [service, roles.owner],
  );
  const found = schema.rows[0];
  if (!found || found.owned) return;
  const { rows } = await client.query<{ statement: string }>(LEGACY_OBJECTS, [service, roles.owner]);
  for (const { statement } of rows) await client.query(statement);
  const name = ident(service);
  await client.query(`
    ALTER SCHEMA ${name} OWNER TO ${ident(roles.owner)};
    GRANT USAGE ON SCHEMA ${name} TO ${ident(roles.app)};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${name} TO ${ident(roles.app)};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${name} TO ${ident(roles.app)};
  `);
}
