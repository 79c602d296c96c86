import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE,
  PUBLISH,
  UPDATE,
  WITHDRAW,
  dataOf,
  demoTokens,
  errorCode,
  hall,
  managerUser,
  matterInput,
  ownAdminUser,
  publishedMatter,
  startCatalog,
  type CatalogTestSubgraph,
  type MatterResult,
  type Tokens,
} from './test-helpers';

let subgraph: CatalogTestSubgraph;
let tokens: Tokens;

beforeAll(async () => {
  subgraph = await startCatalog();
  tokens = await demoTokens();
});
afterAll(() => subgraph?.close());

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Matter { id code version status name isCurrent supersededBy { id version } current { id version } } }
}`;
const VERSIONS = `query ($code: String!) { matterVersions(code: $code) { id version status basedOnVersion } matterByCode(code: $code) { id version } }`;
const GUIDE = `query ($departmentId: ID!) { department(id: $departmentId) { matters { id code version } } }`;
const CHANGES = `query ($id: ID!, $all: Boolean) {
  matter(id: $id) { changes(allVersions: $all) { action actorId actorName actorRole version matterId at fields { field from to } } }
}`;

type Change = {
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
  version: number;
  matterId: string;
  at: string;
  fields: Array<{ field: string; from: string | null; to: string | null }>;
};

async function publishedCount(code: string): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM catalog.matters WHERE code = $1 AND status = 'PUBLISHED'`,
    [code],
  );
  return rows[0]?.n ?? -1;
}

async function changeCount(): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM catalog.matter_changes`);
  return rows[0]?.n ?? -1;
}

describe('versions', () => {
  it('edits a published matter into a new draft version, publishes it over the old one, and keeps the old one readable', async () => {
    const code = 'TEST-VER-001';
    const v1 = await publishedMatter(subgraph, tokens.ownAdmin, { code });

    // Editing the published version makes version 2 as a draft; the guide still shows version 1.
    const edited = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(
        UPDATE,
        { id: v1, input: matterInput({ code, name: '测试许可事项（第二版）', committedLimitDays: 3, processSteps: [] }) },
        tokens.ownAdmin,
      ),
    ).updateMatter;
    expect(edited).toMatchObject({ code, version: 2, status: 'DRAFT', basedOnVersion: 1 });
    expect(edited.id).not.toBe(v1);
    const before = dataOf(await subgraph.execute<{ matterByCode: { id: string } }>(VERSIONS, { code })).matterByCode;
    expect(before.id).toBe(v1);
    // The public does not see the draft among the versions; the editor does.
    expect(dataOf(await subgraph.execute<{ matterVersions: unknown[] }>(VERSIONS, { code })).matterVersions).toHaveLength(1);
    expect(dataOf(await subgraph.execute<{ matterVersions: unknown[] }>(VERSIONS, { code }, tokens.ownAdmin)).matterVersions).toHaveLength(
      2,
    );

    // Editing the draft again changes it in place.
    const again = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(
        UPDATE,
        { id: edited.id, input: matterInput({ code, name: '测试许可事项（第二版修订）', committedLimitDays: 3, processSteps: [] }) },
        tokens.ownAdmin,
      ),
    ).updateMatter;
    expect(again).toMatchObject({ id: edited.id, version: 2, status: 'DRAFT' });

    const published = dataOf(
      await subgraph.execute<{ publishMatter: { status: string } }>(PUBLISH, { id: edited.id }, tokens.ownAdmin),
    ).publishMatter;
    expect(published.status).toBe('PUBLISHED');
    expect(await publishedCount(code)).toBe(1);

    const versions = dataOf(
      await subgraph.execute<{ matterVersions: Array<{ id: string; version: number; status: string }>; matterByCode: { id: string } }>(
        VERSIONS,
        { code },
      ),
    );
    expect(versions.matterVersions.map((version) => [version.version, version.status])).toEqual([
      [2, 'PUBLISHED'],
      [1, 'WITHDRAWN'],
    ]);
    expect(versions.matterByCode.id).toBe(edited.id);

    // The guide lists the current version only.
    const guide = dataOf(
      await subgraph.execute<{ department: { matters: Array<{ id: string; code: string }> } }>(GUIDE, {
        departmentId: matterInput().departmentId,
      }),
    );
    expect(guide.department.matters.filter((matter) => matter.code === code).map((matter) => matter.id)).toEqual([edited.id]);

    // A case accepted under version 1 still resolves it, through federation, for the public too.
    const entities = dataOf(
      await subgraph.execute<{ _entities: Array<Record<string, unknown>> }>(ENTITIES, {
        representations: [{ __typename: 'Matter', id: v1 }],
      }),
    );
    expect(entities._entities[0]).toMatchObject({
      id: v1,
      version: 1,
      status: 'WITHDRAWN',
      name: '测试许可事项',
      isCurrent: false,
      supersededBy: { id: edited.id, version: 2 },
      current: { id: edited.id, version: 2 },
    });
  });

  it('serves the demo hall’s revised matter: version 2 in the guide, version 1 (what cases point at) by id, with its history', async () => {
    const [second] = hall.matterVersions;
    if (!second) throw new Error('the demo has a second version');
    const result = dataOf(
      await subgraph.execute<{
        _entities: Array<Record<string, unknown>>;
        matterByCode: { id: string; version: number; versions: Array<{ version: number; status: string }> };
      }>(
        `query ($representations: [_Any!]!, $code: String!) {
          _entities(representations: $representations) { ... on Matter { id version status supersededBy { id } } }
          matterByCode(code: $code) { id version versions { version status } }
        }`,
        { representations: [{ __typename: 'Matter', id: second.supersedesId }], code: second.code },
      ),
    );
    expect(result._entities[0]).toMatchObject({
      id: second.supersedesId,
      version: 1,
      status: 'WITHDRAWN',
      supersededBy: { id: second.id },
    });
    expect(result.matterByCode).toMatchObject({ id: second.id, version: 2 });
    expect(result.matterByCode.versions).toEqual([
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'WITHDRAWN' },
    ]);
    const changes = dataOf(
      await subgraph.execute<{ matter: { changes: Change[] } }>(CHANGES, { id: second.id, all: true }, tokens.ownAdmin),
    ).matter.changes;
    expect(changes.map((change) => [change.action, change.version])).toEqual([
      ['IMPORT', 1],
      ['NEW_VERSION', 2],
      ['SUPERSEDE', 1],
      ['PUBLISH', 2],
    ]);
    const newVersion = changes[1];
    expect(newVersion).toMatchObject({ actorId: second.editorUserId, actorRole: 'dept_admin', at: second.draftedAt.toISOString() });
    expect(newVersion?.fields.map((field) => field.field)).toEqual(['basedOnVersion', 'channels', 'keywords', 'legalBasis', 'materials']);
  });

  it('refuses to edit a version that is history, and to publish or withdraw in the wrong state, with CONFLICT', async () => {
    const code = 'TEST-VER-002';
    const v1 = await publishedMatter(subgraph, tokens.manager, { code });
    const v2 = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(
        UPDATE,
        { id: v1, input: matterInput({ code, name: '第二版' }) },
        tokens.manager,
      ),
    ).updateMatter.id;
    dataOf(await subgraph.execute(PUBLISH, { id: v2 }, tokens.manager));
    const count = await changeCount();
    expect(errorCode(await subgraph.execute(UPDATE, { id: v1, input: matterInput({ code }) }, tokens.manager))).toBe('CONFLICT');
    expect(errorCode(await subgraph.execute(PUBLISH, { id: v1 }, tokens.manager))).toBe('CONFLICT');
    expect(errorCode(await subgraph.execute(PUBLISH, { id: v2 }, tokens.manager))).toBe('CONFLICT');
    expect(errorCode(await subgraph.execute(WITHDRAW, { id: v1 }, tokens.manager))).toBe('CONFLICT');
    expect(errorCode(await subgraph.execute(UPDATE, { id: v2, input: matterInput({ code: 'TEST-VER-OTHER' }) }, tokens.manager))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await changeCount()).toBe(count);
  });

  it('withdraws the current version without a successor and revives the code with a new version', async () => {
    const code = 'TEST-VER-003';
    const v1 = await publishedMatter(subgraph, tokens.ownAdmin, { code });
    dataOf(await subgraph.execute(WITHDRAW, { id: v1 }, tokens.ownAdmin));
    expect(dataOf(await subgraph.execute<{ matterByCode: unknown }>(VERSIONS, { code })).matterByCode).toBeNull();
    expect(
      dataOf(await subgraph.execute<{ matter: { id: string } }>(`query ($id: ID!) { matter(id: $id) { id } }`, { id: v1 })).matter.id,
    ).toBe(v1);
    const v2 = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(UPDATE, { id: v1, input: matterInput({ code }) }, tokens.ownAdmin),
    ).updateMatter;
    expect(v2).toMatchObject({ version: 2, basedOnVersion: 1, status: 'DRAFT' });
    dataOf(await subgraph.execute(PUBLISH, { id: v2.id }, tokens.ownAdmin));
    expect(dataOf(await subgraph.execute<{ matterByCode: { id: string } }>(VERSIONS, { code })).matterByCode.id).toBe(v2.id);
  });

  it('publishes exactly one of two drafts of one code raced against each other', async () => {
    const code = 'TEST-VER-RACE';
    const v1 = await publishedMatter(subgraph, tokens.ownAdmin, { code });
    // Two editors start a new version from version 1 at the same time: both get a draft (versions 2 and 3).
    const drafts = await Promise.all(
      ['甲', '乙'].map((who) =>
        subgraph.execute<{ updateMatter: MatterResult }>(
          UPDATE,
          { id: v1, input: matterInput({ code, name: `测试许可事项（${who}）` }) },
          tokens.ownAdmin,
        ),
      ),
    );
    const ids = drafts.map((draft) => dataOf(draft).updateMatter);
    expect(ids.map((draft) => draft.version).sort()).toEqual([2, 3]);
    expect(ids.every((draft) => draft.basedOnVersion === 1)).toBe(true);

    const results = await Promise.all(
      ids.map((draft) => subgraph.execute<{ publishMatter: { id: string } }>(PUBLISH, { id: draft.id }, tokens.ownAdmin)),
    );
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(errorCode)).toEqual(['CONFLICT']);
    expect(await publishedCount(code)).toBe(1);
    const versions = dataOf(
      await subgraph.execute<{ matterVersions: Array<{ id: string; status: string }> }>(VERSIONS, { code }, tokens.ownAdmin),
    ).matterVersions;
    const winner = winners[0]?.data?.publishMatter.id;
    expect(versions.find((version) => version.id === winner)?.status).toBe('PUBLISHED');
    expect(versions.filter((version) => version.status === 'PUBLISHED')).toHaveLength(1);
    expect(versions.filter((version) => version.status === 'DRAFT')).toHaveLength(1);

    // The losing draft stays refused: it would undo the winner's changes.
    const loser = ids.find((draft) => draft.id !== winner);
    const retry = await subgraph.execute(PUBLISH, { id: loser?.id }, tokens.ownAdmin);
    expect(errorCode(retry)).toBe('CONFLICT');
    expect(retry.errors?.[0]?.message).toMatch(/was published after this draft was started/);
  });

  it('survives many concurrent publishes of many drafts with exactly one published version', async () => {
    const code = 'TEST-VER-RACE-2';
    const v1 = await publishedMatter(subgraph, tokens.manager, { code });
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        subgraph.execute<{ updateMatter: MatterResult }>(
          UPDATE,
          { id: v1, input: matterInput({ code, name: `版本${index}` }) },
          tokens.manager,
        ),
      ),
    );
    const results = await Promise.all(
      drafts.map((draft) => subgraph.execute(PUBLISH, { id: dataOf(draft).updateMatter.id }, tokens.manager)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).every((result) => errorCode(result) === 'CONFLICT')).toBe(true);
    expect(await publishedCount(code)).toBe(1);
  });

  it('enforces one published version per code in the database itself', async () => {
    const code = 'TEST-VER-INDEX';
    const v1 = await publishedMatter(subgraph, tokens.manager, { code });
    const v2 = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(UPDATE, { id: v1, input: matterInput({ code }) }, tokens.manager),
    ).updateMatter.id;
    await expect(
      subgraph.runtime.database.pool.query(`UPDATE catalog.matters SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [v2]),
    ).rejects.toMatchObject({ code: '23505', constraint: 'matters_one_published_per_code' });
    expect(await publishedCount(code)).toBe(1);
  });
});

describe('change log', () => {
  it('records who changed which fields from what to what, readable by the department admin and the manager only', async () => {
    const code = 'TEST-LOG-001';
    const created = dataOf(
      await subgraph.execute<{ createMatter: MatterResult }>(CREATE, { input: matterInput({ code }) }, tokens.ownAdmin),
    ).createMatter;
    dataOf(
      await subgraph.execute(
        UPDATE,
        { id: created.id, input: matterInput({ code, committedLimitDays: 6, processSteps: [], keywords: ['测试', '日志'] }) },
        tokens.ownAdmin,
      ),
    );
    // An edit that changes nothing is not a change.
    dataOf(
      await subgraph.execute(
        UPDATE,
        { id: created.id, input: matterInput({ code, committedLimitDays: 6, processSteps: [], keywords: ['测试', '日志'] }) },
        tokens.ownAdmin,
      ),
    );
    dataOf(await subgraph.execute(PUBLISH, { id: created.id }, tokens.manager));
    const v2 = dataOf(
      await subgraph.execute<{ updateMatter: MatterResult }>(
        UPDATE,
        { id: created.id, input: matterInput({ code, committedLimitDays: 4, processSteps: [], keywords: ['测试', '日志'] }) },
        tokens.manager,
      ),
    ).updateMatter;
    dataOf(await subgraph.execute(PUBLISH, { id: v2.id }, tokens.manager));

    const own = dataOf(await subgraph.execute<{ matter: { changes: Change[] } }>(CHANGES, { id: created.id, all: false }, tokens.ownAdmin))
      .matter.changes;
    expect(own.map((change) => change.action)).toEqual(['CREATE', 'UPDATE', 'PUBLISH', 'SUPERSEDE']);
    const [create, update] = own;
    expect(create).toMatchObject({
      actorId: ownAdminUser().id,
      actorName: ownAdminUser().name,
      actorRole: 'dept_admin',
      version: 1,
      matterId: created.id,
    });
    expect(create?.fields.find((field) => field.field === 'name')).toEqual({
      field: 'name',
      from: null,
      to: JSON.stringify('测试许可事项'),
    });
    const parsed = (fields: Change['fields'] = []) =>
      fields.map((field) => ({
        field: field.field,
        from: field.from === null ? null : JSON.parse(field.from),
        to: field.to === null ? null : JSON.parse(field.to),
      }));
    expect(parsed(update?.fields)).toEqual([
      { field: 'committedLimitDays', from: 5, to: 6 },
      { field: 'keywords', from: ['测试'], to: ['测试', '日志'] },
      { field: 'processSteps', from: matterInput().processSteps, to: [] },
    ]);

    const all = dataOf(await subgraph.execute<{ matter: { changes: Change[] } }>(CHANGES, { id: v2.id, all: true }, tokens.manager)).matter
      .changes;
    expect(all.map((change) => [change.action, change.version])).toEqual([
      ['CREATE', 1],
      ['UPDATE', 1],
      ['PUBLISH', 1],
      ['NEW_VERSION', 2],
      ['SUPERSEDE', 1],
      ['PUBLISH', 2],
    ]);
    expect(all[3]?.fields).toEqual([
      { field: 'basedOnVersion', from: null, to: '1' },
      { field: 'committedLimitDays', from: '6', to: '4' },
    ]);
    expect(all[3]).toMatchObject({ actorId: managerUser().id, actorRole: 'manager' });
    const times = all.map((change) => Date.parse(change.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    for (const token of [undefined, tokens.staff, tokens.supervisor, tokens.citizen, tokens.otherAdmin]) {
      const refused = await subgraph.execute<{ matter: { changes: unknown } | null }>(CHANGES, { id: v2.id, all: true }, token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data?.matter).toEqual({ changes: null });
    }
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE of an entry', async () => {
    const pool = subgraph.runtime.database.pool;
    const count = await changeCount();
    expect(count).toBeGreaterThan(0);
    await expect(pool.query(`UPDATE catalog.matter_changes SET actor_role = 'manager'`)).rejects.toMatchObject({
      code: '42501',
      message: expect.stringMatching(/append-only/),
    });
    await expect(pool.query(`DELETE FROM catalog.matter_changes`)).rejects.toMatchObject({ code: '42501' });
    await expect(pool.query(`TRUNCATE catalog.matter_changes`)).rejects.toMatchObject({ code: '42501' });
    await expect(pool.query(`UPDATE catalog.department_changes SET actor_role = 'manager'`)).rejects.toMatchObject({ code: '42501' });
    await expect(pool.query(`DELETE FROM catalog.department_changes`)).rejects.toMatchObject({ code: '42501' });
    expect(await changeCount()).toBe(count);
  });
});
