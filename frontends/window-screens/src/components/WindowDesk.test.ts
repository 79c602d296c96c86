import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hallTimeZone } from '@hall/styleguide';
import type { DeskShift, DeskTicket } from './WindowDesk.graphql';
import { deskShift, ticket } from '../testing/fixtures';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import WindowDesk from './WindowDesk.vue';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.innerHTML = '';
});

function stubDesk(state: { shift: DeskShift; tickets: DeskTicket[] }) {
  return stubGateway({
    WindowScreensSettings: () => ({ data: { hallSettings: { timeZone: hallTimeZone(), checkInOpensMinutes: 30 } } }),
    WindowScreensDesk: () => ({ data: { roster: [state.shift], tickets: state.tickets, queueDisplay: { waiting: 4 } } }),
    WindowScreensCheckIn: () => {
      state.shift = { ...state.shift, checkedInAt: '2026-11-24T02:00:00.000Z', attendance: 'LATE' };
      return { data: { checkIn: { id: state.shift.id, checkedInAt: state.shift.checkedInAt, attendance: 'LATE' } } };
    },
    WindowScreensCallNext: () => {
      const called = ticket('A007', 'CALLED');
      state.tickets = [called];
      return { data: { callNextTicket: called } };
    },
  });
}

const mountDesk = () => mount(WindowDesk, { global: { plugins: [ElementPlus] }, attachTo: document.body });

describe('WindowDesk', () => {
  it('asks the public to sign in as window staff', async () => {
    const requests = stubDesk({ shift: deskShift(), tickets: [] });
    const wrapper = mountDesk();
    await settle();
    expect(wrapper.text()).toContain('请在页头选择“窗口工作人员”演示身份登录');
    expect(requests).toHaveLength(0);
    wrapper.unmount();
  });

  it('shows the badge, checks in at the rostered window, then calls the next ticket', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T02:00:00Z'));
    signInAs('staff', 'd-1');
    const requests = stubDesk({ shift: deskShift(), tickets: [] });
    const wrapper = mountDesk();
    await settle();

    const badge = wrapper.get('.staff-badge-card');
    expect(badge.text()).toContain('王敏');
    expect(badge.text()).toContain('党员');
    expect(badge.text()).toContain('受理岗');
    expect(badge.text()).toContain('市场监督管理局');
    expect(wrapper.text()).toContain('A05 窗口 · 全天 09:00–17:00');
    expect(wrapper.get('.ticket-panel').text()).toContain('4');

    const callButton = () => wrapper.findAll('button').find((button) => button.text() === '呼叫下一位');
    expect(callButton()?.attributes('disabled')).toBeDefined();
    await wrapper.findAll('button').find((button) => button.text() === '签到上岗')?.trigger('click');
    await settle();
    expect(requests.find((request) => request.operation === 'WindowScreensCheckIn')?.variables).toEqual({ windowId: 'w-a05' });
    expect(wrapper.text()).toContain('已于 10:00 签到');

    await callButton()?.trigger('click');
    await settle();
    expect(requests.find((request) => request.operation === 'WindowScreensCallNext')?.variables).toEqual({ windowId: 'w-a05' });
    expect(wrapper.get('.ticket-panel__number').text()).toBe('A007');
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual(expect.arrayContaining(['开始办理', '未到']));
    expect(callButton()?.attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });
});
