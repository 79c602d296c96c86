// `npm run bench`: the platform on the generated data (`npm run generate -- --scale city` first), measured side by side
// with Hive Gateway in one run. Writes bench/results/<date>.json and .md. Options: --seconds (per throughput run, default
// 12), --connections (default 8), --iterations (latency samples, default 200), --rounds (alternations, default 3),
// --min-cases (default 1,000,000).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { platformDatabases, SERVICE_NAMES, type ServiceName } from '@hall/db';
import { ROOT } from './processes';
import { markdownOf } from './report';
import { runBench } from './run';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '12' },
    connections: { type: 'string', default: '8' },
    iterations: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    'min-cases': { type: 'string', default: '1000000' },
  },
});
const log = (message: string) => console.log(`\x1b[36m[bench]\x1b[0m ${message}`);
const databases = await platformDatabases({ root: ROOT, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), log });
try {
  // The bench makes a scratch database and starts subgraphs that provision their own roles: it needs the administrative URLs.
  const missing = SERVICE_NAMES.filter((name) => !databases.adminUrls[name]);
  if (missing.length > 0) throw new Error(`the bench needs an administrative database URL for ${missing.join(', ')}, not only role URLs`);
  const results = await runBench({
    databaseUrls: databases.adminUrls as Record<ServiceName, string>,
    embedded: Boolean(databases.embedded),
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    iterations: Number(values.iterations),
    rounds: Number(values.rounds),
    minCases: Number(values['min-cases']),
    importCases: 20_000,
    resultsFolder: join(ROOT, 'bench', 'results'),
    log,
  });
  console.log(markdownOf(results));
} finally {
  await databases.embedded?.stop();
}
