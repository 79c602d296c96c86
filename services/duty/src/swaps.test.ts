import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthsBefore, postedLessThan } from './data/swaps';
import {
  adminToken,
  createHarness,
  hall,
  local,
  managerToken,
  SCHEDULE,
  staffToken,
  windowNumbered,
  type DutyHarness,
} from './test-helpers';

let h: DutyHarness;
let manager: string;
let admin: string;
let otherAdmin: string;
const B01 = windowNumbered('B01');
const B02 = windowNumbered('B02');
const department = B01.departmentIds[0] as string;
const otherDepartment = hall.departments.find((candidate) => candidate.id !== department)?.id as string;
const people: Record<string, string> = {};

const FILE = `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) {
  id kind status emergency noticeWorkingDays flags effectiveFrom effectiveTo recentlyPosted { id } staff { id } otherStaff { id } department { id } } }`;
const APPROVE = `mutation ($id: ID!, $note: String) { approveSwapRequest(id: $id, note: $note) { id status shiftsChanged decisionNote decidedAt } }`;
const REJECT = `mutation ($id: ID!, $note: String!) { rejectSwapRequest(id: $id, note: $note) { id status decisionNote } }`;
const ROSTER = `query ($p: Period!) { roster(period: $p) { date period window { number } staff { id } swapRequest { id } } }`;

type Filed = {
  fileSwapRequest: {
    id: string;
    status: string;
    emergency: boolean;
    noticeWorkingDays: number;
    flags: string[];
    recentlyPosted: Array<{ id: string }>;
  };
};

function request(overrides: Record<string, unknown>) {
  return {
    kind: 'REPLACEMENT',
    staffId: people.p1,
    otherStaffId: people.p2,
    effectiveFrom: '2026-10-13',
    reason: '参加业务培训，由同事顶岗。',
    emergency: false,
    ...overrides,
  };
}

async function roster(day: string) {
  const result = await h.ok<{
    roster: Array<{ period: string; window: { number: string }; staff: { id: string }; swapRequest: { id: string } | null }>;
  }>(ROSTER, { p: { from: day, to: day } }, manager);
  return result.roster.map(
    (shift) =>
      `${shift.window.number} ${shift.period} ${Object.entries(people).find(([, id]) => id === shift.staff.id)?.[0]}${shift.swapRequest ? ' (swap)' : ''}`,
  );
}

beforeAll(async () => {
  // Monday 28 September 2026, before the National Day holiday (1–7 October, make-up Saturday 10 October).
  h = await createHarness({ seedDemo: true, now: local('2026-09-28', '10:00') });
  manager = await managerToken();
  admin = await adminToken(department);
  otherAdmin = await adminToken(otherDepartment);
  const postings: Record<string, string> = { p1: '2020-01-06', p2: '2021-03-01', p3: '2024-10-14', p4: '2024-10-13' };
  for (const [key, postedSince] of Object.entries(postings)) {
    const created = await h.ok<{ createStaff: { id: string } }>(
      `mutation ($input: StaffInput!) { createStaff(input: $input) { id } }`,
      {
        input: {
          employeeNo: `ZW9${key.slice(1).padStart(4, '0')}`,
          name: `测试${key}`,
          departmentId: department,
          post: 'ACCEPTANCE',
          postedSince,
        },
      },
      admin,
    );
    people[key] = created.createStaff.id;
  }
  for (const [date, period, windowId, staffId] of [
    ['2026-10-13', 'FULL_DAY', B01.id, people.p1],
    ['2026-10-14', 'FULL_DAY', B01.id, people.p1],
    ['2026-10-14', 'MORNING', B02.id, people.p2],
    ['2026-10-15', 'FULL_DAY', B01.id, people.p1],
  ]) {
    await h.ok(SCHEDULE, { input: { date, period, windowId, staffId } }, manager);
  }
});
afterAll(() => h?.close());

describe('filing a request 7 working days ahead', () => {
  it('counts the notice across National Day: 12 October is 6 working days away, 13 October 7', async () => {
    const refused = await h.refused(FILE, { input: request({ effectiveFrom: '2026-10-12' }) }, admin);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions).toMatchObject({ noticeWorkingDays: 6, requiredWorkingDays: 7, earliestEffectiveFrom: '2026-10-13' });
    expect(refused.message).toContain('2026-10-13');
    const filed = await h.ok<Filed>(FILE, { input: request({ effectiveFrom: '2026-10-13', effectiveTo: '2026-10-13' }) }, admin);
    expect(filed.fileSwapRequest).toMatchObject({
      status: 'PENDING',
      emergency: false,
      noticeWorkingDays: 7,
      flags: [],
      recentlyPosted: [],
    });
  });

  it('allows an emergency at short notice, flagged', async () => {
    const filed = await h.ok<Filed>(
      FILE,
      { input: request({ effectiveFrom: '2026-09-29', effectiveTo: '2026-09-29', emergency: true }) },
      admin,
    );
    expect(filed.fileSwapRequest).toMatchObject({ emergency: true, noticeWorkingDays: 1, flags: ['EMERGENCY', 'SHORT_NOTICE'] });
    const ahead = await h.ok<Filed>(FILE, { input: request({ effectiveFrom: '2026-10-20', emergency: true }) }, admin);
    expect(ahead.fileSwapRequest.flags).toEqual(['EMERGENCY']);
  });

  it('flags a person posted less than two years before the first day, not one posted exactly two years before', async () => {
    const recent = await h.ok<Filed>(FILE, { input: request({ otherStaffId: people.p3 }) }, admin);
    expect(recent.fileSwapRequest.flags).toEqual(['RECENT_POSTING']);
    expect(recent.fileSwapRequest.recentlyPosted).toEqual([{ id: people.p3 }]);
    const exact = await h.ok<Filed>(FILE, { input: request({ otherStaffId: people.p4 }) }, admin);
    expect(exact.fileSwapRequest.flags).toEqual([]);
  });

  it('counts the notice across the 2026 Spring Festival and its make-up Saturdays', async () => {
    h.clock.now = local('2026-02-12', '09:30');
    const refused = await h.refused(FILE, { input: request({ effectiveFrom: '2026-02-27' }) }, admin);
    expect(refused.extensions).toMatchObject({ noticeWorkingDays: 6, earliestEffectiveFrom: '2026-02-28' });
    const filed = await h.ok<Filed>(FILE, { input: request({ effectiveFrom: '2026-03-02', effectiveTo: '2026-03-02' }) }, admin);
    expect(filed.fileSwapRequest.noticeWorkingDays).toBe(8); // 13, 14 (Sat), 24, 25, 26, 27, 28 (Sat) Feb, 2 Mar
    h.clock.now = local('2026-09-28', '10:00');
  });

  it('refuses bad input, other departments’ staff and other roles, changing nothing', async () => {
    const before = await h.count('swap_requests');
    expect((await h.refused(FILE, { input: request({ effectiveFrom: '2026-09-27', emergency: true }) }, admin)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await h.refused(FILE, { input: request({ otherStaffId: people.p1 }) }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(FILE, { input: request({ reason: ' ' }) }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(FILE, { input: request({ effectiveTo: '2026-10-01' }) }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(FILE, { input: request({}) }, otherAdmin)).code).toBe('FORBIDDEN');
    const foreign = hall.staff.find((member) => member.departmentId === otherDepartment) as (typeof hall.staff)[number];
    expect((await h.refused(FILE, { input: request({ otherStaffId: foreign.id }) }, admin)).code).toBe('FORBIDDEN');
    expect((await h.refused(FILE, { input: request({}) }, manager)).code).toBe('FORBIDDEN');
    expect(
      (await h.refused(FILE, { input: request({}) }, await staffToken({ id: people.p1 as string, departmentId: department }))).code,
    ).toBe('FORBIDDEN');
    expect((await h.refused(FILE, { input: request({}) })).code).toBe('FORBIDDEN');
    expect(await h.count('swap_requests')).toBe(before);
  });
});

describe('deciding a request', () => {
  it('changes the roster only when approved', async () => {
    const filed = await h.ok<Filed>(
      FILE,
      { input: request({ otherStaffId: people.p3, effectiveFrom: '2026-10-13', effectiveTo: '2026-10-13' }) },
      admin,
    );
    expect(await roster('2026-10-13')).toEqual(['B01 FULL_DAY p1']); // pending: nothing changes
    const approved = await h.ok<{ approveSwapRequest: { status: string; shiftsChanged: number; decisionNote: string } }>(
      APPROVE,
      { id: filed.fileSwapRequest.id, note: '同意' },
      manager,
    );
    expect(approved.approveSwapRequest).toMatchObject({ status: 'APPROVED', shiftsChanged: 1, decisionNote: '同意' });
    expect(await roster('2026-10-13')).toEqual(['B01 FULL_DAY p3 (swap)']);
    expect(await roster('2026-10-14')).toEqual(['B01 FULL_DAY p1', 'B02 MORNING p2']);
    expect((await h.refused(APPROVE, { id: filed.fileSwapRequest.id }, manager)).code).toBe('CONFLICT');
  });

  it('leaves the roster as it is when rejected, and wants a reason', async () => {
    const filed = await h.ok<Filed>(
      FILE,
      { input: request({ otherStaffId: people.p4, effectiveFrom: '2026-10-15', effectiveTo: '2026-10-15' }) },
      admin,
    );
    expect((await h.refused(REJECT, { id: filed.fileSwapRequest.id, note: ' ' }, manager)).code).toBe('BAD_USER_INPUT');
    const rejected = await h.ok<{ rejectSwapRequest: { status: string; decisionNote: string } }>(
      REJECT,
      { id: filed.fileSwapRequest.id, note: '顶岗人员不熟悉业务' },
      manager,
    );
    expect(rejected.rejectSwapRequest).toEqual({ id: filed.fileSwapRequest.id, status: 'REJECTED', decisionNote: '顶岗人员不熟悉业务' });
    expect(await roster('2026-10-15')).toEqual(['B01 FULL_DAY p1']);
    expect((await h.refused(APPROVE, { id: filed.fileSwapRequest.id }, manager)).code).toBe('CONFLICT');
    expect((await h.refused(REJECT, { id: filed.fileSwapRequest.id, note: '再次' }, manager)).code).toBe('CONFLICT');
  });

  it('refuses an approval that would double-book, changing nothing', async () => {
    // p2 has the morning at B02 on 14 October; taking p1's full day at B01 would put p2 on two windows.
    const filed = await h.ok<Filed>(FILE, { input: request({ effectiveFrom: '2026-10-14', effectiveTo: '2026-10-14' }) }, admin);
    const refused = await h.refused(APPROVE, { id: filed.fileSwapRequest.id }, manager);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.extensions.conflicts).toEqual([expect.objectContaining({ reason: 'STAFF_BUSY', existingWindowNumber: 'B02' })]);
    expect(await roster('2026-10-14')).toEqual(['B01 FULL_DAY p1', 'B02 MORNING p2']);
    const still = await h.ok<{ swapRequest: { status: string } }>(
      `query ($id: ID!) { swapRequest(id: $id) { status } }`,
      { id: filed.fileSwapRequest.id },
      manager,
    );
    expect(still.swapRequest.status).toBe('PENDING');
  });

  it('exchanges two people’s shifts', async () => {
    const filed = await h.ok<Filed>(
      FILE,
      { input: request({ kind: 'EXCHANGE', effectiveFrom: '2026-10-14', effectiveTo: '2026-10-14' }) },
      admin,
    );
    const approved = await h.ok<{ approveSwapRequest: { shiftsChanged: number } }>(APPROVE, { id: filed.fileSwapRequest.id }, manager);
    expect(approved.approveSwapRequest.shiftsChanged).toBe(2);
    expect(await roster('2026-10-14')).toEqual(['B01 FULL_DAY p2 (swap)', 'B02 MORNING p1 (swap)']);
  });

  it('lets only the manager decide and only the filing department withdraw', async () => {
    const filed = await h.ok<Filed>(FILE, { input: request({ effectiveFrom: '2026-10-21' }) }, admin);
    for (const token of [admin, otherAdmin, await staffToken({ id: people.p1 as string, departmentId: department }), undefined]) {
      expect((await h.refused(APPROVE, { id: filed.fileSwapRequest.id }, token)).code).toBe('FORBIDDEN');
    }
    const WITHDRAW = `mutation ($id: ID!) { withdrawSwapRequest(id: $id) { status } }`;
    expect((await h.refused(WITHDRAW, { id: filed.fileSwapRequest.id }, otherAdmin)).code).toBe('FORBIDDEN');
    expect(
      (await h.ok<{ withdrawSwapRequest: { status: string } }>(WITHDRAW, { id: filed.fileSwapRequest.id }, admin)).withdrawSwapRequest
        .status,
    ).toBe('WITHDRAWN');
    expect((await h.refused(WITHDRAW, { id: filed.fileSwapRequest.id }, admin)).code).toBe('CONFLICT');
  });

  it('shows a department its own requests only, the manager all', async () => {
    const LIST = `{ swapRequests { id department { id } } }`;
    const own = await h.ok<{ swapRequests: Array<{ department: { id: string } }> }>(LIST, undefined, admin);
    expect(own.swapRequests.length).toBeGreaterThan(5);
    expect(own.swapRequests.every((item) => item.department.id === department)).toBe(true);
    const other = await h.ok<{ swapRequests: Array<{ department: { id: string } }> }>(LIST, undefined, otherAdmin);
    expect(other.swapRequests.every((item) => item.department.id === otherDepartment)).toBe(true);
    const all = await h.ok<{ swapRequests: unknown[] }>(LIST, undefined, manager);
    expect(all.swapRequests.length).toBe(
      own.swapRequests.length + hall.duty.swapRequests.filter((item) => item.departmentId !== department).length,
    );
    expect((await h.refused(LIST, undefined, await staffToken({ id: people.p1 as string, departmentId: department }))).code).toBe(
      'FORBIDDEN',
    );
    const pending = await h.ok<{ swapRequests: Array<{ id: string }> }>(`{ swapRequests(status: PENDING) { id } }`, undefined, manager);
    expect(pending.swapRequests.length).toBeLessThan(all.swapRequests.length);
  });
});

describe('posting length', () => {
  it('compares calendar months, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-10-13', 24)).toBe('2024-10-13');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-28', 24)).toBe('2024-02-28');
    expect(postedLessThan('2024-10-14', '2026-10-13', 24)).toBe(true);
    expect(postedLessThan('2024-10-13', '2026-10-13', 24)).toBe(false);
  });
});
