import type { SwapRequest } from '../components/SwapRequests.graphql';
import type { RosterShift, StaffBadge, WindowSummary } from '../duty.graphql';

export const a01: WindowSummary = { id: 'w-a01', number: 'A01', name: '综合受理窗口', hallZone: 'A' };
export const a02: WindowSummary = { id: 'w-a02', number: 'A02', name: '市场监管专窗', hallZone: 'A' };
export const b01: WindowSummary = { id: 'w-b01', number: 'B01', name: '公安专窗', hallZone: 'B' };

export const wang: StaffBadge = { id: 's-wang', name: '王敏', post: 'ACCEPTANCE', partyMember: true, department: { id: 'd-1', shortName: '市场监管' } };
export const li: StaffBadge = { id: 's-li', name: '李强', post: 'APPROVAL', partyMember: false, department: { id: 'd-1', shortName: '市场监管' } };
export const zhao: StaffBadge = { id: 's-zhao', name: '赵云', post: 'CONSULTATION', partyMember: false, department: { id: 'd-2', shortName: '公安' } };

/** A shift on a 2026-11-23 … 29 week; hours on the hall's clock (UTC+8). */
export function shift(
  id: string,
  window: WindowSummary,
  staff: StaffBadge,
  date: string,
  period: RosterShift['period'],
  extra: Partial<RosterShift> = {},
): RosterShift {
  const start = period === 'AFTERNOON' ? '05:30' : '01:00';
  const end = period === 'MORNING' ? '04:00' : '09:00';
  return {
    id,
    date,
    period,
    startsAt: `${date}T${start}:00.000Z`,
    endsAt: `${date}T${end}:00.000Z`,
    checkedInAt: null,
    checkedOutAt: null,
    attendance: 'SCHEDULED',
    window,
    staff,
    ...extra,
  };
}

export const pendingEmergency: SwapRequest = {
  id: 'sr-1',
  kind: 'REPLACEMENT',
  status: 'PENDING',
  emergency: true,
  flags: ['EMERGENCY', 'SHORT_NOTICE', 'RECENT_POSTING'],
  reason: '王敏同志因病住院，由李强临时顶岗。',
  documentNo: '市监办〔2026〕12号',
  effectiveFrom: '2026-11-24',
  effectiveTo: '2026-11-30',
  noticeWorkingDays: 1,
  filedAt: '2026-11-23T01:00:00.000Z',
  decidedAt: null,
  decisionNote: null,
  shiftsChanged: null,
  department: { id: 'd-1', name: '市场监督管理局' },
  staff: { id: wang.id, name: wang.name, post: wang.post },
  otherStaff: { id: li.id, name: li.name, post: li.post },
  recentlyPosted: [{ id: li.id, name: li.name, postedSince: '2025-09-01' }],
};

export const approvedPlain: SwapRequest = {
  ...pendingEmergency,
  id: 'sr-2',
  status: 'APPROVED',
  emergency: false,
  flags: [],
  reason: '岗位轮换',
  documentNo: null,
  noticeWorkingDays: 9,
  decisionNote: '同意',
  shiftsChanged: 5,
  recentlyPosted: [],
};
