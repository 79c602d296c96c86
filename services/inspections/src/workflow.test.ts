import { createHash } from 'node:crypto';
import { DEFAULT_CHECKLIST } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clock,
  codeOf,
  dataOf,
  deptAdminToken,
  demoPlans,
  hall,
  managerToken,
  openSubgraph,
  PNG,
  staffToken,
  supervisorToken,
  type Subgraph,
  type Visit,
} from './test-helpers';

let subgraph: Subgraph;
let manager: string;
let visits: Visit[];

const allItems = DEFAULT_CHECKLIST.sections.flatMap((section) => section.items.map((item) => item.key));
/** Every item passes except those given. */
function answers(overrides: Record<string, { outcome: 'FAIL' | 'NOT_APPLICABLE'; comment?: string }>) {
  return allItems.map((itemKey) => ({ itemKey, outcome: overrides[itemKey]?.outcome ?? 'PASS', comment: overrides[itemKey]?.comment ?? null }));
}

const SAVE = `mutation ($id: ID!, $input: InspectionDraftInput!) { saveInspectionDraft(id: $id, input: $input) { id status scenario visitedAt items { itemKey outcome comment } } }`;
const SUBMIT = `mutation ($id: ID!) { submitInspection(id: $id) { id status score findings { id itemKey serious counts } rectification { id status dueOn belowThreshold } } }`;
const INSPECTION = `query ($id: ID!) { inspection(id: $id) { id status score items { itemKey outcome } findings { id itemKey counts } amendments { reason score } evidence { id sha256 contentBase64 } rectification { id status dueOn overdue events { from to note } } } }`;

type Inspected = {
  id: string;
  status: string;
  score: number | null;
  items: Array<{ itemKey: string; outcome: string }>;
  findings: Array<{ id: string; itemKey: string | null; counts: boolean }>;
  amendments: Array<{ reason: string; score: number | null }>;
  evidence: Array<{ id: string; sha256: string; contentBase64: string }>;
  rectification: { id: string; status: string; dueOn: string; overdue: boolean; events: Array<{ from: string | null; to: string; note: string | null }> } | null;
};

async function read(id: string, token = manager): Promise<Inspected | null> {
  return dataOf(await subgraph.execute<{ inspection: Inspected | null }>(INSPECTION, { id }, token)).inspection;
}

async function record(visit: Visit, overrides: Parameters<typeof answers>[0]) {
  const token = await supervisorToken(visit.supervisor!.id);
  dataOf(await subgraph.execute(SAVE, { id: visit.id, input: { visitedAt: '2026-11-20T02:00:00Z', scenario: '咨询营业执照变更', items: answers(overrides) } }, token));
  return subgraph.execute<{ submitInspection: Inspected & { rectification: { id: string; status: string; dueOn: string; belowThreshold: boolean } | null } }>(SUBMIT, { id: visit.id }, token);
}

const otherSupervisor = (visit: Visit) => hall.supervisors.find((s) => s.id !== visit.supervisor?.id)!.id;

beforeAll(async () => {
  clock.now = new Date('2026-11-20T09:30:00Z');
  subgraph = await openSubgraph();
  manager = await managerToken();
  visits = (await demoPlans(subgraph, manager)).current.inspections;
});
afterAll(() => subgraph?.close());

describe('recording a visit', () => {
  it('saves drafts idempotently and only for the assigned supervisor', async () => {
    const visit = visits[0]!;
    const token = await supervisorToken(visit.supervisor!.id);
    const input = { scenario: '咨询个体工商户设立登记', items: [{ itemKey: 'ATT-1', outcome: 'PASS' }, { itemKey: 'EFF-1', outcome: 'FAIL', comment: '未告知需提交申请书' }] };
    const first = dataOf(await subgraph.execute<{ saveInspectionDraft: unknown }>(SAVE, { id: visit.id, input }, token)).saveInspectionDraft;
    const second = dataOf(await subgraph.execute<{ saveInspectionDraft: unknown }>(SAVE, { id: visit.id, input }, token)).saveInspectionDraft;
    expect(second).toEqual(first);
    expect(first).toMatchObject({ status: 'DRAFT', items: expect.arrayContaining([{ itemKey: 'EFF-1', outcome: 'FAIL', comment: '未告知需提交申请书' }]) });
    expect((await read(visit.id))?.items).toHaveLength(2);

    expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input }, await supervisorToken(otherSupervisor(visit))))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input }, await deptAdminToken(visit.department!.id)))).toBe('FORBIDDEN');
  });

  it('refuses bad answers and changes nothing', async () => {
    const visit = visits[0]!;
    const token = await supervisorToken(visit.supervisor!.id);
    const before = await read(visit.id);
    for (const items of [
      [{ itemKey: 'ATT-2', outcome: 'FAIL' }],
      [{ itemKey: 'ATT-1', outcome: 'NOT_APPLICABLE' }],
      [{ itemKey: 'NOPE', outcome: 'PASS' }],
    ]) {
      expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input: { items, scenario: '改过的情景' } }, token))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input: { visitedAt: '2026-11-21T02:00:00Z' } }, token))).toBe('BAD_USER_INPUT');
    expect(await read(visit.id)).toEqual(before);
  });

  it('checks evidence by its bytes, limits its size and stores its SHA-256', async () => {
    const visit = visits[0]!;
    const token = await supervisorToken(visit.supervisor!.id);
    const ADD = `mutation ($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id kind mimeType size sha256 } }`;
    const added = dataOf(
      await subgraph.execute<{ addInspectionEvidence: { kind: string; mimeType: string; sha256: string; size: number } }>(ADD, { id: visit.id, file: { fileName: 'recording.mp3', contentBase64: PNG.toString('base64') } }, token),
    ).addInspectionEvidence;
    expect(added).toMatchObject({ kind: 'PHOTO', mimeType: 'image/png', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') });

    const pdf = Buffer.from('%PDF-1.7 pretending to be a photo').toString('base64');
    expect(codeOf(await subgraph.execute(ADD, { id: visit.id, file: { fileName: 'photo.jpg', contentBase64: pdf } }, token))).toBe('BAD_USER_INPUT');
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024)]).toString('base64');
    expect(codeOf(await subgraph.execute(ADD, { id: visit.id, file: { fileName: 'big.jpg', contentBase64: huge } }, token))).toBe('BAD_USER_INPUT');
    expect((await read(visit.id))?.evidence).toHaveLength(1);
  });

  it('refuses an incomplete submission and changes nothing', async () => {
    const visit = visits[0]!;
    const result = await subgraph.execute(SUBMIT, { id: visit.id }, await supervisorToken(visit.supervisor!.id));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect((await read(visit.id))?.status).toBe('DRAFT');
  });

  it('submits: scores by the weights, records findings and opens a rectification for a serious finding', async () => {
    const visit = visits[0]!;
    const submitted = dataOf(await record(visit, { 'EFF-1': { outcome: 'FAIL', comment: '未一次性告知' }, 'BEH-2': { outcome: 'NOT_APPLICABLE' } })).submitInspection;
    // EFF: 15/25 of weight 25 → 15; every other section full: 15 + 10 + 15 + 15 + 10 + 15 + 10 = 90
    expect(submitted.score).toBe(90);
    expect(submitted.findings).toEqual([{ id: expect.any(String), itemKey: 'EFF-1', serious: true, counts: true }]);
    // 10 working days after Friday 2026-11-20
    expect(submitted.rectification).toMatchObject({ status: 'OPEN', dueOn: '2026-12-04', belowThreshold: false });
  });

  it('opens a rectification when the score is below the threshold, none when it is not', async () => {
    const low = dataOf(
      await record(visits[1]!, {
        'ATT-2': { outcome: 'FAIL', comment: '语气生硬' },
        'LAN-2': { outcome: 'FAIL', comment: '政策解释错误' },
        'EFF-3': { outcome: 'FAIL', comment: '等候35分钟' },
        'FAC-2': { outcome: 'FAIL', comment: '评价器未开启' },
      }),
    ).submitInspection;
    // ATT 15/20·15 = 11.25, LAN 5/10·10 = 5, EFF 20/25·25 = 20, FAC 7/10·10 = 7, BEH 15, DIS 15, FZ 10 → 83.25
    expect(low.score).toBe(83.25);
    expect(low.rectification).toMatchObject({ status: 'OPEN', belowThreshold: true });

    const fine = dataOf(await record(visits[2]!, { 'FAC-3': { outcome: 'FAIL', comment: '桌面放置私人物品' } })).submitInspection;
    expect(fine.score).toBe(97);
    expect(fine.rectification).toBeNull();
    expect(fine.findings).toHaveLength(1);
  });

  it('locks a submitted record: mutations refused with CONFLICT, the database refuses UPDATE and DELETE', async () => {
    const visit = visits[0]!;
    const token = await supervisorToken(visit.supervisor!.id);
    expect(codeOf(await subgraph.execute(SAVE, { id: visit.id, input: { scenario: '改写' } }, token))).toBe('CONFLICT');
    expect(codeOf(await subgraph.execute(SUBMIT, { id: visit.id }, token))).toBe('CONFLICT');
    const pool = subgraph.runtime.database.pool;
    await expect(pool.query(`UPDATE inspections.inspections SET score = 100 WHERE id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`DELETE FROM inspections.inspections WHERE id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`UPDATE inspections.item_results SET outcome = 'PASS' WHERE inspection_id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`DELETE FROM inspections.item_results WHERE inspection_id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`INSERT INTO inspections.item_results VALUES ($1, 'X-1', 'PASS', null)`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`DELETE FROM inspections.evidence WHERE inspection_id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`UPDATE inspections.findings SET serious = false WHERE inspection_id = $1`, [visit.id])).rejects.toThrow(/submitted/);
    await expect(pool.query(`UPDATE inspections.checklist_templates SET name = 'x'`)).rejects.toThrow(/append-only/);
    // The service's app role has no TRUNCATE at all; the trigger stops even the owner role (ADR 0010).
    await expect(pool.query(`TRUNCATE inspections.item_results`)).rejects.toMatchObject({ code: '42501' });
    await expect(subgraph.owner.pool.query(`TRUNCATE inspections.item_results`)).rejects.toThrow(/append-only/);
    expect((await read(visit.id))?.score).toBe(90);
  });

  it('shows the inspected department the submitted record with its evidence, never a draft', async () => {
    const visit = visits[0]!;
    const seen = await read(visit.id, await deptAdminToken(visit.department!.id));
    expect(seen?.evidence[0]?.contentBase64).toBe(PNG.toString('base64'));
    const draftVisit = visits.find((v) => v.id !== visits[0]!.id && v.id !== visits[1]!.id && v.id !== visits[2]!.id && v.department?.id !== visit.department?.id)!;
    await subgraph.execute(SAVE, { id: draftVisit.id, input: { scenario: '草稿' } }, await supervisorToken(draftVisit.supervisor!.id));
    expect(await read(draftVisit.id, await deptAdminToken(draftVisit.department!.id))).toBeNull();
  });

  it('amends with a reason (append-only); the score follows the latest amendment', async () => {
    const visit = visits[0]!;
    const AMEND = `mutation ($id: ID!, $input: AmendmentInput!) { amendInspection(id: $id, input: $input) { id score findings { itemKey } amendments { reason score } } }`;
    const input = { reason: '复核录音后补记评价器未开启', items: [{ itemKey: 'FAC-2', outcome: 'FAIL', comment: '评价器未开启' }] };
    expect(codeOf(await subgraph.execute(AMEND, { id: visit.id, input }, await deptAdminToken(visit.department!.id)))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(AMEND, { id: visit.id, input }, await supervisorToken(otherSupervisor(visit))))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.execute(AMEND, { id: visit.id, input: { ...input, reason: '' } }, manager))).toBe('BAD_USER_INPUT');
    const amended = dataOf(await subgraph.execute<{ amendInspection: Inspected }>(AMEND, { id: visit.id, input }, await supervisorToken(visit.supervisor!.id))).amendInspection;
    // FAC 7/10 of weight 10 → 7: 90 − 3 = 87
    expect(amended.score).toBe(87);
    expect(amended.amendments).toEqual([{ reason: input.reason, score: 87 }]);
    expect(amended.findings.map((finding) => finding.itemKey)).toEqual(['EFF-1', 'FAC-2']);
    await expect(subgraph.runtime.database.pool.query(`DELETE FROM inspections.amendments`)).rejects.toThrow(/append-only/);
  });
});

describe('rectification workflow', () => {
  const RESPOND = `mutation ($id: ID!, $input: RectificationResponseInput!) { respondToRectification(id: $id, input: $input) { id status response evidence { sha256 } } }`;
  const VERIFY = `mutation ($id: ID!) { verifyRectification(id: $id, note: "复查合格") { id status } }`;
  const REOPEN = `mutation ($id: ID!, $reason: String!) { reopenRectification(id: $id, reason: $reason) { id status dueOn overdue } }`;

  it('goes OPEN → RESPONDED → reopened → overdue → RESPONDED → VERIFIED, refusing illegal steps', async () => {
    clock.now = new Date('2026-11-20T09:30:00Z');
    const visit = visits[0]!;
    const order = (await read(visit.id))!.rectification!;
    const input = { actions: '已组织一次性告知制度培训，并将材料清单制成桌牌', evidence: [{ fileName: '桌牌.png', contentBase64: PNG.toString('base64') }] };
    const otherDept = hall.departments.find((d) => d.id !== visit.department?.id)!.id;

    expect(codeOf(await subgraph.execute(VERIFY, { id: order.id }, manager))).toBe('CONFLICT');
    expect(codeOf(await subgraph.execute(RESPOND, { id: order.id, input }, await deptAdminToken(otherDept)))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.execute(RESPOND, { id: order.id, input }, await staffToken(visit.department!.id)))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(RESPOND, { id: order.id, input: { ...input, evidence: [{ fileName: 'x.png', contentBase64: 'bm90IGFuIGltYWdl' }] } }, await deptAdminToken(visit.department!.id)))).toBe('BAD_USER_INPUT');
    expect((await read(visit.id))!.rectification!.status).toBe('OPEN');

    const admin = await deptAdminToken(visit.department!.id);
    expect(dataOf(await subgraph.execute<{ respondToRectification: { status: string; evidence: unknown[] } }>(RESPOND, { id: order.id, input }, admin)).respondToRectification).toMatchObject({
      status: 'RESPONDED',
      evidence: [{ sha256: createHash('sha256').update(PNG).digest('hex') }],
    });
    expect(codeOf(await subgraph.execute(RESPOND, { id: order.id, input }, admin))).toBe('CONFLICT');

    const finder = await supervisorToken(visit.supervisor!.id);
    expect(codeOf(await subgraph.execute(VERIFY, { id: order.id }, finder))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(REOPEN, { id: order.id, reason: '未提供培训签到表' }, finder))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.execute(VERIFY, { id: order.id }, admin))).toBe('FORBIDDEN');

    clock.now = new Date('2026-11-25T02:00:00Z');
    const other = await supervisorToken(otherSupervisor(visit));
    const reopened = dataOf(await subgraph.execute<{ reopenRectification: unknown }>(REOPEN, { id: order.id, reason: '未提供培训签到表' }, other)).reopenRectification;
    expect(reopened).toMatchObject({ status: 'OPEN', dueOn: '2026-12-09', overdue: false });

    clock.now = new Date('2026-12-10T02:00:00Z');
    expect((await read(visit.id))!.rectification).toMatchObject({ status: 'OPEN', overdue: true });
    const overdue = dataOf(await subgraph.execute<{ overdueRectifications: Array<{ id: string }> }>(`{ overdueRectifications { id } }`, {}, admin)).overdueRectifications;
    expect(overdue.map((row) => row.id)).toContain(order.id);

    dataOf(await subgraph.execute(RESPOND, { id: order.id, input: { actions: '已补充培训签到表' } }, admin));
    expect(dataOf(await subgraph.execute<{ verifyRectification: unknown }>(VERIFY, { id: order.id }, other)).verifyRectification).toMatchObject({ status: 'VERIFIED' });
    expect(codeOf(await subgraph.execute(REOPEN, { id: order.id, reason: '再查' }, manager))).toBe('CONFLICT');
    const events = (await read(visit.id))!.rectification!.events;
    expect(events.map((event) => `${event.from}→${event.to}`)).toEqual(['null→OPEN', 'OPEN→RESPONDED', 'RESPONDED→OPEN', 'OPEN→RESPONDED', 'RESPONDED→VERIFIED']);
    await expect(subgraph.runtime.database.pool.query(`UPDATE inspections.rectification_events SET note = 'x'`)).rejects.toThrow(/append-only/);
    clock.now = new Date('2026-11-20T09:30:00Z');
  });
});

describe('appeals', () => {
  const APPEAL = `mutation ($id: ID!, $reason: String!) { appealFinding(findingId: $id, reason: $reason) { id status } }`;
  const DECIDE = `mutation ($id: ID!, $decision: AppealDecision!) { decideAppeal(id: $id, decision: $decision, note: "监控显示工作人员在后台取件") { id status finding { counts } } }`;

  it('overturning the only reason for an order cancels it and restores the score', async () => {
    clock.now = new Date('2026-11-20T09:30:00Z');
    const visit = visits[3]!;
    const submitted = dataOf(await record(visit, { 'DIS-1': { outcome: 'FAIL', comment: '窗口无人约15分钟' } })).submitInspection;
    expect(submitted.score).toBe(95);
    const finding = submitted.findings[0]!;
    const admin = await deptAdminToken(visit.department!.id);
    expect(codeOf(await subgraph.execute(APPEAL, { id: finding.id, reason: '工作人员在后台取件' }, await staffToken(visit.department!.id)))).toBe('FORBIDDEN');

    clock.now = new Date('2026-11-26T09:30:00Z');
    const appeal = dataOf(await subgraph.execute<{ appealFinding: { id: string; status: string } }>(APPEAL, { id: finding.id, reason: '工作人员在后台取件' }, admin)).appealFinding;
    expect(appeal.status).toBe('PENDING');
    expect(codeOf(await subgraph.execute(APPEAL, { id: finding.id, reason: '再次申诉' }, admin))).toBe('CONFLICT');
    expect(codeOf(await subgraph.execute(DECIDE, { id: appeal.id, decision: 'OVERTURN' }, admin))).toBe('FORBIDDEN');

    const decided = dataOf(await subgraph.execute<{ decideAppeal: unknown }>(DECIDE, { id: appeal.id, decision: 'OVERTURN' }, manager)).decideAppeal;
    expect(decided).toMatchObject({ status: 'OVERTURNED', finding: { counts: false } });
    expect(codeOf(await subgraph.execute(DECIDE, { id: appeal.id, decision: 'UPHOLD' }, manager))).toBe('CONFLICT');
    const after = (await read(visit.id))!;
    expect(after.score).toBe(100);
    expect(after.rectification?.status).toBe('CANCELLED');
    clock.now = new Date('2026-11-20T09:30:00Z');
  });

  it('refuses an appeal after 7 days; an upheld finding keeps counting', async () => {
    clock.now = new Date('2026-11-20T09:30:00Z');
    const visit = visits[4]!;
    const submitted = dataOf(
      await record(visit, { 'DIS-2': { outcome: 'FAIL', comment: '玩手机' }, 'FAC-3': { outcome: 'FAIL', comment: '桌面凌乱' } }),
    ).submitInspection;
    const admin = await deptAdminToken(visit.department!.id);
    const FINDINGS = `query ($id: ID!) { inspection(id: $id) { submittedAt findings { id appealableUntil canAppeal } } }`;
    type Findings = { inspection: { submittedAt: string; findings: Array<{ id: string; appealableUntil: string | null; canAppeal: boolean }> } };
    const findingsFor = async (token: string) => dataOf(await subgraph.execute<Findings>(FINDINGS, { id: visit.id }, token)).inspection;
    // The window the API announces is the one appealFinding enforces: open until submission + 7 × 24 h, for the
    // inspected department's admin only.
    clock.now = new Date('2026-11-27T09:29:00Z');
    const open = await findingsFor(admin);
    const closes = new Date(Date.parse(open.submittedAt) + 7 * 86_400_000).toISOString();
    expect(open.findings.map((f) => [f.appealableUntil, f.canAppeal])).toEqual([
      [closes, true],
      [closes, true],
    ]);
    expect((await findingsFor(manager)).findings.map((f) => f.canAppeal)).toEqual([false, false]);
    expect((await findingsFor(await staffToken(visit.department!.id))).findings.map((f) => f.canAppeal)).toEqual([false, false]);
    clock.now = new Date('2026-11-27T09:31:00Z');
    expect((await findingsFor(admin)).findings.map((f) => f.canAppeal)).toEqual([false, false]);
    expect(codeOf(await subgraph.execute(APPEAL, { id: submitted.findings[0]!.id, reason: '迟到的申诉' }, admin))).toBe('CONFLICT');
    clock.now = new Date('2026-11-27T09:29:00Z');
    const appeal = dataOf(await subgraph.execute<{ appealFinding: { id: string } }>(APPEAL, { id: submitted.findings[1]!.id, reason: '桌面物品为办事人所留' }, admin)).appealFinding;
    // Appealed once: no second appeal is offered.
    expect((await findingsFor(admin)).findings.find((f) => f.id === submitted.findings[1]!.id)?.canAppeal).toBe(false);
    expect(dataOf(await subgraph.execute<{ decideAppeal: unknown }>(DECIDE, { id: appeal.id, decision: 'UPHOLD' }, manager)).decideAppeal).toMatchObject({ status: 'UPHELD', finding: { counts: true } });
    expect((await read(visit.id))!.score).toBe(submitted.score);
    clock.now = new Date('2026-11-20T09:30:00Z');
  });
});

describe('rectification confidentiality and draft evidence', () => {
  it('shows an order to the manager, supervisors and its department only, through queries and _entities', async () => {
    const visit = visits[1]!;
    const order = (await read(visit.id))!.rectification!;
    const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Rectification { id inspection { id } } } }`;
    const r = [{ __typename: 'Rectification', id: order.id }];
    const seen = async (token?: string) => dataOf(await subgraph.execute<{ _entities: Array<{ id: string; inspection: { id: string } | null } | null> }>(QUERY, { r }, token))._entities[0];
    const otherDept = hall.departments.find((d) => d.id !== visit.department?.id)!.id;
    expect(await seen(manager)).toEqual({ id: order.id, inspection: { id: visit.id } });
    expect(await seen(await deptAdminToken(visit.department!.id))).toEqual({ id: order.id, inspection: { id: visit.id } });
    expect(await seen(await staffToken(visit.department!.id))).toEqual({ id: order.id, inspection: { id: visit.id } });
    expect(await seen(await supervisorToken(otherSupervisor(visit)))).toMatchObject({ id: order.id });
    expect(await seen(await deptAdminToken(otherDept))).toBeNull();
    expect(await seen(await staffToken(otherDept))).toBeNull();
    expect(await seen()).toBeNull();
    const listed = dataOf(await subgraph.execute<{ rectifications: Array<{ id: string }> }>(`{ rectifications { id department { id } } }`, {}, await deptAdminToken(otherDept))).rectifications;
    expect(listed.some((row) => row.id === order.id)).toBe(false);
  });

  it('removes evidence from a draft only, by its supervisor', async () => {
    const visit = visits[5]!;
    const token = await supervisorToken(visit.supervisor!.id);
    const ADD = `mutation ($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id } }`;
    const REMOVE = `mutation ($id: ID!) { removeInspectionEvidence(id: $id) }`;
    const { id } = dataOf(await subgraph.execute<{ addInspectionEvidence: { id: string } }>(ADD, { id: visit.id, file: { fileName: 'a.png', contentBase64: PNG.toString('base64') } }, token)).addInspectionEvidence;
    expect(codeOf(await subgraph.execute(REMOVE, { id }, await supervisorToken(otherSupervisor(visit))))).toBe('NOT_FOUND');
    expect(dataOf(await subgraph.execute<{ removeInspectionEvidence: boolean }>(REMOVE, { id }, token)).removeInspectionEvidence).toBe(true);
    expect((await read(visit.id))?.evidence).toEqual([]);
    const submittedEvidence = (await read(visits[0]!.id))!.evidence[0]!.id;
    expect(codeOf(await subgraph.execute(REMOVE, { id: submittedEvidence }, await supervisorToken(visits[0]!.supervisor!.id)))).toBe('CONFLICT');
  });
});

describe('appeal lists', () => {
  it('shows a department its own appeals only and refuses supervisors', async () => {
    const visit = visits[3]!;
    const mine = dataOf(await subgraph.execute<{ appeals: Array<{ status: string }> }>(`{ appeals { status } }`, {}, await deptAdminToken(visit.department!.id))).appeals;
    expect(mine.length).toBeGreaterThan(0);
    const other = hall.departments.find((d) => d.id !== visit.department?.id && d.id !== visits[4]!.department?.id)!.id;
    expect(dataOf(await subgraph.execute<{ appeals: unknown[] }>(`{ appeals { status } }`, {}, await deptAdminToken(other))).appeals).toEqual([]);
    expect(codeOf(await subgraph.execute(`{ appeals { status } }`, {}, await supervisorToken(visit.supervisor!.id)))).toBe('FORBIDDEN');
  });

  it('shows a finding’s appeal, nested, only to those the appeal list shows it to (not to the supervisor who found it)', async () => {
    const visit = visits[3]!;
    const QUERY = `query ($id: ID!) { inspection(id: $id) { id findings { id appeal { id reason } } } }`;
    type Answer = { inspection: { id: string; findings: Array<{ appeal: { id: string } | null }> } | null };
    const appealsSeen = async (token: string) =>
      dataOf(await subgraph.execute<Answer>(QUERY, { id: visit.id }, token)).inspection?.findings.filter((finding) => finding.appeal).length ?? null;
    expect(await appealsSeen(manager)).toBeGreaterThan(0);
    expect(await appealsSeen(await deptAdminToken(visit.department!.id))).toBeGreaterThan(0);
    // The supervisor sees their own inspection and its findings, not the department's appeal of them.
    expect(await appealsSeen(await supervisorToken(visit.supervisor!.id))).toBe(0);
  });
});
