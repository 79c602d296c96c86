import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from './App.vue';
import { i18n } from './messages';
import { printRoute } from './router';
import { routerAt, settle, stubGateway } from './testing/gateway-stub';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountAt(path: string) {
  const router = await routerAt(path);
  const app = mount(App, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body });
  await flushPromises();
  await settle();
  return { app, router };
}

describe('the guide’s routes', () => {
  it('round-trips a matter id through the print path', async () => {
    const router = await routerAt('/guide');
    expect(router.resolve(printRoute('5f0c-id')).href).toBe('/guide/print/5f0c-id');
    expect(router.resolve('/guide/print/5f0c-id').params.matterId).toBe('5f0c-id');
    expect(router.resolve('/guide/print/5f0c-id/').params.matterId).toBe('5f0c-id');
  });

  it('is no print view elsewhere', async () => {
    const router = await routerAt('/guide');
    expect(router.resolve('/guide').name).toBe('guide');
    expect(router.resolve('/').name).toBe('guide');
    await router.push('/guide/print/');
    expect(router.currentRoute.value.name).toBe('guide');
  });

  it('opens the matter of a matter path over the list, and closing it goes back to the list', async () => {
    const requests = stubGateway();
    const { app, router } = await mountAt('/guide/matter/m-food');
    expect(requests.map((request) => request.operation)).toContain('ServiceGuideMatter');
    expect(requests.find((request) => request.operation === 'ServiceGuideMatter')?.variables).toEqual({ id: 'm-food' });
    expect(document.querySelector('.matter-detail')?.textContent).toContain('食品经营许可申请书');
    expect(app.findAll('.department-menu__item')).toHaveLength(2);
    app.findComponent({ name: 'MatterDetailDrawer' }).vm.$emit('update:matterId', null);
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/guide');
    app.unmount();
  });

  it('says so when the matter of a matter path does not exist', async () => {
    stubGateway();
    const { app } = await mountAt('/guide/matter/m-gone');
    expect(document.querySelector('.matter-detail')?.textContent).toContain('该事项不存在或已停止办理');
    app.unmount();
  });

  it('lists the department or the category of its path, and sends an unknown category to the guide', async () => {
    const requests = stubGateway();
    const { app, router } = await mountAt('/guide/department/d-police');
    expect(requests.at(-1)?.variables).toEqual({ filter: { departmentId: 'd-police' }, first: 200 });
    expect(app.findAll('.matter-table__name').map((name) => name.text())).toEqual(['居民身份证换领']);
    await router.push('/guide/category/CHANGE');
    await settle();
    expect(requests.at(-1)?.variables).toEqual({ filter: { category: 'CHANGE' }, first: 200 });
    await router.push('/guide/category/NOT_A_CATEGORY');
    expect(router.currentRoute.value.fullPath).toBe('/guide');
    app.unmount();
  });

  it('shows the print view of a print path', async () => {
    stubGateway();
    const { app } = await mountAt('/guide/print/m-food');
    expect(app.get('.guide-print__title').text()).toBe('食品经营许可 办事指南');
    app.unmount();
  });
});
