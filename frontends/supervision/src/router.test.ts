import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { signInAs } from '@hall/styleguide/testing';
import { i18n } from './messages';
import { createAppRouter } from './router';
import Supervision from './Supervision.vue';

afterEach(() => localStorage.clear());

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
