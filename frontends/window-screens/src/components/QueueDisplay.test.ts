import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hallTimeZone } from '@hall/styleguide';
import type { QueueCall } from './QueueDisplay.graphql';
import { call } from '../testing/fixtures';
import { settle, stubGateway } from '@hall/styleguide/testing';
import QueueDisplay from './QueueDisplay.vue';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('QueueDisplay', () => {
  it('shows the latest call large with its window, the rest below, the waiting count, and flashes a new call', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    let calls: QueueCall[] = [call('A001', 'A05', '2026-11-24T01:40:00.000Z'), call('B002', 'B01', '2026-11-24T01:45:00.000Z')];
    const requests = stubGateway({
      WindowScreensQueueDisplay: () => ({
        data: { hallSettings: { timeZone: hallTimeZone() }, queueDisplay: { date: '2026-11-24', waiting: 7, calls } },
      }),
    });
    const wrapper = mount(QueueDisplay, { global: { plugins: [ElementPlus] } });
    const flush = async () => {
      for (let i = 0; i < 8; i += 1) await vi.advanceTimersByTimeAsync(0);
    };
    await flush();

    expect(wrapper.get('.queue-display__latest-ticket').text()).toBe('B002');
    expect(wrapper.get('.queue-display__latest-window').text()).toBe('B01');
    expect(wrapper.get('.queue-display__latest').text()).toContain('请 B002 号到 B01 窗口办理');
    expect(wrapper.findAll('.queue-display__row').map((row) => row.text())).toEqual(['A001A05']);
    expect(wrapper.get('.queue-display__waiting-count').text()).toBe('7');
    // Calls made before the screen was switched on are not announced.
    expect(wrapper.get('.queue-display__latest').classes()).not.toContain('is-new');

    calls = [call('A003', 'A02', '2026-11-24T01:50:00.000Z'), ...calls];
    await vi.advanceTimersByTimeAsync(3_000);
    await flush();
    expect(requests).toHaveLength(2);
    expect(wrapper.get('.queue-display__latest-ticket').text()).toBe('A003');
    expect(wrapper.get('.queue-display__latest').classes()).toContain('is-new');
    expect(wrapper.findAll('.queue-display__ticket').map((cell) => cell.text())).toEqual(['B002', 'A001']);

    await vi.advanceTimersByTimeAsync(12_000);
    await flush();
    expect(wrapper.get('.queue-display__latest').classes()).not.toContain('is-new');
    wrapper.unmount();
  });

  it('needs no sign-in and keeps the last calls on screen when the gateway cannot be reached', async () => {
    const requests = stubGateway({
      WindowScreensQueueDisplay: () => ({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
    });
    const wrapper = mount(QueueDisplay, { global: { plugins: [ElementPlus] } });
    await settle();
    expect(requests).toHaveLength(1);
    expect(wrapper.get('[role="alert"]').text()).toContain('叫号信息暂时无法更新');
    expect(wrapper.text()).toContain('暂无叫号');
    wrapper.unmount();
  });
});
