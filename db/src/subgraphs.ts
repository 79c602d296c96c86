import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SERVICE_NAMES } from './config';

/**
 * The platform's subgraph list (`subgraphs.json` at the repository's root, or the file HALL_SUBGRAPHS_FILE names): the
 * four subgraphs of the hall and every department's own. `npm start`, `npm test`, the gateway, the supergraph's
 * composition and the reliability suites read it, so that a new subgraph is added in one place (docs/subgraphs.md).
 */
export const DEFAULT_SUBGRAPHS_FILE = fileURLToPath(new URL('../../subgraphs.json', import.meta.url));

/** A subgraph's name is its PostgreSQL schema, its environment variables' prefix (`REGISTRY_PORT`) and its log name. */
export const SUBGRAPH_NAME = /^[a-z][a-z0-9]{1,29}$/;

const entrySchema = z
  .object({
    name: z.string().regex(SUBGRAPH_NAME, 'a subgraph name is 2–30 lowercase letters and digits, starting with a letter'),
    /** `hall`, or the code of the department that owns it (its catalog code, e.g. `BDC`). */
    owner: z.string().regex(/^(hall|[A-Z][A-Z0-9]{1,15})$/, 'the owner is "hall" or a department code such as BDC'),
    /** The package's folder in this repository; absent for a subgraph that lives in its own repository. */
    directory: z.string().min(1).optional(),
    /** The workspace package, exporting `createSubgraph(links)` (the in-process platform of the tests starts it). */
    package: z.string().min(1).optional(),
    /** Its `schema.graphql` (in-repository) or its published schema file, relative to the list file. */
    schema: z.string().min(1),
    /** The port it listens on by default (`<NAME>_PORT` overrides it). */
    port: z.number().int().min(1024).max(65535),
    /** Where the gateway finds it, per environment; `development` is the one written into the checked-in supergraph. */
    urls: z.object({ development: z.url() }).catchall(z.url()),
  })
  .strict()
  .refine((entry) => !entry.directory === !entry.package, {
    message: 'a subgraph in this repository names both its directory and its package',
  });

const listSchema = z.object({ $comment: z.string().optional(), subgraphs: z.array(entrySchema).min(1) }).strict();

export type SubgraphEntry = z.infer<typeof entrySchema>;

export interface SubgraphList {
  /** The file it was read from; schema paths are relative to its folder. */
  file: string;
  subgraphs: readonly SubgraphEntry[];
}

/** Reads and checks a subgraph list: well-formed entries, names and ports used once, the hall's four subgraphs present. */
export function readSubgraphList(file: string = process.env.HALL_SUBGRAPHS_FILE || DEFAULT_SUBGRAPHS_FILE): SubgraphList {
  const parsed = listSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.') || '(list)'}: ${issue.message}`);
    throw new Error(`${file} is not a valid subgraph list:\n${problems.join('\n')}`);
  }
  const { subgraphs } = parsed.data;
  const problems: string[] = [];
  for (const key of ['name', 'port'] as const) {
    const seen = new Set<unknown>();
    for (const entry of subgraphs) {
      if (seen.has(entry[key])) problems.push(`- ${key} ${String(entry[key])} is used by more than one subgraph`);
      seen.add(entry[key]);
    }
  }
  for (const core of SERVICE_NAMES) {
    if (!subgraphs.some((entry) => entry.name === core && entry.directory)) problems.push(`- the hall's ${core} subgraph is missing`);
  }
  if (problems.length) throw new Error(`${file} is not a valid subgraph list:\n${problems.join('\n')}`);
  return { file, subgraphs };
}

let cached: SubgraphList | undefined;

/** The platform's subgraph list, read once per process. */
export function platformSubgraphs(): SubgraphList {
  cached ??= readSubgraphList();
  return cached;
}

/** The subgraphs of this repository, which `npm start` and the test platform start. */
export function localSubgraphs(list: SubgraphList = platformSubgraphs()): Array<SubgraphEntry & { directory: string; package: string }> {
  return list.subgraphs.filter((entry): entry is SubgraphEntry & { directory: string; package: string } => !!entry.directory);
}

/** The department subgraphs of this repository: every local one but the hall's four. */
export function departmentSubgraphs(list: SubgraphList = platformSubgraphs()): ReturnType<typeof localSubgraphs> {
  return localSubgraphs(list).filter((entry) => !(SERVICE_NAMES as readonly string[]).includes(entry.name));
}

/** Absolute path of a subgraph's schema file. */
export function subgraphSchemaPath(entry: SubgraphEntry, list: SubgraphList = platformSubgraphs()): string {
  return isAbsolute(entry.schema) ? entry.schema : resolve(dirname(list.file), entry.schema);
}

/** Absolute path of a local subgraph's folder. */
export function subgraphDirectory(entry: SubgraphEntry & { directory: string }, list: SubgraphList = platformSubgraphs()): string {
  return resolve(dirname(list.file), entry.directory);
}

/** The URL a subgraph has in an environment (the development one when the environment names none). */
export function subgraphUrl(entry: SubgraphEntry, environment = 'development'): string {
  return entry.urls[environment] ?? entry.urls.development;
}
