import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_REFERENCE, dayOf, isWeekend, localDayOf, localTime, mondayOf } from './calendar';
import { demoHall, demoUsers } from './index';
import { demoReferenceEnv, demoReferenceFromEnv, hallDateOf, persistedDemoReference } from './reference';

// A Thursday morning, the hall open for an hour and a half.
const THURSDAY = { date: '2026-12-03', now: localTime(dayOf('2026-12-03'), 10 * 60 + 30) };
const living = demoHall(THURSDAY);
const today = (at: Date | null) => at !== null && localDayOf(at) === dayOf(THURSDAY.date);

describe('demoHall(reference)', () => {
  it('is the fixed test hall without a reference', () => {
    expect(demoHall()).toEqual(demoHall(DEMO_REFERENCE));
  });

  it('has a today: cases and evaluations today, nothing after now', () => {
    const events = living.cases.flatMap((kase) => kase.events);
    expect(events.filter((event) => today(event.at)).length).toBeGreaterThan(0);
    for (const event of events) expect(event.at.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
    expect(living.cases.some((kase) => today(kase.submittedAt))).toBe(true);
    expect(living.evaluations.length).toBeGreaterThan(20);
    for (const evaluation of living.evaluations) expect(evaluation.evaluatedAt.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
    for (const kase of living.cases) {
      expect(kase.status).toBe(kase.events.at(-1)?.to);
      expect(kase.completedAt).toEqual(kase.events.find((event) => event.to === 'COMPLETED')?.at ?? null);
    }
  });

  it('has a roster for this week with the demo staff on shift today, checked in, not yet checked out', () => {
    const monday = mondayOf(dayOf(THURSDAY.date));
    const days = new Set(living.duty.shifts.map((shift) => dayOf(shift.date)));
    for (let day = monday; day < monday + 5; day++) expect(days.has(day)).toBe(true);
    for (const user of demoUsers(living).filter((candidate) => candidate.role === 'staff')) {
      const shift = living.duty.shifts.find((candidate) => candidate.staffId === user.staffId && candidate.date === THURSDAY.date);
      expect(shift).toBeDefined();
      const record = living.duty.attendance.find((candidate) => candidate.shiftId === shift?.id);
      expect(record?.checkInAt.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
      if (shift?.period !== 'AFTERNOON') expect(record?.checkOutAt).toBeNull();
    }
    for (const record of living.duty.attendance) expect(record.checkInAt.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
  });

  it('has queue tickets today, as they stood at now', () => {
    const tickets = living.duty.tickets;
    expect(tickets.length).toBeGreaterThan(20);
    for (const ticket of tickets) {
      expect(ticket.day).toBe(THURSDAY.date);
      expect(ticket.issuedAt.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
      for (const at of [ticket.calledAt, ticket.serviceStartedAt, ticket.serviceEndedAt, ticket.noShowAt])
        if (at) expect(at.getTime()).toBeLessThanOrEqual(THURSDAY.now.getTime());
      if (ticket.status === 'DONE') expect(ticket.serviceEndedAt).not.toBeNull();
      if (ticket.status === 'WAITING') expect(ticket.calledAt).toBeNull();
    }
    expect(tickets.some((ticket) => ticket.status === 'DONE')).toBe(true);
  });

  it('keeps a closed hall on a weekend: nothing today, the week before it complete', () => {
    const saturday = demoHall({ date: '2026-12-05', now: localTime(dayOf('2026-12-05'), 11 * 60) });
    expect(saturday.duty.tickets).toEqual([]);
    expect(saturday.duty.shifts.some((shift) => shift.date === '2026-12-05')).toBe(false);
    expect(saturday.duty.shifts.some((shift) => shift.date === '2026-12-04')).toBe(true);
    expect(saturday.cases.flatMap((kase) => kase.events).some((event) => isWeekend(localDayOf(event.at)))).toBe(false);
    expect(saturday.cases.some((kase) => localDayOf(kase.submittedAt) === dayOf('2026-12-04'))).toBe(true);
  });

  it('is deterministic for a reference', () => {
    expect(demoHall(THURSDAY)).toEqual(living);
  });
});

describe('the demo reference', () => {
  it('comes from DEMO_REFERENCE_DATE and DEMO_NOW, else is the fixed one, and refuses malformed values', () => {
    expect(demoReferenceFromEnv({})).toEqual(DEMO_REFERENCE);
    expect(demoReferenceFromEnv(demoReferenceEnv(THURSDAY))).toEqual(THURSDAY);
    expect(demoReferenceFromEnv({ DEMO_REFERENCE_DATE: '2026-12-03' }).now.toISOString()).toBe('2026-12-03T09:30:00.000Z');
    expect(() => demoReferenceFromEnv({ DEMO_REFERENCE_DATE: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => demoReferenceFromEnv({ DEMO_REFERENCE_DATE: '2026-12-03', DEMO_NOW: 'soon' })).toThrow(/ISO instant/);
    expect(() => demoReferenceFromEnv({ DEMO_NOW: '2026-12-03T02:00:00Z' })).toThrow(/needs/);
  });

  it('is today in the hall time zone, decided once and kept beside the data', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'demo-reference-')), 'demo-reference.json');
    const late = new Date('2026-12-02T17:00:00Z'); // already Thursday in Shanghai
    expect(hallDateOf(late, 'Asia/Shanghai')).toBe('2026-12-03');
    expect(hallDateOf(late, 'UTC')).toBe('2026-12-02');
    const first = persistedDemoReference(file, { now: late, timeZone: 'Asia/Shanghai', fresh: false });
    expect(first).toEqual({ date: '2026-12-03', now: late });
    const dayLater = persistedDemoReference(file, { now: new Date('2026-12-04T02:00:00Z'), timeZone: 'Asia/Shanghai', fresh: false });
    expect(dayLater).toEqual(first);
    const recreated = persistedDemoReference(file, { now: new Date('2026-12-04T02:00:00Z'), timeZone: 'Asia/Shanghai', fresh: true });
    expect(recreated.date).toBe('2026-12-04');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ date: '2026-12-04', now: '2026-12-04T02:00:00.000Z' });
    writeFileSync(file, '{"day":"x"}');
    expect(() => persistedDemoReference(file, { timeZone: 'Asia/Shanghai', fresh: false })).toThrow(/demo reference/);
  });
});
