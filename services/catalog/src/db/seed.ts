import { inTransaction, type Database } from '@hall/db';
import { demoHall, demoReferenceFromEnv, demoUsers } from '@hall/demo-hall';
import { importDepartments, importMatters, type BulkMatter } from '../bulk/import';
import type { CatalogTables } from './schema';

/** When the demo catalogue was loaded (and version 1 of every matter published). */
const IMPORTED_AT = new Date('2026-01-01T00:00:00Z');

/**
 * Loads the demo hall's departments and matters through the bulk import, once: a catalog with departments is left
 * alone. Version 1 of every matter is published on import; the demo's later versions (`hall.matterVersions`) follow,
 * each imported as its department admin made it (drafted, then published days later, superseding version 1).
 */
export async function seedDemo(database: Database<CatalogTables>): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  const users = demoUsers(hall);
  const versions: BulkMatter[] = hall.matterVersions.map((version) => {
    const editor = users.find((user) => user.id === version.editorUserId);
    if (!editor) throw new Error(`demo version ${version.id} has no editor`);
    return { ...version, editor: { id: editor.id, name: editor.name, role: editor.role } };
  });
  await inTransaction(database.pool, async (client) => {
    // Two processes starting at once must not both seed.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('hall-seed-catalog'))`);
    const existing = await client.query('SELECT 1 FROM catalog.departments LIMIT 1');
    if (existing.rowCount) return;
    const options = { at: IMPORTED_AT, client };
    await importDepartments(database, hall.departments, options);
    await importMatters(database, [...hall.matters, ...versions], options);
  });
}
