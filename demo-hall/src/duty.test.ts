import { describe, expect, it } from 'vitest';
import { DEMO_NOW, DEMO_REFERENCE_DATE, dayOf, isWeekend, localTime } from './calendar';
import { DEMO_HALL_SETTINGS, DEMO_ROSTER_FROM, DEMO_ROSTER_TO, shiftMinutes } from './duty';
import { demoHall, demoUsers } from './index';
import type { DemoShift } from './types';

const hall = demoHall();
const { duty } = hall;
const staff = new Map(hall.staff.map((member) => [member.id, member]));
const windows = new Map(hall.windows.map((window) => [window.id, window]));
const shifts = new Map(duty.shifts.map((shift) => [shift.id, shift]));
const halves = (shift: DemoShift) => (shift.period === 'FULL_DAY' ? ['MORNING', 'AFTERNOON'] : [shift.period]);
const startOf = (shift: DemoShift) => localTime(dayOf(shift.date), shiftMinutes(shift.period).start);
const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;

describe('demo rosters', () => {
  it('cover the working days of the weeks around the reference date, every staffed window every day', () => {
    const days = new Set(duty.shifts.map((shift) => shift.date));
    expect([...days].sort()[0]).toBe(DEMO_ROSTER_FROM);
    expect([...days].sort().at(-1)).toBe(DEMO_ROSTER_TO);
    expect(days.size).toBe(15);
    for (const day of days) expect(isWeekend(dayOf(day))).toBe(false);
    const staffed = hall.windows.filter((window) => window.category !== 'SELF_SERVICE');
    for (const day of days) {
      for (const window of staffed) {
        const covered = duty.shifts
          .filter((shift) => shift.date === day && shift.windowId === window.id)
          .flatMap(halves)
          .sort();
        expect(covered).toEqual(['AFTERNOON', 'MORNING']);
      }
    }
    expect(duty.shifts.some((shift) => shift.period === 'MORNING')).toBe(true);
  });

  it('never book a window twice or a person on two windows, and seat people at windows serving their department', () => {
    const windowSlots = duty.shifts.flatMap((shift) => halves(shift).map((half) => `${shift.windowId}|${shift.date}|${half}`));
    const staffSlots = duty.shifts.flatMap((shift) => halves(shift).map((half) => `${shift.staffId}|${shift.date}|${half}`));
    expect(new Set(windowSlots).size).toBe(windowSlots.length);
    expect(new Set(staffSlots).size).toBe(staffSlots.length);
    for (const shift of duty.shifts) expect(windows.get(shift.windowId)?.departmentIds).toContain(staff.get(shift.staffId)?.departmentId);
    expect(new Set(duty.shifts.map((shift) => shift.id)).size).toBe(duty.shifts.length);
  });

  it('give the demo staff users a shift on the reference date', () => {
    for (const user of demoUsers(hall).filter((candidate) => candidate.role === 'staff')) {
      expect(duty.shifts.some((shift) => shift.staffId === user.staffId && shift.date === DEMO_REFERENCE_DATE)).toBe(true);
    }
  });
});

describe('demo attendance', () => {
  it('has a check-in for every shift up to the reference date and none later', () => {
    const past = duty.shifts.filter((shift) => shift.date <= DEMO_REFERENCE_DATE);
    expect(duty.attendance.map((record) => record.shiftId).sort()).toEqual(past.map((shift) => shift.id).sort());
    for (const record of duty.attendance) {
      const shift = shifts.get(record.shiftId) as DemoShift;
      expect(record.staffId).toBe(shift.staffId);
      expect(record.windowId).toBe(shift.windowId);
      expect(record.checkOutAt && record.checkOutAt > record.checkInAt).toBe(true);
      expect(record.checkOutAt && record.checkOutAt <= DEMO_NOW).toBe(true);
    }
  });

  it('has a few late arrivals and exactly one window left unattended past the threshold, recorded as an incident', () => {
    const delays = duty.attendance.map((record) => ({
      record,
      delay: minutes(startOf(shifts.get(record.shiftId) as DemoShift), record.checkInAt),
    }));
    const late = delays.filter(({ delay }) => delay > DEMO_HALL_SETTINGS.graceMinutes);
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(6);
    const unattended = delays.filter(({ delay }) => delay >= DEMO_HALL_SETTINGS.unattendedAfterMinutes);
    expect(unattended).toHaveLength(1);
    expect(duty.incidents).toHaveLength(1);
    const [incident] = duty.incidents;
    const shift = shifts.get(unattended[0]?.record.shiftId ?? '') as DemoShift;
    expect(incident).toMatchObject({
      shiftId: shift.id,
      windowId: shift.windowId,
      date: shift.date,
      staffId: shift.staffId,
      departmentId: staff.get(shift.staffId)?.departmentId,
    });
    expect(incident?.since).toEqual(new Date(startOf(shift).getTime() + DEMO_HALL_SETTINGS.unattendedAfterMinutes * 60_000));
  });
});

describe('demo swap requests', () => {
  it('has a pending one, an approved one and an approved emergency, the approved ones in the roster', () => {
    expect(duty.swapRequests.map((request) => [request.status, request.emergency])).toEqual([
      ['APPROVED', false],
      ['APPROVED', true],
      ['PENDING', false],
    ]);
    for (const request of duty.swapRequests) {
      const outgoing = staff.get(request.staffId);
      const incoming = staff.get(request.otherStaffId);
      expect(outgoing?.departmentId).toBe(request.departmentId);
      expect(incoming?.departmentId).toBe(request.departmentId);
      expect(request.reason).toMatch(/\p{Script=Han}/u);
      if (!request.emergency) expect(request.noticeWorkingDays).toBeGreaterThanOrEqual(DEMO_HALL_SETTINGS.swapNoticeWorkingDays);
      else expect(request.noticeWorkingDays).toBeLessThan(DEMO_HALL_SETTINGS.swapNoticeWorkingDays);
      const moved = duty.shifts.filter((shift) => shift.swapRequestId === request.id);
      if (request.status === 'APPROVED') {
        expect(moved.length).toBe(request.shiftsChanged);
        expect(moved.length).toBeGreaterThan(0);
        expect(moved.every((shift) => shift.staffId === request.otherStaffId && shift.date >= request.effectiveFrom)).toBe(true);
        expect(
          duty.shifts.some(
            (shift) =>
              shift.staffId === request.staffId && shift.date >= request.effectiveFrom && shift.date <= (request.effectiveTo ?? '9999'),
          ),
        ).toBe(false);
      } else {
        expect(moved).toEqual([]);
        expect(request.decidedAt).toBeNull();
      }
    }
    expect(duty.swapRequests.some((request) => request.recentlyPostedStaffIds.length > 0)).toBe(true);
  });
});

describe('demo queue tickets', () => {
  it('fill the reference date, called only at windows serving them, by the person rostered and checked in there', () => {
    expect(duty.tickets.length).toBeGreaterThanOrEqual(100);
    expect(new Set(duty.tickets.map((ticket) => ticket.number)).size).toBe(duty.tickets.length);
    const services = new Map(duty.windowServices.map((service) => [service.windowId, service]));
    const checkIns = new Map(duty.attendance.map((record) => [record.shiftId, record]));
    for (const ticket of duty.tickets) {
      expect(ticket.day).toBe(DEMO_REFERENCE_DATE);
      expect(['DONE', 'NO_SHOW']).toContain(ticket.status);
      const window = windows.get(ticket.windowId ?? '');
      expect(window?.departmentIds).toContain(ticket.departmentId);
      expect(services.get(window?.id ?? '')?.matterCategories).toContain(ticket.category);
      const called = ticket.calledAt as Date;
      expect(called >= ticket.issuedAt).toBe(true);
      const shift = duty.shifts.find(
        (candidate) => candidate.date === ticket.day && candidate.windowId === ticket.windowId && candidate.staffId === ticket.staffId,
      );
      expect(shift).toBeDefined();
      expect((checkIns.get(shift?.id ?? '')?.checkInAt as Date) <= called).toBe(true);
      if (ticket.status === 'DONE') {
        expect(
          ticket.serviceStartedAt &&
            ticket.serviceEndedAt &&
            ticket.serviceStartedAt >= called &&
            ticket.serviceEndedAt > ticket.serviceStartedAt,
        ).toBe(true);
      } else {
        expect(ticket.serviceStartedAt).toBeNull();
        expect(ticket.noShowAt).not.toBeNull();
      }
    }
  });

  it('serve one ticket at a time per window, and show some waits above the service level and a few no-shows', () => {
    for (const window of hall.windows) {
      const served = duty.tickets
        .filter((ticket) => ticket.windowId === window.id)
        .sort((a, b) => (a.calledAt as Date).getTime() - (b.calledAt as Date).getTime());
      for (let i = 1; i < served.length; i++) {
        const previous = served[i - 1];
        const done = previous?.serviceEndedAt ?? previous?.noShowAt;
        expect((served[i]?.calledAt as Date) >= (done as Date)).toBe(true);
      }
    }
    const waits = duty.tickets.map((ticket) => minutes(ticket.issuedAt, ticket.calledAt as Date));
    expect(waits.filter((wait) => wait > DEMO_HALL_SETTINGS.queueServiceLevelMinutes).length).toBeGreaterThan(0);
    const noShows = duty.tickets.filter((ticket) => ticket.status === 'NO_SHOW').length;
    expect(noShows).toBeGreaterThan(0);
    expect(noShows).toBeLessThan(duty.tickets.length / 10);
  });
});
