import { DEFAULT_CHECKLIST, demoHall } from '@hall/demo-hall';
import { addDays, localDateOf } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from './testing';

/**
 * One clock (issue 17): the manager's override of a day, entered once in the cases subgraph, moves a case deadline, a
 * swap request's notice and a rectification's due day alike, each counted by its own subgraph on the real clock.
 */
const hall = demoHall();
const TIME_ZONE = 'Asia/Shanghai';

let platform: RunningPlatform;
let manager: string;

type Answer<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function ask<T>(text: string, token: string | undefined, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  const answer = (await response.json()) as Answer<T>;
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  if (!answer.data) throw new Error('no data');
  return answer.data;
}

// A department with a committed matter, an acceptance clerk and two more of its people for a replacement request.
const department = hall.departments.find((candidate) => {
  const people = hall.staff.filter((member) => member.departmentId === candidate.id);
  return (
    people.length >= 3 &&
    people.some((member) => member.post === 'ACCEPTANCE') &&
    hall.matters.some((matter) => matter.departmentId === candidate.id && matter.kind === 'COMMITTED')
  );
});
if (!department) throw new Error('the demo hall lacks a department for this test');
const matter = hall.matters.find((candidate) => candidate.departmentId === department.id && candidate.kind === 'COMMITTED')!;
const clerk = hall.staff.find((member) => member.departmentId === department.id && member.post === 'ACCEPTANCE')!;
const [member, replacement] = hall.staff.filter((person) => person.departmentId === department.id && person.id !== clerk.id);

const today = () => localDateOf(new Date(), TIME_ZONE);
const allItems = DEFAULT_CHECKLIST.sections.flatMap((section) => section.items.map((item) => item.key));

async function caseDueDay(id: string, token: string): Promise<string> {
  const { case: kase } = await ask<{ case: { dueAt: string } }>(`query ($id: ID!) { case(id: $id) { dueAt } }`, token, { id });
  return localDateOf(new Date(kase.dueAt), TIME_ZONE);
}

async function swapNotice(effectiveFrom: string, admin: string): Promise<number> {
  const filed = await ask<{ fileSwapRequest: { noticeWorkingDays: number } }>(
    `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) { noticeWorkingDays } }`,
    admin,
    {
      input: {
        kind: 'REPLACEMENT',
        staffId: member!.id,
        otherStaffId: replacement!.id,
        effectiveFrom,
        effectiveTo: effectiveFrom,
        reason: '参加业务培训，由同事顶岗。',
        emergency: true,
      },
    },
  );
  return filed.fileSwapRequest.noticeWorkingDays;
}

/** Records a visit of the current demo plan with a serious finding: the submission opens a rectification. */
async function rectificationDueDay(visit: { id: string; supervisor: { id: string } }): Promise<string> {
  const token = await tokenFor({ sub: `sv-${visit.supervisor.id}`, role: 'supervisor', supervisorId: visit.supervisor.id });
  const items = allItems.map((itemKey) => ({ itemKey, outcome: itemKey === 'EFF-1' ? 'FAIL' : 'PASS', comment: itemKey === 'EFF-1' ? '未一次性告知' : null }));
  const visitedAt = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  await ask(`mutation ($id: ID!, $input: InspectionDraftInput!) { saveInspectionDraft(id: $id, input: $input) { id } }`, token, {
    id: visit.id,
    input: { visitedAt, scenario: '咨询营业执照变更', items },
  });
  const submitted = await ask<{ submitInspection: { rectification: { dueOn: string } | null } }>(
    `mutation ($id: ID!) { submitInspection(id: $id) { rectification { dueOn } } }`,
    token,
    { id: visit.id },
  );
  if (!submitted.submitInspection.rectification) throw new Error('the submission opened no rectification');
  return submitted.submitInspection.rectification.dueOn;
}

async function nextWorkingDay(after: string): Promise<string> {
  const { calendar } = await ask<{ calendar: Array<{ day: string; working: boolean }> }>(
    `query ($from: Date!, $to: Date!) { calendar(from: $from, to: $to) { day working } }`,
    undefined,
    { from: addDays(after, 1), to: addDays(after, 30) },
  );
  const day = calendar.find((candidate) => candidate.working)?.day;
  if (!day) throw new Error(`no working day in the month after ${after}`);
  return day;
}

const SET_DAY = `mutation ($day: Date!, $kind: CalendarDayKind) { setCalendarDay(day: $day, kind: $kind, note: "临时闭厅") { day working } }`;

beforeAll(async () => {
  platform = await startPlatform();
  manager = await tokenFor({ sub: 'manager', role: 'manager' });
});
afterAll(() => platform?.stop());

describe('one clock for the hall', () => {
  it('moves a case deadline, a swap notice and a rectification due day alike when the manager closes a day', async () => {
    const staff = await tokenFor({ sub: `staff-${clerk.id}`, role: 'staff', dept: department.id, staffId: clerk.id });
    const admin = await tokenFor({ sub: `admin-${department.id}`, role: 'dept_admin', dept: department.id });
    const { inspectionPlans } = await ask<{ inspectionPlans: Array<{ from: string; inspections: Array<{ id: string; status: string; supervisor: { id: string } }> }> }>(
      `{ inspectionPlans { from inspections { id status supervisor { id } } } }`,
      manager,
    );
    const planned = inspectionPlans.flatMap((plan) => plan.inspections).filter((visit) => visit.status === 'PLANNED');
    expect(planned.length).toBeGreaterThanOrEqual(2);

    const start = today();
    const closed = await nextWorkingDay(start);
    const far = addDays(start, 40);

    // Before: a case accepted today, a request filed today, an order opened today.
    const registered = await ask<{ registerCase: { id: string } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      staff,
      { input: { matterId: matter.id, applicantName: '李小梅', applicantIdNumber: '339901199001011234', applicantPhone: '13900001234', online: true } },
    );
    const caseId = registered.registerCase.id;
    await ask(`mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { id } }`, staff, { id: caseId });
    const caseDue = await caseDueDay(caseId, staff);
    const notice = await swapNotice(far, admin);
    const due = await rectificationDueDay(planned[0]!);
    expect(caseDue >= closed && due >= closed).toBe(true);

    // The manager closes the next working day, once, in the cases subgraph.
    expect((await ask<{ setCalendarDay: { working: boolean } }>(SET_DAY, manager, { day: closed, kind: 'OFF' })).setCalendarDay.working).toBe(false);
    try {
      expect(await caseDueDay(caseId, staff)).toBe(await nextWorkingDay(caseDue));
      expect(await swapNotice(far, admin)).toBe(notice - 1);
      expect(await rectificationDueDay(planned[1]!)).toBe(await nextWorkingDay(due));
    } finally {
      await ask(SET_DAY, manager, { day: closed, kind: null });
    }
  });

  it('refuses a swap request with SERVICE_UNAVAILABLE while the cases subgraph is down, filing nothing', async () => {
    const admin = await tokenFor({ sub: `admin-${department.id}`, role: 'dept_admin', dept: department.id });
    const LIST = `{ swapRequests { id } }`;
    const before = (await ask<{ swapRequests: unknown[] }>(LIST, admin)).swapRequests.length;
    await platform.stopSubgraph('cases');
    try {
      const response = await fetch(platform.urlOf('duty'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({
          query: `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) { id } }`,
          variables: {
            input: { kind: 'REPLACEMENT', staffId: member!.id, otherStaffId: replacement!.id, effectiveFrom: addDays(today(), 40), reason: '参加业务培训，由同事顶岗。' },
          },
        }),
      });
      const answer = (await response.json()) as Answer<unknown>;
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'cases' });
    } finally {
      await platform.restartSubgraph('cases');
    }
    expect((await ask<{ swapRequests: unknown[] }>(LIST, admin)).swapRequests).toHaveLength(before);
  });
});
