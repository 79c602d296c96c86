import { startSubgraph } from '@hall/service-kit';
import { createTestDatabase } from '@hall/db/testing';
import { createTestSubgraph } from '@hall/service-kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createInspectionsSubgraph } from './subgraph';
import { managerToken, supervisorToken } from './test-helpers';

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

  it('accepts evidence-sized uploads over HTTP from their senders only (beyond the kit’s 1 MiB default)', async () => {
    const database = await createTestDatabase('inspections_http');
    const started = await startSubgraph(createInspectionsSubgraph(), { databaseUrl: database.url, port: 0, seedDemo: false });
    closers.push(
      () => database.drop(),
      () => started.close(),
    );
    const file = { fileName: 'a.jpg', contentBase64: 'x'.repeat(3 * 1024 * 1024) };
    const send = (query: string, token?: string) =>
      fetch(started.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables: { id: '00000000-0000-4000-8000-000000000000', file } }),
      });
    const upload = 'mutation ($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id } }';
    expect((await send(upload, await supervisorToken('00000000-0000-4000-8000-000000000001'))).status).toBe(200);
    // The public, and the manager who sends no evidence, are refused for size before the body is read.
    for (const token of [undefined, await managerToken()]) {
      const refused = await send(upload, token);
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
        'REQUEST_TOO_LARGE',
      );
    }
    // A supervisor's large body that is not only evidence is refused too.
    expect(
      (await send('query ($id: ID!, $file: EvidenceUpload) { __typename }', await supervisorToken('00000000-0000-4000-8000-000000000001')))
        .status,
    ).toBe(413);
  });
});
