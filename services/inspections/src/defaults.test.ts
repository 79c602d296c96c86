import { startSubgraph } from '@hall/service-kit';
import { createTestDatabase } from '@hall/db/testing';
import { createTestSubgraph } from '@hall/service-kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createInspectionsSubgraph } from './subgraph';
import { managerToken } from './test-helpers';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('a hall without demo data', () => {
  it('ships with the default checklist built from the service norms', async () => {
    const subgraph = await createTestSubgraph(createInspectionsSubgraph(), { seedDemo: false });
    closers.push(() => subgraph.close());
    const result = await subgraph.execute<{ currentChecklistTemplate: { version: number; sections: Array<{ norm: string }> } | null }>(
      `{ currentChecklistTemplate { version sections { norm } } }`,
      {},
      await managerToken(),
    );
    expect(result.errors).toBeUndefined();
    const norms = new Set(result.data?.currentChecklistTemplate?.sections.map((section) => section.norm));
    for (const norm of ['ATTITUDE', 'LANGUAGE', 'BEHAVIOUR', 'EFFICIENCY', 'FACILITIES', 'DISCIPLINE']) expect(norms).toContain(norm);
  });

  it('accepts evidence-sized requests over HTTP (beyond the kit’s 1 MB default)', async () => {
    const database = await createTestDatabase('inspections_http');
    const started = await startSubgraph(createInspectionsSubgraph(), { databaseUrl: database.url, port: 0, seedDemo: false });
    closers.push(() => database.drop(), () => started.close());
    const padding = 'x'.repeat(3 * 1024 * 1024);
    const response = await fetch(started.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
    });
    expect(response.status).toBe(200);
  });
});
