import { hallTimeZone, setLocale } from '@hall/styleguide';
import { settle, stubGateway, type StubAnswer } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kioskOption, kioskTicket } from '../testing/fixtures';
import type { KioskOption } from './QueueKiosk.graphql';
import QueueKiosk from './QueueKiosk.vue';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('zh-CN');
});

function stubKiosk(issue: () => StubAnswer) {
  const state: { options: KioskOption[] } = {
    options: [kioskOption('d-scjg', '市场监督管理局', 'PERMIT', 2), kioskOption('d-scjg', '市场监督管理局', 'CHANGE', 0), kioskOption('d-gaj', '公安局', 'PERMIT', 5)],
  };
  const requests = stubGateway({
    WindowScreensKiosk: () => ({ data: { hallSettings: { timeZone: hallTimeZone() }, queueKiosk: state.options } }),
    WindowScreensIssueTicket: issue,
  });
  return { state, requests };
}

const mountKiosk = () => mount(QueueKiosk, { global: { plugins: [ElementPlus] } });
const option = (wrapper: ReturnType<typeof mountKiosk>, department: string, category: string) =>
  wrapper.findAll('.queue-kiosk__department').find((section) => section.attributes('aria-label') === department)?.find(`[data-category="${category}"]`);

describe('QueueKiosk', () => {
  it('lists each department’s categories with how many wait, issues a ticket on a tap, shows it and prints it', async () => {
    const { state, requests } = stubKiosk(() => {
      state.options = state.options.map((line) => (line.department?.id === 'd-scjg' && line.category === 'PERMIT' ? { ...line, waiting: 3 } : line));
      return { data: { issueTicket: kioskTicket() } };
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const wrapper = mountKiosk();
    await settle();

    expect(wrapper.findAll('.queue-kiosk__department-name').map((heading) => heading.text())).toEqual(['市场监督管理局 A 区', '公安局 A 区']);
    expect(option(wrapper, '市场监督管理局', 'PERMIT')?.text()).toBe('行政许可等候 2 人');
    expect(option(wrapper, '公安局', 'PERMIT')?.attributes('aria-label')).toBe('公安局：行政许可，等候 5 人');
    expect(requests.map((request) => request.operation)).toEqual(['WindowScreensKiosk']);

    await option(wrapper, '市场监督管理局', 'PERMIT')?.trigger('click');
    await settle();
    expect(requests.find((request) => request.operation === 'WindowScreensIssueTicket')?.variables).toEqual({ departmentId: 'd-scjg', category: 'PERMIT' });
    const ticket = wrapper.get('.queue-kiosk__ticket');
    expect(ticket.get('.queue-kiosk__ticket-number').text()).toBe('A023');
    expect(ticket.text()).toContain('市场监督管理局 · 行政许可');
    expect(ticket.text()).toContain('您前面还有 2 人等候');
    expect(ticket.text()).toContain('请在 A 区等候叫号');
    // 01:15 UTC is 09:15 in the hall (Asia/Shanghai).
    expect(ticket.text()).toContain('取号时间 2026-11-24 09:15');
    expect(wrapper.find('.queue-kiosk__departments').exists()).toBe(false);
    // The counts are read again after the ticket.
    expect(requests.filter((request) => request.operation === 'WindowScreensKiosk')).toHaveLength(2);

    await wrapper.findAll('button').find((button) => button.text() === '打印号票')?.trigger('click');
    expect(print).toHaveBeenCalledOnce();
    await wrapper.findAll('button').find((button) => button.text() === '完成')?.trigger('click');
    expect(wrapper.find('.queue-kiosk__ticket').exists()).toBe(false);
    expect(option(wrapper, '市场监督管理局', 'PERMIT')?.text()).toBe('行政许可等候 3 人');
    wrapper.unmount();
  });

  it('gives the ticket back to the list after a minute, for the next applicant', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    stubKiosk(() => ({ data: { issueTicket: kioskTicket({ ahead: 0 }) } }));
    const wrapper = mountKiosk();
    const flush = async () => {
      for (let i = 0; i < 8; i += 1) await vi.advanceTimersByTimeAsync(0);
    };
    await flush();
    await option(wrapper, '公安局', 'PERMIT')?.trigger('click');
    await flush();
    expect(wrapper.get('.queue-kiosk__ticket').text()).toContain('您前面没有人等候');
    await vi.advanceTimersByTimeAsync(60_000);
    await flush();
    expect(wrapper.find('.queue-kiosk__ticket').exists()).toBe(false);
    expect(wrapper.find('.queue-kiosk__departments').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows a refusal translated from its code, never the server’s English, in Chinese and in English', async () => {
    const { requests } = stubKiosk(() => ({
      errors: [{ message: 'too many attempts; try again in 540 seconds', extensions: { code: 'RATE_LIMITED', retryAfter: 540 } }],
    }));
    const wrapper = mountKiosk();
    await settle();
    await option(wrapper, '公安局', 'PERMIT')?.trigger('click');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('取号过于频繁，请 9 分钟后再试');
    expect(wrapper.text()).not.toContain('too many attempts');
    expect(wrapper.find('.queue-kiosk__ticket').exists()).toBe(false);

    setLocale('en');
    await settle();
    expect(wrapper.get('.queue-kiosk__title').text()).toBe('Take a ticket');
    expect(option(wrapper, '公安局', 'PERMIT')?.text()).toBe('Permit5 waiting');
    await option(wrapper, '公安局', 'PERMIT')?.trigger('click');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('Too many tickets from this kiosk; try again in 9 minutes');
    expect(requests.filter((request) => request.operation === 'WindowScreensIssueTicket')).toHaveLength(2);
    wrapper.unmount();
  });

  it('says a line no window serves any more is refused, from BAD_USER_INPUT', async () => {
    stubKiosk(() => ({ errors: [{ message: 'no window serves this department’s PERMIT matters', extensions: { code: 'BAD_USER_INPUT' } }] }));
    const wrapper = mountKiosk();
    await settle();
    await option(wrapper, '公安局', 'PERMIT')?.trigger('click');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('该业务当前没有窗口办理，请到导服台咨询');
    expect(wrapper.text()).not.toContain('no window serves');
    await wrapper.findAll('button').find((button) => button.text() === '知道了')?.trigger('click');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
