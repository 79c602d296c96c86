import { demoHall, demoUsers } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import type { Database } from '@hall/db';
import { openServiceDatabase, prepareDatabase } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSubgraph } from '../subgraph';
import type { CatalogTables } from './schema';
import { seedDemo } from './seed';

const hall = demoHall();
let testDatabase: TestDatabase;
let database: Database<CatalogTables>;

beforeAll(async () => {
  testDatabase = await createTestDatabase('catalog_seed');
  database = openServiceDatabase(catalogSubgraph, testDatabase.url);
  await prepareDatabase(catalogSubgraph, database, { seedDemo: false });
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

async function tally(): Promise<Record<string, number>> {
  const { rows } = await database.pool.query<{ name: string; n: number }>(
    `SELECT 'departments' AS name, count(*)::int AS n FROM catalog.departments
     UNION ALL SELECT 'matters', count(*)::int FROM catalog.matters
     UNION ALL SELECT 'materials', count(*)::int FROM catalog.materials
     UNION ALL SELECT 'matter_changes', count(*)::int FROM catalog.matter_changes
     UNION ALL SELECT 'department_changes', count(*)::int FROM catalog.department_changes`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

describe('the demo seed', () => {
  it('loads the demo hall once through the bulk import, even when two processes start together', async () => {
    await Promise.all([seedDemo(database), seedDemo(database)]);
    const seeded = await tally();
    const all = [...hall.matters, ...hall.matterVersions];
    expect(seeded).toEqual({
      departments: hall.departments.length,
      matters: all.length,
      materials: all.reduce((sum, matter) => sum + matter.materials.length, 0),
      matter_changes: hall.matters.length + 3 * hall.matterVersions.length,
      department_changes: hall.departments.length,
    });
    await seedDemo(database);
    expect(await tally()).toEqual(seeded);
  });

  it('replays the demo’s later versions as their department admin published them', async () => {
    const users = demoUsers(hall);
    for (const version of hall.matterVersions) {
      const { rows } = await database.pool.query<{
        id: string;
        status: string;
        superseded_by_id: string | null;
        withdrawn_at: Date | null;
      }>('SELECT id, status, superseded_by_id, withdrawn_at FROM catalog.matters WHERE id = ANY($1::uuid[]) ORDER BY version', [
        [version.supersedesId, version.id],
      ]);
      expect(rows).toEqual([
        { id: version.supersedesId, status: 'WITHDRAWN', superseded_by_id: version.id, withdrawn_at: version.publishedAt },
        { id: version.id, status: 'PUBLISHED', superseded_by_id: null, withdrawn_at: null },
      ]);
      const editor = users.find((user) => user.id === version.editorUserId);
      const changes = await database.pool.query<{ action: string; actor_id: string | null; at: Date }>(
        'SELECT action, actor_id, at FROM catalog.matter_changes WHERE matter_id = ANY($1::uuid[]) ORDER BY seq',
        [[version.supersedesId, version.id]],
      );
      expect(changes.rows).toEqual([
        { action: 'IMPORT', actor_id: null, at: new Date('2026-01-01T00:00:00Z') },
        { action: 'NEW_VERSION', actor_id: editor?.id, at: version.draftedAt },
        { action: 'SUPERSEDE', actor_id: editor?.id, at: version.publishedAt },
        { action: 'PUBLISH', actor_id: editor?.id, at: version.publishedAt },
      ]);
    }
  });
});
