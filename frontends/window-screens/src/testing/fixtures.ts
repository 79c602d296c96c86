import type { QueueCall } from '../components/QueueDisplay.graphql';
import type { KioskOption, KioskTicket } from '../components/QueueKiosk.graphql';
import type { DeskShift, DeskTicket } from '../components/WindowDesk.graphql';

export function call(ticketNumber: string, windowNumber: string, calledAt: string): QueueCall {
  return { ticketNumber, calledAt, window: { id: `w-${windowNumber}`, number: windowNumber, name: `${windowNumber} 综合受理` }, staff: { name: '王敏' } };
}

export function deskShift(extra: Partial<DeskShift> = {}): DeskShift {
  return {
    id: 'shift-1',
    date: '2026-11-24',
    period: 'FULL_DAY',
    startsAt: '2026-11-24T01:00:00.000Z',
    endsAt: '2026-11-24T09:00:00.000Z',
    checkedInAt: null,
    checkedOutAt: null,
    attendance: 'NOT_CHECKED_IN',
    window: { id: 'w-a05', number: 'A05', name: '综合受理窗口', hallZone: 'A' },
    staff: {
      id: 's-wang',
      name: '王敏',
      employeeNo: 'SJ1001',
      post: 'ACCEPTANCE',
      partyMember: true,
      photoUrl: null,
      department: { id: 'd-1', name: '市场监督管理局' },
    },
    ...extra,
  };
}

export function ticket(number: string, status: DeskTicket['status'], windowId: string | null = 'w-a05'): DeskTicket {
  return {
    id: `t-${number}`,
    number,
    category: 'PERMIT',
    status,
    issuedAt: '2026-11-24T01:30:00.000Z',
    calledAt: status === 'WAITING' ? null : '2026-11-24T01:42:00.000Z',
    serviceStartedAt: null,
    waitMinutes: status === 'WAITING' ? null : 12,
    window: windowId ? { id: windowId } : null,
  };
}

export function kioskOption(departmentId: string, name: string, category: KioskOption['category'], waiting: number): KioskOption {
  return { category, waiting, department: { id: departmentId, name, hallZone: 'A' } };
}

export function kioskTicket(extra: Partial<KioskTicket> = {}): KioskTicket {
  return {
    id: 't-a023',
    number: 'A023',
    date: '2026-11-24',
    category: 'PERMIT',
    issuedAt: '2026-11-24T01:15:00.000Z',
    ahead: 2,
    department: { id: 'd-scjg', name: '市场监督管理局', hallZone: 'A' },
    ...extra,
  };
}
