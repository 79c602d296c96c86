import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hallCalendarSource, type DayOverride } from '@hall/service-kit';
import { switchableCalendarSource } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createHarness, hall, local, type DutyHarness } from './test-helpers';

/** The source the subgraph reads, switched by each test. */
const calendar = switchableCalendarSource();
const { source } = calendar;
const withOverrides = (overrides: Record<string, DayOverride>) => calendar.withOverrides(overrides);

let h: DutyHarness;
let admin: string;
const department = hall.departments[0]?.id as string;
const people: string[] = [];

const FILE = `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) { id noticeWorkingDays flags } }`;
type Filed = { fileSwapRequest: { id: string; noticeWorkingDays: number; flags: string[] } };
const request = (effectiveFrom: string) => ({
  kind: 'REPLACEMENT',
  staffId: people[0],
  otherStaffId: people[1],
  effectiveFrom,
  effectiveTo: effectiveFrom,
  reason: '参加业务培训，由同事顶岗。',
  emergency: false,
});

beforeAll(async () => {
  // Thursday 24 December 2026: the library knows no 2027 holiday, so New Year's Day 2027 counts as a working day
  // unless the manager marks it off in the cases subgraph.
  h = await createHarness({ seedDemo: false, now: local('2026-12-24', '10:00'), calendarSource: source });
  admin = await adminToken(department);
  for (const [employeeNo, postedSince] of [
    ['ZW95001', '2020-01-06'],
    ['ZW95002', '2021-03-01'],
  ] as const) {
    const created = await h.ok<{ createStaff: { id: string } }>(
      `mutation ($input: StaffInput!) { createStaff(input: $input) { id } }`,
      { input: { employeeNo, name: `测试${employeeNo}`, departmentId: department, post: 'ACCEPTANCE', postedSince } },
      admin,
    );
    people.push(created.createStaff.id);
  }
});
afterAll(() => h?.close());

describe('the swap notice on the hall calendar (the cases subgraph’s overrides)', () => {
  it('counts New Year’s Day 2027 as worked on the statutory calendar alone: Mon 4 January is 7 working days away', async () => {
    withOverrides({});
    const filed = await h.ok<Filed>(FILE, { input: request('2027-01-04') }, admin);
    expect(filed.fileSwapRequest).toMatchObject({ noticeWorkingDays: 7, flags: [] });
  });

  it('refuses the same day once the manager closes the hall on 1 January, and names the next day as the earliest', async () => {
    withOverrides({ '2027-01-01': 'OFF' });
    const before = await h.count('swap_requests');
    calendar.asked = 0;
    const refused = await h.refused(FILE, { input: request('2027-01-04') }, admin);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions).toMatchObject({ noticeWorkingDays: 6, requiredWorkingDays: 7, earliestEffectiveFrom: '2027-01-05' });
    expect(calendar.asked).toBe(1);
    expect(await h.count('swap_requests')).toBe(before);
    const later = await h.ok<Filed>(FILE, { input: request('2027-01-05') }, admin);
    expect(later.fileSwapRequest.noticeWorkingDays).toBe(7);
  });

  it('counts a Saturday the manager marks worked (调休), and a Monday marked off', async () => {
    withOverrides({ '2027-01-01': 'OFF', '2027-01-02': 'WORKING', '2027-01-04': 'OFF' });
    // 25, 28, 29, 30, 31 December and Saturday 2 January are six; Monday 4 is off, so Tuesday 5 is the seventh.
    const refused = await h.refused(FILE, { input: request('2027-01-04') }, admin);
    expect(refused.extensions).toMatchObject({ noticeWorkingDays: 6, earliestEffectiveFrom: '2027-01-05' });
    const filed = await h.ok<Filed>(FILE, { input: request('2027-01-05') }, admin);
    expect(filed.fileSwapRequest).toMatchObject({ noticeWorkingDays: 7, flags: [] });
    const emergency = await h.ok<Filed>(FILE, { input: { ...request('2027-01-04'), emergency: true } }, admin);
    expect(emergency.fileSwapRequest).toMatchObject({ noticeWorkingDays: 6, flags: ['EMERGENCY', 'SHORT_NOTICE'] });
  });

  it('answers SERVICE_UNAVAILABLE and files nothing when the cases subgraph cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    calendar.use(hallCalendarSource(`http://127.0.0.1:${port}/graphql`));
    const before = await h.count('swap_requests');
    const refused = await h.refused(FILE, { input: request('2027-01-20') }, admin);
    expect(refused).toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { service: 'cases' } });
    expect(await h.count('swap_requests')).toBe(before);
    // An emergency needs no notice, but it is still counted and flagged: it is refused alike rather than stored uncounted.
    const emergency = await h.refused(FILE, { input: { ...request('2027-01-20'), emergency: true } }, admin);
    expect(emergency.code).toBe('SERVICE_UNAVAILABLE');
    expect(await h.count('swap_requests')).toBe(before);
  });
});
