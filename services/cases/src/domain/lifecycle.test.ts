import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PUBLIC_IDENTITY, type Identity } from '@hall/service-kit';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import {
  actionsOf,
  CASE_ACTIONS,
  CLOCK_RUNNING_STATES,
  isAllowed,
  ON_CLOCK_STATES,
  OPEN_STATES,
  PAUSED_STATES,
  STATUSES,
  TRANSITIONS,
  type CaseAction,
  type CaseStatus,
  type TransitionName,
} from './lifecycle';
import { availableActions } from '../resolvers/transition';
import { applicant, departmentFixture, hall, startHarness, tokens, type CasesHarness } from '../test-helpers';

const { department, committed, instant, clerk } = departmentFixture('GAJ');
const other = departmentFixture('SCJG');
const materials = committed.materials.map((m) => m.name);

let harness: CasesHarness;
let staff: string;
let manager: string;
let seq = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2026-11-16T02:00:00Z'));
  staff = await tokens.staff(department.id, clerk.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

interface CaseView {
  id: string;
  status: CaseStatus;
  version: number;
  visits: number;
  dueAt: string | null;
  events: Array<{ from: CaseStatus | null; to: CaseStatus; data: Record<string, unknown> }>;
}
const FIELDS = `id status version visits dueAt events { from to data }`;

async function run<T = CaseView>(mutation: string, variables: Record<string, unknown>, token = staff) {
  return harness.subgraph.execute<Record<string, T>>(mutation, variables, token);
}

async function register(matterId = committed.id, extra: Record<string, unknown> = {}, token = staff): Promise<CaseView> {
  seq += 1;
  const result = await run(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`,
    { input: { matterId, ...applicant(seq), ...extra } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.registerCase as CaseView;
}

/** Valid arguments for each transition, so the table can be exercised from every state. */
const CALLS: Record<TransitionName, { to: CaseStatus; mutation: string; args: Record<string, unknown>; vars?: string }> = {
  requestSupplement: {
    to: 'SUPPLEMENT_REQUESTED',
    mutation: `requestSupplement(id: $id, expectedVersion: $v, receivedMaterials: $received, missingMaterials: $missing, note: "请补齐以下材料")`,
    args: { received: materials.slice(1), missing: materials.slice(0, 1) },
    vars: ', $received: [String!]!, $missing: [String!]!',
  },
  resubmitCase: { to: 'RESUBMITTED', mutation: `resubmitCase(id: $id, expectedVersion: $v, atWindow: true)`, args: {} },
  acceptCase: { to: 'ACCEPTED', mutation: `acceptCase(id: $id, expectedVersion: $v)`, args: {} },
  rejectCase: {
    to: 'NOT_ACCEPTED',
    mutation: `rejectCase(id: $id, expectedVersion: $v, reason: "不属于本机关职权范围", policyBasis: "《中华人民共和国行政许可法》第三十二条", appealRoute: "可在六十日内申请行政复议", review: { date: "2026-11-16", reviewers: ["张科长", "王主任"] })`,
    args: {},
  },
  referCase: {
    to: 'REFERRED',
    mutation: `referCase(id: $id, expectedVersion: $v, toDepartmentId: $to, reason: "该事项由市场监管局办理")`,
    args: { to: other.department.id },
    vars: ', $to: ID!',
  },
  startReview: { to: 'UNDER_REVIEW', mutation: `startReview(id: $id, expectedVersion: $v)`, args: {} },
  suspendCase: { to: 'SUSPENDED', mutation: `suspendCase(id: $id, expectedVersion: $v, reason: "组织专家评审，时间不计入办理时限")`, args: {} },
  resumeCase: { to: 'UNDER_REVIEW', mutation: `resumeCase(id: $id, expectedVersion: $v)`, args: {} },
  decideCase: { to: 'APPROVED', mutation: `decideCase(id: $id, expectedVersion: $v, approved: true)`, args: {} },
  completeCase: { to: 'COMPLETED', mutation: `completeCase(id: $id, expectedVersion: $v)`, args: {} },
  deliverCase: { to: 'DELIVERED', mutation: `deliverCase(id: $id, expectedVersion: $v, method: PICKUP)`, args: {} },
  withdrawCase: { to: 'WITHDRAWN', mutation: `withdrawCase(id: $id, expectedVersion: $v, reason: "申请人书面申请撤回")`, args: {} },
};

async function transition(name: TransitionName, kase: { id: string; version: number }, token = staff) {
  const call = CALLS[name];
  const variables: Record<string, unknown> = { id: kase.id, v: kase.version, ...call.args };
  const result = await run(`mutation ($id: ID!, $v: Int!${call.vars ?? ''}) { ${name}: ${call.mutation} { ${FIELDS} } }`, variables, token);
  return { result, kase: result.data?.[name] as CaseView | undefined };
}

async function advance(kase: CaseView, ...names: TransitionName[]): Promise<CaseView> {
  let current = kase;
  for (const name of names) {
    const { result, kase: next } = await transition(name, current);
    expect(result.errors, `${name} from ${current.status}`).toBeUndefined();
    current = next as CaseView;
  }
  return current;
}

const PATHS: Record<string, TransitionName[]> = {
  SUBMITTED: [],
  SUPPLEMENT_REQUESTED: ['requestSupplement'],
  RESUBMITTED: ['requestSupplement', 'resubmitCase'],
  ACCEPTED: ['acceptCase'],
  NOT_ACCEPTED: ['rejectCase'],
  REFERRED: ['referCase'],
  UNDER_REVIEW: ['acceptCase', 'startReview'],
  SUSPENDED: ['acceptCase', 'startReview', 'suspendCase'],
  APPROVED: ['acceptCase', 'startReview', 'decideCase'],
  COMPLETED: ['acceptCase', 'startReview', 'decideCase', 'completeCase'],
  DELIVERED: ['acceptCase', 'startReview', 'decideCase', 'completeCase', 'deliverCase'],
  WITHDRAWN: ['withdrawCase'],
  // Supplement during review: accepted, so it goes back to review and cannot be accepted again.
  'RESUBMITTED (accepted)': ['acceptCase', 'startReview', 'requestSupplement', 'resubmitCase'],
};

describe('the lifecycle table', () => {
  for (const [label, path] of Object.entries(PATHS)) {
    it(`from ${label}: allows exactly the table's transitions, refuses the rest with CONFLICT and changes nothing`, async () => {
      const start = await advance(await register(), ...path);
      const accepted = path.includes('acceptCase');
      for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
        const allowed = isAllowed(name, start.status, accepted, CALLS[name].to);
        const fresh = allowed ? await advance(await register(), ...path) : start;
        const { result, kase } = await transition(name, fresh);
        if (allowed) {
          expect(result.errors, `${name} from ${label}`).toBeUndefined();
          expect(kase?.status).toBe(CALLS[name].to);
          expect(kase?.version).toBe(fresh.version + 1);
          expect(kase?.events.at(-1)).toMatchObject({ from: fresh.status, to: CALLS[name].to });
        } else {
          expect(result.errors?.[0]?.extensions?.code, `${name} from ${label}`).toBe('CONFLICT');
        }
      }
      const after = await harness.subgraph.execute<{ case: CaseView }>(`query ($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id: start.id }, staff);
      expect(after.data?.case.version).toBe(start.version);
      expect(after.data?.case.events).toHaveLength(start.events.length);
    });
  }

  it('runs the whole happy path with a snapshot, a trail, versions and visits', async () => {
    const kase = await register();
    const done = await advance(kase, 'requestSupplement', 'resubmitCase', 'acceptCase', 'startReview', 'suspendCase', 'resumeCase', 'decideCase', 'completeCase');
    const result = await run(
      `mutation ($id: ID!, $v: Int!) { deliverCase(id: $id, expectedVersion: $v, method: MAIL, carrier: "EMS", trackingNumber: "EA123456789CN") { ${FIELDS} matterSnapshot { code version committedLimitDays materials } supplementNotices { missingMaterials repeat } repeatNotices } }`,
      { id: done.id, v: done.version },
    );
    expect(result.errors).toBeUndefined();
    const delivered = result.data?.deliverCase as CaseView & { matterSnapshot: { code: string; materials: string[] }; repeatNotices: number };
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.version).toBe(10);
    expect(delivered.events.map((event) => event.to)).toEqual([
      'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED', 'UNDER_REVIEW', 'APPROVED', 'COMPLETED', 'DELIVERED',
    ]);
    expect(delivered.events.at(-1)?.data).toEqual({ method: 'MAIL', carrier: 'EMS', trackingNumber: 'EA123456789CN' });
    expect(delivered.matterSnapshot).toMatchObject({ code: committed.code, version: 1, committedLimitDays: 5, materials });
    expect(delivered.visits).toBe(2); // submission and resubmission at the window; mailed result
    expect(delivered.repeatNotices).toBe(0);
  });
});

describe('versions and races', () => {
  it('refuses a stale version with CONFLICT', async () => {
    const kase = await register();
    const { result } = await transition('acceptCase', { id: kase.id, version: kase.version + 1 });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('gives exactly one acceptance when two people press accept at once', async () => {
    const kase = await register();
    const results = await Promise.all([transition('acceptCase', kase), transition('acceptCase', kase), transition('acceptCase', kase)]);
    expect(results.filter(({ result }) => !result.errors)).toHaveLength(1);
    for (const { result } of results.filter(({ result }) => result.errors)) expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await harness.subgraph.execute<{ case: CaseView }>(`query ($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id: kase.id }, staff);
    expect(after.data?.case.events.filter((event) => event.to === 'ACCEPTED')).toHaveLength(1);
    expect(after.data?.case.version).toBe(2);
  });
});

async function caseCount(): Promise<number> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.cases');
  return rows[0]?.n ?? 0;
}

describe('registration and the matter snapshot', () => {
  const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id status } }`;

  it('completes an instant matter on the spot in one step and refuses that for a committed matter', async () => {
    const kase = await register(instant.id, { completeOnTheSpot: true });
    expect(kase.status).toBe('COMPLETED');
    expect(kase.version).toBe(3);
    expect(kase.events.map((event) => event.to)).toEqual(['SUBMITTED', 'ACCEPTED', 'COMPLETED']);
    const before = await caseCount();
    const refused = await run(REGISTER, { input: { matterId: committed.id, ...applicant(900), completeOnTheSpot: true } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await caseCount()).toBe(before);
  });

  it('refuses an unknown matter, a withdrawn version and a draft, writing nothing', async () => {
    const before = await caseCount();
    const unknown = await run(REGISTER, { input: { matterId: '00000000-0000-4000-8000-000000000000', ...applicant(901) } }, manager);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revised = hall.matterVersions[0];
    if (!revised) throw new Error('the demo hall revises one matter');
    const withdrawn = await run(REGISTER, { input: { matterId: revised.supersedesId, ...applicant(902), firstOwnerStaffId: clerk.id } }, manager);
    expect(withdrawn.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // A draft: the manager starts a new version in the catalog; the catalog hides drafts from the cases subgraph.
    const draft = await fetch(harness.catalogUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      body: JSON.stringify({
        query: `mutation ($id: ID!, $input: MatterInput!) { updateMatter(id: $id, input: $input) { id status } }`,
        variables: {
          id: committed.id,
          input: {
            code: committed.code,
            name: committed.name,
            departmentId: committed.departmentId,
            kind: committed.kind,
            category: committed.category,
            legalLimitDays: committed.legalLimitDays,
            committedLimitDays: committed.committedLimitDays,
            channels: committed.channels,
            conditions: committed.conditions,
            legalBasis: committed.legalBasis,
            materials: committed.materials.map((m) => ({ name: m.name, form: m.form, copies: m.copies, required: m.required, condition: m.condition, source: m.source, notes: m.notes })),
          },
        },
      }),
    }).then((response) => response.json() as Promise<{ data?: { updateMatter: { id: string; status: string } }; errors?: unknown }>);
    expect(draft.data?.updateMatter.status).toBe('DRAFT');
    const drafted = await run(REGISTER, { input: { matterId: draft.data?.updateMatter.id, ...applicant(903) } });
    expect(drafted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await caseCount()).toBe(before);
  });

  it('records the first-inquiry owner, and refuses a manager who names none', async () => {
    const result = await run(REGISTER, { input: { matterId: committed.id, ...applicant(904) } }, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const kase = await register();
    const owner = await harness.subgraph.execute<{ case: { firstOwner: { id: string } } }>(`query ($id: ID!) { case(id: $id) { firstOwner { id } } }`, { id: kase.id }, staff);
    expect(owner.data?.case.firstOwner.id).toBe(clerk.id);
  });
});

describe('zero buck-passing rules', () => {
  const NOTICE = `mutation ($id: ID!, $v: Int!, $received: [String!]!, $missing: [String!]!) { requestSupplement(id: $id, expectedVersion: $v, receivedMaterials: $received, missingMaterials: $missing, note: "一次性告知") { status version repeatNotices supplementNotices { missingMaterials repeat } } }`;

  it('refuses a one-time notice that does not list every missing material, or lists a foreign one', async () => {
    const kase = await register();
    const partial = await run(NOTICE, { id: kase.id, v: 1, received: materials.slice(2), missing: materials.slice(0, 1) });
    expect(partial.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(partial.errors?.[0]?.message).toContain(materials[1]);
    const foreign = await run(NOTICE, { id: kase.id, v: 1, received: materials.slice(1), missing: [materials[0], '结婚证'] });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const both = await run(NOTICE, { id: kase.id, v: 1, received: materials, missing: materials.slice(0, 1) });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts a second notice on the same case as a repeat notice', async () => {
    const kase = await advance(await register(), 'requestSupplement', 'resubmitCase');
    const second = await run<{ repeatNotices: number; supplementNotices: Array<{ repeat: boolean }> }>(NOTICE, {
      id: kase.id,
      v: kase.version,
      received: materials.slice(0, 1),
      missing: materials.slice(1),
    });
    expect(second.errors).toBeUndefined();
    expect(second.data?.requestSupplement?.repeatNotices).toBe(1);
    expect(second.data?.requestSupplement?.supplementNotices.map((notice) => notice.repeat)).toEqual([false, true]);
  });

  it('refuses a refusal without two distinct reviewers, a denial without a reason, a mail without tracking, a referral to itself', async () => {
    const kase = await register();
    const reject = await run(
      `mutation ($id: ID!) { rejectCase(id: $id, expectedVersion: 1, reason: "r", policyBasis: "p", appealRoute: "a", review: { date: "2026-11-16", reviewers: ["张科长", "张科长"] }) { id } }`,
      { id: kase.id },
    );
    expect(reject.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const refer = await run(`mutation ($id: ID!, $to: ID!) { referCase(id: $id, expectedVersion: 1, toDepartmentId: $to, reason: "转办") { id } }`, { id: kase.id, to: department.id });
    expect(refer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reviewed = await advance(kase, 'acceptCase', 'startReview');
    const deny = await run(`mutation ($id: ID!, $v: Int!) { decideCase(id: $id, expectedVersion: $v, approved: false) { id } }`, { id: kase.id, v: reviewed.version });
    expect(deny.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const completed = await advance(reviewed, 'decideCase', 'completeCase');
    const mail = await run(`mutation ($id: ID!, $v: Int!) { deliverCase(id: $id, expectedVersion: $v, method: MAIL, carrier: "EMS") { id } }`, { id: kase.id, v: completed.version });
    expect(mail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the collective review and the written notice of a refusal in the trail', async () => {
    const refused = await advance(await register(), 'rejectCase');
    expect(refused.events.at(-1)?.data).toMatchObject({
      policyBasis: '《中华人民共和国行政许可法》第三十二条',
      appealRoute: '可在六十日内申请行政复议',
      review: { date: '2026-11-16', reviewers: ['张科长', '王主任'] },
    });
  });
});

describe('who may move a case', () => {
  it('allows the department’s staff, its admin and the manager; refuses the public, a supervisor and other departments', async () => {
    const cases = await Promise.all([register(), register(), register(), register(), register(), register()]);
    const [publicCase, supervisorCase, otherCase, otherAdminCase, adminCase, managerCase] = cases as [CaseView, CaseView, CaseView, CaseView, CaseView, CaseView];
    const outcomes = {
      public: (await transition('acceptCase', publicCase, '')).result,
      supervisor: (await transition('acceptCase', supervisorCase, await tokens.supervisor())).result,
      otherStaff: (await transition('acceptCase', otherCase, await tokens.staff(other.department.id, other.clerk.id))).result,
      otherAdmin: (await transition('acceptCase', otherAdminCase, await tokens.deptAdmin(other.department.id))).result,
      admin: (await transition('acceptCase', adminCase, await tokens.deptAdmin(department.id))).result,
      manager: (await transition('acceptCase', managerCase, manager)).result,
    };
    for (const who of ['public', 'supervisor', 'otherStaff', 'otherAdmin'] as const) expect(outcomes[who].errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    expect(outcomes.admin.errors).toBeUndefined();
    expect(outcomes.manager.errors).toBeUndefined();
    const otherRegister = await run(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, { input: { matterId: committed.id, ...applicant(905) } }, await tokens.staff(other.department.id, other.clerk.id));
    expect(otherRegister.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the clock of each status', () => {
  it('derives the running, paused, on-the-clock and open lists from the one status table', () => {
    expect(CLOCK_RUNNING_STATES).toEqual(['ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED', 'APPROVED', 'DENIED']);
    expect(PAUSED_STATES).toEqual(['SUPPLEMENT_REQUESTED', 'SUSPENDED']);
    expect([...ON_CLOCK_STATES].sort()).toEqual([...CLOCK_RUNNING_STATES, ...PAUSED_STATES].sort());
    expect([...OPEN_STATES].sort()).toEqual(['ACCEPTED', 'RESUBMITTED', 'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'SUSPENDED', 'UNDER_REVIEW']);
    expect(Object.keys(STATUSES).sort()).toEqual([...caseStatusValues()].sort());
  });

  it('keeps the partial indexes of the running clock in the words of the migration', () => {
    const migration = readFileSync(new URL('../../drizzle/0007_case_list_filters.sql', import.meta.url), 'utf8');
    const list = CLOCK_RUNNING_STATES.map((status) => `'${status}'`).join(', ');
    expect(migration).toContain(`WHERE status IN (${list}) AND accepted_at IS NOT NULL AND paused_since IS NULL AND due_at IS NOT NULL`);
  });
});

function caseStatusValues(): string[] {
  return enumValues('CaseStatus');
}

function enumValues(name: string): string[] {
  const schema = parse(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  const found = schema.definitions.find((node): node is EnumTypeDefinitionNode => node.kind === 'EnumTypeDefinition' && node.name.value === name);
  return found?.values?.map((value) => value.name.value) ?? [];
}

describe('Case.availableActions', () => {
  const ACTIONS = `query ($id: ID!) { case(id: $id) { status availableActions } }`;

  async function actionsSeenBy(id: string, token: string) {
    const result = await harness.subgraph.execute<{ case: { status: CaseStatus; availableActions: CaseAction[] } }>(ACTIONS, { id }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.case.availableActions;
  }

  it('declares the actions in the schema in the order the lifecycle offers them', () => {
    expect(enumValues('CaseAction')).toEqual(Object.keys(CASE_ACTIONS));
  });

  it('lists, main step first, exactly the steps the lifecycle table allows from each state', async () => {
    for (const [label, path] of Object.entries(PATHS)) {
      const kase = await advance(await register(), ...path);
      const accepted = path.includes('acceptCase');
      const listed = await actionsSeenBy(kase.id, staff);
      expect(listed, label).toEqual(actionsOf(kase.status, accepted));
      for (const action of Object.keys(CASE_ACTIONS) as CaseAction[]) {
        const { transition: name, to } = CASE_ACTIONS[action];
        expect(listed?.includes(action), `${action} from ${label}`).toBe(isAllowed(name, kase.status, accepted, to));
      }
    }
  });

  it('gives the desk’s order for each state', () => {
    expect(actionsOf('SUBMITTED', false)).toEqual(['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFER', 'REJECT', 'WITHDRAW']);
    expect(actionsOf('RESUBMITTED', false)).toEqual(['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFER', 'REJECT', 'WITHDRAW']);
    expect(actionsOf('RESUBMITTED', true)).toEqual(['START_REVIEW', 'REQUEST_SUPPLEMENT', 'WITHDRAW']);
    expect(actionsOf('SUPPLEMENT_REQUESTED', true)).toEqual(['RESUBMIT', 'WITHDRAW']);
    expect(actionsOf('ACCEPTED', true)).toEqual(['START_REVIEW', 'WITHDRAW']);
    expect(actionsOf('UNDER_REVIEW', true)).toEqual(['APPROVE', 'DENY', 'REQUEST_SUPPLEMENT', 'SUSPEND', 'WITHDRAW']);
    expect(actionsOf('SUSPENDED', true)).toEqual(['RESUME', 'WITHDRAW']);
    expect(actionsOf('APPROVED', true)).toEqual(['COMPLETE']);
    expect(actionsOf('DENIED', true)).toEqual(['COMPLETE']);
    expect(actionsOf('COMPLETED', true)).toEqual(['DELIVER']);
    for (const finished of ['DELIVERED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED'] as const) expect(actionsOf(finished, true)).toEqual([]);
  });

  it('is the same for the department’s staff, its admin and the manager, and empty for everyone else', async () => {
    const kase = await advance(await register(), 'acceptCase', 'startReview');
    const expected = ['APPROVE', 'DENY', 'REQUEST_SUPPLEMENT', 'SUSPEND', 'WITHDRAW'];
    expect(await actionsSeenBy(kase.id, staff)).toEqual(expected);
    expect(await actionsSeenBy(kase.id, await tokens.deptAdmin(department.id))).toEqual(expected);
    expect(await actionsSeenBy(kase.id, manager)).toEqual(expected);
    const row = { status: 'UNDER_REVIEW' as const, acceptedAt: new Date(), departmentId: department.id };
    const outsiders: Identity[] = [
      PUBLIC_IDENTITY,
      { ...PUBLIC_IDENTITY, userId: 'supervisor-1', role: 'supervisor', supervisorId: 'sv-1' },
      { ...PUBLIC_IDENTITY, userId: 'staff-x', role: 'staff', departmentId: other.department.id, staffId: other.clerk.id },
      { ...PUBLIC_IDENTITY, userId: 'admin-x', role: 'dept_admin', departmentId: other.department.id },
    ];
    for (const identity of outsiders) expect(availableActions(identity, row), identity.role).toEqual([]);
    expect(availableActions({ ...PUBLIC_IDENTITY, userId: 'm', role: 'manager' }, row)).toEqual(expected);
  });

  it('is empty for a delivered case, whose steps the mutations still refuse', async () => {
    const kase = await advance(await register(), ...(PATHS.DELIVERED ?? []));
    expect(await actionsSeenBy(kase.id, manager)).toEqual([]);
    for (const name of ['withdrawCase', 'deliverCase', 'completeCase'] as const) {
      const { result } = await transition(name, kase, manager);
      expect(result.errors?.[0]?.extensions?.code, name).toBe('CONFLICT');
    }
  });

  it('does not offer another department’s staff a step, and the mutation refuses it', async () => {
    const kase = await register();
    const outsider = await tokens.staff(other.department.id, other.clerk.id);
    const seen = await harness.subgraph.execute(ACTIONS, { id: kase.id }, outsider);
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { result } = await transition('acceptCase', kase, outsider);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
