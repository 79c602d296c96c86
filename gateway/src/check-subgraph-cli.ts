// `npm run check-subgraph -- <schema file> [--name <subgraph>] [--url <url>]`: what a department runs before it deploys
// a subgraph's new schema (src/checks/check.ts). Exit code 0 when every check passes, 1 otherwise.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSubgraph, formatReport, NEW_SUBGRAPH_URL } from './checks/check';

const USAGE = `usage: npm run check-subgraph -- <schema.graphql> [--name <subgraph>] [--url <url, for a new subgraph; default ${NEW_SUBGRAPH_URL}>]`;
// npm runs the script in gateway/; paths on the command line are the caller's.
const cwd = process.env.INIT_CWD ?? process.cwd();

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, url: { type: 'string' } } });
  const [schemaFile, ...extra] = positionals;
  if (!schemaFile || extra.length) throw new Error(USAGE);
  const report = await checkSubgraph({ schemaFile: resolve(cwd, schemaFile), name: values.name, url: values.url });
  console.log(formatReport(report, cwd));
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  const badArguments = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`${error instanceof Error ? error.message : String(error)}${badArguments ? `\n${USAGE}` : ''}`);
  process.exitCode = 1;
}
