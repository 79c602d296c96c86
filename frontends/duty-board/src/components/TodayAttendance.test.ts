import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hallTimeZone } from '@hall/styleguide';
import type { HallSettings, RosterShift } from '../duty.graphql';
import { a01, a02, li, shift, wang } from '../testing/fixtures';
import { settle, stubGateway } from '@hall/styleguide/testing';
import TodayAttendance from './TodayAttendance.vue';

const settings: HallSettings = {
  timeZone: hallTimeZone(),
  morningStart: '09:00',
  morningEnd: '12:00',
  afternoonStart: '13:30',
  afternoonEnd: '17:00',
  swapNoticeWorkingDays: 7,
  minimumPostingMonths: 24,
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('TodayAttendance', () => {
  it('highlights empty windows, lists who checked in, and refreshes itself every 30 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-24T02:30:00Z'));
    const date = '2026-11-24';
    const roster: RosterShift[] = [
      shift('1', a02, li, date, 'FULL_DAY', { attendance: 'LATE', checkedInAt: `${date}T01:12:00Z` }),
      shift('2', a01, wang, date, 'MORNING', { attendance: 'NOT_CHECKED_IN' }),
    ];
    const requests = stubGateway({
      DutyBoardToday: () => ({
        data: { roster, unattendedIncidents: [{ id: 'i-1', date, half: 'MORNING', since: `${date}T01:15:00Z`, window: { id: a01.id } }] },
      }),
    });
    const wrapper = mount(TodayAttendance, { props: { settings }, global: { plugins: [ElementPlus] }, attachTo: document.body });
    await settle();

    expect(requests).toEqual([{ operation: 'DutyBoardToday', variables: { period: { from: date, to: date } } }]);
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.classes().includes('today-attendance__row--vacant'))).toEqual([true, false]);
    expect(rows[0]?.text()).toContain('A01');
    expect(rows[0]?.text()).toContain('未签到');
    expect(rows[0]?.get('.today-attendance__vacant-tag').text()).toBe('空岗');
    expect(rows[0]?.text()).toContain('09:15 起记录空岗');
    expect(rows[1]?.text()).toContain('09:12');
    expect(rows[1]?.text()).toContain('迟到');
    expect(wrapper.get('.today-attendance__vacant-count').classes()).toContain('is-alert');

    vi.advanceTimersByTime(30_000);
    await settle();
    expect(requests).toHaveLength(2);
    wrapper.unmount();
    vi.advanceTimersByTime(60_000);
    expect(requests).toHaveLength(2);
  });
});
