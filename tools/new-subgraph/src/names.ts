import { SUBGRAPH_NAME } from '@hall/db';

/** A department code as the subgraph list's `owner` takes it: 2–16 capital letters and digits, starting with a letter. */
export const DEPARTMENT_CODE = /^[A-Z][A-Z0-9]{1,15}$/;

/**
 * The codes the catalog holds (services/catalog/src/resolvers/inputs.ts: 2–10 capital letters). A subgraph owned by a
 * code outside them could never be reached by its department, and its tests could not create the department.
 */
export const CATALOG_DEPARTMENT_CODE = /^[A-Z]{2,10}$/;

/**
 * Names that are well-formed but already mean something: a PostgreSQL schema every service uses, or a name whose
 * variables (`<NAME>_PORT`, `<NAME>_URL`, `<NAME>_DATABASE_URL`) the platform already reads for something else.
 */
export const RESERVED_NAMES: Readonly<Record<string, string>> = {
  public: 'PostgreSQL’s default schema',
  drizzle: 'the schema of every service’s migrations table',
  gateway: 'GATEWAY_PORT and GATEWAY_URL are the gateway’s',
  database: 'DATABASE_URL is the administrative database URL',
  web: 'WEB_PORT is the root page’s',
  embedded: 'EMBEDDED_PG_PORT is the embedded PostgreSQL’s',
  styleguide: 'STYLEGUIDE_PORT is a front end’s',
  inspect: 'INSPECT_PORT is a front end’s',
  supervision: 'SUPERVISION_PORT is a front end’s',
  dashboard: 'DASHBOARD_PORT is a front end’s',
};

export class GeneratorRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeneratorRefusal';
  }
}

export function checkName(name: string | undefined): string {
  if (!name) throw new GeneratorRefusal('--name is required: the subgraph’s name, e.g. --name registry');
  if (!SUBGRAPH_NAME.test(name)) {
    throw new GeneratorRefusal(
      `--name ${JSON.stringify(name)} is not a subgraph name: 2–30 lowercase letters and digits, starting with a letter ` +
        '(it becomes the PostgreSQL schema, the variables’ prefix and the package name)',
    );
  }
  const reserved = RESERVED_NAMES[name];
  if (reserved) throw new GeneratorRefusal(`--name ${name} is reserved: ${reserved}`);
  return name;
}

export function checkDepartment(code: string | undefined): string {
  if (!code) throw new GeneratorRefusal('--department is required: the owning department’s catalog code, e.g. --department BDC');
  if (!DEPARTMENT_CODE.test(code)) {
    throw new GeneratorRefusal(
      `--department ${JSON.stringify(code)} is not a department code: 2–16 capital letters and digits, starting with a letter`,
    );
  }
  if (!CATALOG_DEPARTMENT_CODE.test(code)) {
    throw new GeneratorRefusal(
      `--department ${code} cannot be a catalog department: the catalog's codes are 2–10 capital letters, so nobody ` +
        'could ever be of the department that owns the subgraph',
    );
  }
  return code;
}

/** `registry` → `Registry`: the prefix of the subgraph's GraphQL types and TypeScript names. */
export const pascalCase = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
