import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, departmentFixture, startHarness, tokens, type CasesHarness } from './test-helpers';

const gaj = departmentFixture('GAJ');
const scjg = departmentFixture('SCJG');

let harness: CasesHarness;
let manager: string;
let gajStaff: string;
let scjgStaff: string;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  gajStaff = await tokens.staff(gaj.department.id, gaj.clerk.id);
  scjgStaff = await tokens.staff(scjg.department.id, scjg.clerk.id);
});
afterAll(() => harness?.close());

async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await harness.subgraph.execute<Record<string, T>>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}
async function refusal(query: string, variables: Record<string, unknown>, token?: string) {
  const error = (await harness.subgraph.execute(query, variables, token)).errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
const REFER = `mutation ($id: ID!, $v: Int!, $to: ID!) { referCase(id: $id, expectedVersion: $v, toDepartmentId: $to, reason: "属其他部门职责") { id status } }`;
const INBOX = `{ referralInbox { id status applicantName department { id } referredTo { id } firstOwner { id } } }`;
interface InboxCase {
  id: string;
  status: string;
  applicantName: string;
  department: { id: string };
  referredTo: { id: string };
  firstOwner: { id: string };
}

describe('转办', () => {
  it('refuses a referral to the case’s own department or to one the catalog does not know, changing nothing', async () => {
    const kase = await ok<{ id: string }>(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(800) } }, gajStaff);
    expect(await refusal(REFER, { id: kase.id, v: 1, to: gaj.department.id }, gajStaff)).toEqual({ code: 'BAD_USER_INPUT', field: 'toDepartmentId' });
    expect(await refusal(REFER, { id: kase.id, v: 1, to: '99999999-9999-4999-8999-999999999999' }, gajStaff)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const after = await ok<{ status: string; version: number; referredTo: null }>(`query ($id: ID!) { case(id: $id) { status version referredTo { id } } }`, { id: kase.id }, gajStaff);
    expect(after).toEqual({ status: 'SUBMITTED', version: 1, referredTo: null });
  });

  it('puts a referral in the receiving department’s inbox until it registers the case there', async () => {
    const kase = await ok<{ id: string }>(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(801) } }, gajStaff);
    await ok(REFER, { id: kase.id, v: 1, to: scjg.department.id }, gajStaff);
    const inbox = await ok<InboxCase[]>(INBOX, {}, scjgStaff);
    const entry = inbox.find((row) => row.id === kase.id);
    // The receiving department sees the applicant masked, as for any case not its own.
    expect(entry).toEqual({
      id: kase.id,
      status: 'REFERRED',
      applicantName: '李*梅',
      department: { id: gaj.department.id },
      referredTo: { id: scjg.department.id },
      firstOwner: { id: gaj.clerk.id },
    });
    expect(inbox.every((row) => row.referredTo.id === scjg.department.id)).toBe(true);
    expect((await ok<InboxCase[]>(INBOX, {}, gajStaff)).map((row) => row.id)).not.toContain(kase.id);
    expect((await ok<InboxCase[]>(INBOX, {}, manager)).map((row) => row.id)).toContain(kase.id);

    const onward = await ok<{ id: string }>(REGISTER, { input: { matterId: scjg.committed.id, ...applicant(801), referredFromCaseId: kase.id } }, scjgStaff);
    expect(onward.id).not.toBe(kase.id);
    expect((await ok<InboxCase[]>(INBOX, {}, scjgStaff)).map((row) => row.id)).not.toContain(kase.id);
    expect((await ok<InboxCase[]>(INBOX, {}, manager)).map((row) => row.id)).not.toContain(kase.id);

    // Registered onward once: a second registration of the same referral is refused, and nothing is written.
    const count = async () =>
      (await harness.subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.cases WHERE referred_from_case_id = $1', [kase.id])).rows[0]?.n;
    const before = await count();
    const again = await refusal(REGISTER, { input: { matterId: scjg.committed.id, ...applicant(803), referredFromCaseId: kase.id } }, scjgStaff);
    expect([again.code, again.field]).toEqual(['CONFLICT', 'referredFromCaseId']);
    expect(await count()).toBe(before);
  });

  it('refuses the inbox to the public and to supervisors', async () => {
    expect((await refusal(INBOX, {})).code).toBe('FORBIDDEN');
    expect((await refusal(INBOX, {}, await tokens.supervisor())).code).toBe('FORBIDDEN');
  });
});

describe('首问责任人 on the public progress page', () => {
  it('names the first-inquiry owner of a tracked case', async () => {
    const registered = await ok<{ id: string; number: string }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }`,
      { input: { matterId: gaj.committed.id, ...applicant(802) } },
      gajStaff,
    );
    const progress = await ok<{ firstOwner: { id: string } }>(
      `query ($n: String!, $t: String!) { caseProgress(number: $n, phoneTail: $t) { firstOwner { id } } }`,
      { n: registered.number, t: applicant(802).applicantPhone.slice(-4) },
    );
    expect(progress.firstOwner).toEqual({ id: gaj.clerk.id });
  });
});
