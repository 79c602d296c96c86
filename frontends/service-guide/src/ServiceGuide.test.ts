import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ServiceGuide from './ServiceGuide.vue';
import { routerAt, settle, stubGateway } from './testing/gateway-stub';

afterEach(() => vi.unstubAllGlobals());

async function mountGuide() {
  const router = await routerAt('/guide');
  return mount(ServiceGuide, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
}

function matterNames(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.matter-table__name').map((name) => name.text());
}

describe('ServiceGuide', () => {
  it('lists the departments with their matter counts and opens on the first one', async () => {
    const requests = stubGateway();
    const guide = await mountGuide();
    await settle();
    const items = guide.findAll('.department-menu__item').map((item) => item.text());
    expect(items).toEqual(['市场监督管理局2 项', '公安局1 项']);
    expect(requests.at(-1)).toEqual({ operation: 'ServiceGuideMatters', variables: { filter: { departmentId: 'd-market' }, first: 200 } });
    expect(matterNames(guide)).toEqual(['食品经营许可', '营业执照变更登记']);
    expect(guide.text()).toContain('办理地点：A 区 1-6 号窗口');
    guide.unmount();
  });

  it('shows the matters of the department picked', async () => {
    stubGateway();
    const guide = await mountGuide();
    await settle();
    await guide.findAll('.department-menu__item')[1]?.trigger('click');
    await settle();
    expect(matterNames(guide)).toEqual(['居民身份证换领']);
    guide.unmount();
  });

  it('searches all departments on the server and names each result’s department', async () => {
    const requests = stubGateway();
    const guide = await mountGuide();
    await settle();
    await guide.get('input[aria-label="搜索事项"]').setValue('  营业执照 ');
    await guide.get('form[role="search"]').trigger('submit');
    await settle();
    expect(requests.at(-1)).toEqual({ operation: 'ServiceGuideMatters', variables: { filter: { search: '营业执照' }, first: 200 } });
    expect(guide.text()).toContain('“营业执照”的搜索结果');
    expect(guide.text()).toContain('共 1 项');
    expect(guide.get('.matter-table__department').text()).toBe('市场监督管理局');
    guide.unmount();
  });

  it('browses by category across departments, naming each matter’s department', async () => {
    const requests = stubGateway();
    const guide = await mountGuide();
    await settle();
    await guide.get('#tab-category').trigger('click');
    await settle();
    expect(requests.at(-1)).toEqual({ operation: 'ServiceGuideMatters', variables: { filter: { category: 'PERMIT' }, first: 200 } });
    expect(guide.text()).toContain('行政许可事项');
    await guide.findAll('.category-menu__item')[1]?.trigger('click');
    await settle();
    expect(requests.at(-1)?.variables).toEqual({ filter: { category: 'CHANGE' }, first: 200 });
    expect(matterNames(guide)).toEqual(['营业执照变更登记']);
    expect(guide.get('.matter-table__department').text()).toBe('市场监督管理局');
    guide.unmount();
  });

  it('narrows any listing by type and channel', async () => {
    const requests = stubGateway();
    const guide = await mountGuide();
    await settle();
    const [kind, channel] = guide.findAllComponents({ name: 'ElSelect' });
    kind?.vm.$emit('update:modelValue', 'INSTANT');
    channel?.vm.$emit('update:modelValue', 'ONLINE');
    await settle();
    expect(requests.at(-1)?.variables).toEqual({ filter: { departmentId: 'd-market', kind: 'INSTANT', channel: 'ONLINE' }, first: 200 });
    guide.unmount();
  });

  it('opens the detail drawer from the table', async () => {
    const requests = stubGateway();
    const guide = await mountGuide();
    await settle();
    await guide.get('.matter-table tbody button').trigger('click');
    await flushPromises();
    await settle();
    expect(requests.at(-1)).toEqual({ operation: 'ServiceGuideMatter', variables: { id: 'm-food' } });
    expect(guide.text()).toContain('食品经营许可申请书');
    guide.unmount();
  });
});
