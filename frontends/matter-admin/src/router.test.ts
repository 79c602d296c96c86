import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { settle } from '@hall/styleguide/testing';
import App from './App.vue';
import { i18n } from './messages';
import { createAppRouter } from './router';

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('matter-admin routes', () => {
  it('shows the matter list at /admin/matters and sends a deeper path back to it', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/admin/matters/unknown/path');
    await router.isReady();
    expect(router.currentRoute.value.fullPath).toBe('/admin/matters');
    const app = mount(App, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body });
    await settle();
    expect(app.text()).toContain('仅部门管理员和大厅管理员可管理事项');
    app.unmount();
  });
});
