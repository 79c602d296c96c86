// `npm run new-subgraph -- --name <name> --department <code> [--root <dir>] [--list <file>] [--no-install]`: a department's
// own subgraph in services/<name> from tools/new-subgraph/template, added to the platform's subgraph list.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSubgraph } from './generate';
import { GeneratorRefusal } from './names';

const USAGE = `usage: npm run new-subgraph -- --name <name> --department <code> [--root <dir>] [--list <file>] [--no-install]

  --name         the subgraph's name: 2–30 lowercase letters and digits, starting with a letter (its PostgreSQL schema)
  --department   the owning department's catalog code, e.g. BDC
  --root         the repository root to write services/<name> under (default: this repository)
  --list         the subgraph list to add it to (default: <root>/subgraphs.json)
  --no-install   do not run npm install and npm run compose afterwards`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        name: { type: 'string' },
        department: { type: 'string' },
        root: { type: 'string' },
        list: { type: 'string' },
        'no-install': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs this script in tools/new-subgraph; paths the user typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  try {
    const generated = await generateSubgraph({
      name: values.name,
      department: values.department,
      root: values.root === undefined ? undefined : resolve(cwd, values.root),
      list: values.list === undefined ? undefined : resolve(cwd, values.list),
      install: !values['no-install'],
      log: (line) => console.log(line),
    });
    console.log(`\n${generated.packageName} is in ${generated.directory} (owner ${generated.department}, port ${generated.entry.port}).`);
    console.log('Next:');
    for (const step of generated.nextSteps) console.log(`  ${step}`);
    return 0;
  } catch (error) {
    if (error instanceof GeneratorRefusal) {
      console.error(`new-subgraph: ${error.message}\nNothing was written.`);
      return 1;
    }
    console.error(`new-subgraph failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
