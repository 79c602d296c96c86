import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { signInAs } from '@hall/styleguide/testing';
import { i18n } from './messages';
import { createAppRouter } from './router';
import Supervision from './Supervision.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function mountAt(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  return { router, wrapper: mount(Supervision, { global: { plugins: [ElementPlus, i18n, router] } }) };
}

describe('the supervision app’s two routes', () => {
  it('shows the office at /supervision and the departments’ inbox at /rectifications', async () => {
    const office = await mountAt('/supervision');
    expect(office.wrapper.find('h1').text()).toBe('督查整改');
    expect(office.wrapper.text()).toContain('请在页头选择大厅管理员身份后查看');
    office.wrapper.unmount();

    signInAs('manager');
    const inbox = await mountAt('/rectifications');
    expect(inbox.wrapper.find('h1').text()).toBe('整改通知');
    expect(inbox.wrapper.text()).toContain('大厅管理员请在“督查整改”查看全部整改');
    inbox.wrapper.unmount();
  });

  it('sends other paths under either prefix to its page and leaves other apps’ paths alone', async () => {
    const { router } = await mountAt('/rectifications/anything');
    expect(router.currentRoute.value.name).toBe('inbox');
    await router.push('/supervision/x/y');
    expect(router.currentRoute.value.name).toBe('office');
    expect(router.resolve('/dashboard').matched).toEqual([]);
  });
});

describe('the desks’ sub-routes', () => {
  it('opens the manager’s desks under /supervision and the departments’ under /rectifications, on their tab', async () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
    signInAs('manager');
    const office = await mountAt('/supervision/complaints');
    expect(office.router.currentRoute.value.name).toBe('office-desk');
    expect(office.wrapper.find('.el-tabs__item.is-active').text()).toBe('投诉处理');
    office.wrapper.unmount();

    signInAs('dept_admin');
    const inbox = await mountAt('/rectifications/escalations');
    expect(inbox.router.currentRoute.value.name).toBe('inbox-desk');
    expect(inbox.wrapper.find('.el-tabs__item.is-active').text()).toBe('督办');
    expect(inbox.router.resolve('/rectifications/bad-reviews').name).toBe('inbox-desk');
    expect(inbox.router.resolve('/supervision/bad-reviews').name).toBe('office-desk');
    inbox.wrapper.unmount();
  });
});
