// `npm run generate -- --scale test|hall|city [--until YYYY-MM-DD] [--replace]`: fills the platform's databases (the
// configured ones, else the embedded PostgreSQL `npm start` uses) with a synthetic hall or city. Stop `npm start` first.
import { parseArgs } from 'node:util';
import { platformDatabases } from '@hall/db';
import { DatabaseNotEmptyError, generate } from './generate';
import { PROFILES, SCALE_NAMES, type ScaleName } from './profiles';

// The cases link each applicant's cases by a keyed hash (services/cases settings.ts applicantKeySecret): the key is the
// platform's. Without a configured one, this development tool keys as `npm start` does (development mode).
if (!process.env.AUTH_SECRET && !process.env.CASES_APPLICANT_KEY) process.env.HALL_DEV ??= '1';

const root = new URL('../..', import.meta.url).pathname;
const log = (message: string) => console.log(`\x1b[36m[generate]\x1b[0m ${message}`);

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'hall' },
    until: { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
if (!SCALE_NAMES.includes(values.scale as ScaleName)) {
  console.error(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  process.exit(2);
}
const profile = PROFILES[values.scale as ScaleName];
const databases = await platformDatabases({ root, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), log });
let code = 0;
try {
  const summary = await generate({
    profile,
    databaseUrls: databases.services,
    replace: values.replace,
    log,
    ...(values.until ? { until: values.until } : {}),
  });
  log(
    `done: ${summary.rows.toLocaleString('en')} rows, ${summary.rowsPerSecond.toLocaleString('en')} rows/s while loading, ${summary.seconds.toFixed(0)} s in all`,
  );
} catch (error) {
  code = 1;
  if (error instanceof DatabaseNotEmptyError) console.error(error.message);
  else console.error(error);
} finally {
  await databases.embedded?.stop();
}
process.exit(code);
