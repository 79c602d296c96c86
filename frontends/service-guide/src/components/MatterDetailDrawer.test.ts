import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routerAt, settle, stubGateway } from '../testing/gateway-stub';
import MatterDetailDrawer from './MatterDetailDrawer.vue';

afterEach(() => vi.unstubAllGlobals());

async function open(matterId: string | null) {
  const router = await routerAt(matterId ? `/guide/matter/${matterId}` : '/guide');
  return mount(MatterDetailDrawer, { props: { matterId }, global: { plugins: [ElementPlus, router] }, attachTo: document.body });
}

describe('MatterDetailDrawer', () => {
  it('shows the matter and its materials checklist', async () => {
    const requests = stubGateway();
    const drawer = await open('m-food');
    await settle();
    expect(requests).toEqual([{ operation: 'ServiceGuideMatter', variables: { id: 'm-food' } }]);

    const text = drawer.text();
    expect(text).toContain('食品经营许可');
    expect(text).toContain('窗口办理、网上办理、邮寄办理');
    expect(text).toContain('免费');
    expect(text).toContain('餐饮');
    expect(text).toContain('《中华人民共和国食品安全法》第三十五条');
    expect(text).toContain('共 3 项材料');

    const rows = drawer.findAll('.materials-table tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['1', '食品经营许可申请书', '原件', '1 份', '必要', '申请人自备', '查看'],
      ['2', '营业执照加盖公章', '复印件', '1 份', '必要', '市场监督管理局', '—'],
      ['3', '授权委托书', '电子版', '2 份', '视情形委托他人办理时提交', '申请人自备', '—'],
    ]);
    expect(drawer.get('.materials-table__template').attributes('href')).toBe('/templates/food-permit.pdf');
    drawer.unmount();
  });

  it('shows the whole guide: inspection, joint approval, process, refusal grounds and appeal route', async () => {
    stubGateway();
    const drawer = await open('m-food');
    await settle();
    const text = drawer.text();
    expect(text).toContain('现场核查需要');
    expect(text).toContain('并联审批部门公安局');
    const steps = drawer.findAll('.process-steps tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(steps[1]).toEqual(['2', '审查与现场核查', '许可科', '3 个工作日']);
    expect(text).toContain('不予受理情形');
    expect(text).toContain('申请人隐瞒有关情况或者提供虚假材料的');
    expect(text).toContain('救济途径');
    expect(text).toContain('申请行政复议');
    expect(drawer.get('a.matter-detail__print').attributes('href')).toBe('/guide/print/m-food');
    drawer.unmount();
  });

  it('says when the matter no longer exists', async () => {
    stubGateway();
    const drawer = await open('m-gone');
    await settle();
    expect(drawer.text()).toContain('该事项不存在或已停止办理');
    drawer.unmount();
  });

  it('asks nothing while closed', async () => {
    const requests = stubGateway();
    const drawer = await open(null);
    await settle();
    expect(requests).toEqual([]);
    expect(drawer.find('.materials-table').exists()).toBe(false);
    drawer.unmount();
  });
});
