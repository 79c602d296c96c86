import { settle, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PublicPortal from './PublicPortal.vue';
import { routerAt } from './testing/router';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the public portal’s routes', () => {
  it('opens the evaluation tab on /evaluate (the QR code’s link) and goes back to /track for the others', async () => {
    stubGateway({});
    const router = await routerAt('/evaluate');
    const wrapper = mount(PublicPortal, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
    await settle();
    expect(wrapper.find('.el-tabs__item.is-active').text()).toBe('服务评价');
    expect(wrapper.find('.evaluate-by-code').isVisible()).toBe(true);
    await wrapper.findAll('.el-tabs__item').find((item) => item.text() === '进度查询')?.trigger('click');
    await settle();
    expect(window.location.pathname).toBe('/track');
    expect(wrapper.find('.el-tabs__item.is-active').text()).toBe('进度查询');
    await wrapper.findAll('.el-tabs__item').find((item) => item.text() === '服务评价')?.trigger('click');
    await settle();
    expect(window.location.pathname).toBe('/evaluate');
    wrapper.unmount();
  });

  it('opens tracking on /track', async () => {
    stubGateway({});
    const router = await routerAt('/track');
    const wrapper = mount(PublicPortal, { global: { plugins: [ElementPlus, router] } });
    await settle();
    expect(wrapper.find('.el-tabs__item.is-active').text()).toBe('进度查询');
    expect(wrapper.find('.evaluate-by-code').exists()).toBe(false);
    wrapper.unmount();
  });
});
