import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { graphql } from './graphql';

const { Kind, NoUnusedFragmentsRule, specifiedRules, validate, visit } = graphql;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One operation (or a fragment no operation of its app uses) of a micro-frontend, with the fragments it spreads. */
export interface FrontendOperation {
  app: string;
  /** `CaseDeskCase`, or `fragment DeskStaffName` for a fragment only spread at run time. */
  operation: string;
  /** Relative to the repository's root. */
  file: string;
  document: DocumentNode;
}

export interface OperationProblem {
  app: string;
  operation: string;
  file: string;
  message: string;
}

export function formatOperationProblem({ app, operation, file, message }: OperationProblem): string {
  return `${app}: ${operation} (${file}): ${message}`;
}

/**
 * The micro-frontends whose documents codegen.ts types: those with its client-preset output (`src/gql/gql.ts`).
 * Their documents are read with codegen's own globs and loader, without running any file (`noRequire`).
 */
function frontendApps(): string[] {
  const frontends = join(ROOT, 'frontends');
  return readdirSync(frontends)
    .filter((app) => existsSync(join(frontends, app, 'src', 'gql', 'gql.ts')))
    .sort();
}

async function loadAppOperations(app: string): Promise<FrontendOperation[]> {
  const sources = await loadDocuments(
    [`frontends/${app}/src/**/*.{ts,vue}`, `!frontends/${app}/src/gql/**`, `!frontends/${app}/src/**/*.test.ts`],
    {
      cwd: ROOT,
      loaders: [new CodeFileLoader({ noRequire: true, pluckConfig: { skipIndent: true } })],
      sort: true,
      skipGraphQLImport: true,
    },
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: Array<{ definition: OperationDefinitionNode; file: string }> = [];
  const fragmentFiles = new Map<string, string>();
  for (const source of sources) {
    const file = relative(ROOT, source.location ?? `frontends/${app}`);
    for (const definition of source.document?.definitions ?? []) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
        fragmentFiles.set(definition.name.value, file);
      } else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ definition, file });
    }
  }
  const spread = new Set<string>();
  const withFragments = (root: DefinitionNode): DocumentNode => {
    const definitions: DefinitionNode[] = [root];
    const seen = new Set<string>();
    for (let index = 0; index < definitions.length; index++) {
      visit(definitions[index] as DefinitionNode, {
        FragmentSpread(node) {
          const name = node.name.value;
          const fragment = fragments.get(name);
          if (seen.has(name) || !fragment) return;
          seen.add(name);
          spread.add(name);
          definitions.push(fragment);
        },
      });
    }
    return { kind: Kind.DOCUMENT, definitions };
  };
  const result: FrontendOperation[] = operations.map(({ definition, file }) => ({
    app,
    operation: definition.name?.value ?? `anonymous ${definition.operation}`,
    file,
    document: withFragments(definition),
  }));
  for (const [name, fragment] of fragments)
    if (!spread.has(name))
      result.push({ app, operation: `fragment ${name}`, file: fragmentFiles.get(name) ?? '', document: withFragments(fragment) });
  return result;
}

let loaded: Promise<FrontendOperation[]> | undefined;

/** Every micro-frontend's operations, read once per process. */
export function frontendOperations(): Promise<FrontendOperation[]> {
  loaded ??= (async () => {
    const operations: FrontendOperation[] = [];
    // One app at a time: the loader parses every file, and the machine may be busy.
    for (const app of frontendApps()) operations.push(...(await loadAppOperations(app)));
    return operations;
  })();
  return loaded;
}

// A fragment checked on its own (one that only a document built at run time spreads) is unused by definition.
const FRAGMENT_RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

/** Every operation that no longer validates against a schema, with each of its messages. */
export function checkOperations(schema: GraphQLSchema, operations: readonly FrontendOperation[]): OperationProblem[] {
  return operations.flatMap(({ app, operation, file, document }) => {
    const rules = document.definitions[0]?.kind === Kind.FRAGMENT_DEFINITION ? FRAGMENT_RULES : specifiedRules;
    // A field missing from a fragment spread twice is one problem.
    const messages = new Set(validate(schema, document, rules).map((error) => error.message));
    return [...messages].map((message) => ({ app, operation, file, message }));
  });
}
