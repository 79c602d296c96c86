import { settle, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from './router';
import WindowScreens from './WindowScreens.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function mountAt(path: string) {
  stubGateway({
    WindowScreensQueueDisplay: () => ({ data: { hallSettings: { timeZone: 'UTC' }, queueDisplay: { date: '2026-11-24', waiting: 0, calls: [] } } }),
    WindowScreensKiosk: () => ({ data: { hallSettings: { timeZone: 'UTC' }, queueKiosk: [] } }),
  });
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(WindowScreens, { global: { plugins: [ElementPlus, router] } });
  await settle();
  return { wrapper, router };
}

describe('the window screens’ routes', () => {
  it('shows the queue display at /queue/display and the window desk at /window', async () => {
    const { wrapper, router } = await mountAt('/queue/display');
    expect(wrapper.find('.queue-display').exists()).toBe(true);
    await router.push('/window');
    await settle();
    expect(wrapper.find('.queue-display').exists()).toBe(false);
    expect(wrapper.find('.window-desk').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows the ticket kiosk at /queue/kiosk, without sign-in', async () => {
    const { wrapper } = await mountAt('/queue/kiosk');
    expect(wrapper.find('.queue-kiosk').exists()).toBe(true);
    expect(wrapper.text()).toContain('自助取号');
    wrapper.unmount();
  });
});
