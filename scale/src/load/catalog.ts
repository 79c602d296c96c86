import { importDepartments, importMatters, catalogSubgraph } from '@hall/catalog-subgraph';
import { openServiceDatabase } from '@hall/service-kit';
import type { Loader } from '../context';

/** The catalogue was imported before the history starts: every matter's version 1 is published on the first day. */
function importedAt(from: string): Date {
  return new Date(`${from}T08:00:00+08:00`);
}

/**
 * The organisation's departments and their published matters (version 1), through the catalog's bulk import path.
 * Ids are the organisation's, so every other service refers to the same departments and matters.
 */
export const loadCatalog: Loader = async (context) => {
  const started = performance.now();
  const { departments, matters } = context.organisation;
  const database = openServiceDatabase(catalogSubgraph, context.databaseUrls.catalog);
  try {
    const at = importedAt(context.from);
    const departmentRows = await importDepartments(database, departments, { at });
    context.log(`catalog: ${departments.length} departments`);
    // A ScaleMatter is a BulkMatter: validation keeps the matter's fields and drops `weight`.
    const matterRows = await importMatters(database, matters, { at, batchSize: 500 });
    context.log(`catalog: ${matters.length} matters`);
    return { service: 'catalog', rows: { ...departmentRows.rows, ...matterRows.rows }, seconds: (performance.now() - started) / 1000 };
  } finally {
    await database.close();
  }
};
