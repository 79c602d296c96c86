import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routerAt, settle, stubGateway } from '../testing/gateway-stub';
import PrintGuide from './PrintGuide.vue';

afterEach(() => vi.unstubAllGlobals());

async function printView(matterId: string) {
  const router = await routerAt(`/guide/print/${matterId}`);
  return mount(PrintGuide, { props: { matterId }, global: { plugins: [ElementPlus, router] }, attachTo: document.body });
}

describe('PrintGuide', () => {
  it('lays the guide out for paper: plain tables whose header repeats, no Element Plus tables or tags', async () => {
    stubGateway();
    const view = await printView('m-food');
    await settle();
    expect(view.get('.guide-print__title').text()).toBe('食品经营许可 办事指南');
    expect(view.text()).toContain('事项编码 SCJG-XK-001 · 第 2 版');
    expect(view.find('.el-table').exists()).toBe(false);
    expect(view.find('.el-tag').exists()).toBe(false);

    const [materials, steps] = view.findAll('table.print-table');
    expect(materials?.findAll('thead th').map((cell) => cell.text())).toEqual(['#', '材料名称', '形式', '份数', '要求', '来源', '示范文本']);
    const rows = materials?.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    // On paper a link cannot be followed, so the template's address is printed; a condition is written out.
    expect(rows?.[0]).toEqual(['1', '食品经营许可申请书', '原件', '1 份', '必要', '申请人自备', '/templates/food-permit.pdf']);
    expect(rows?.[1]?.[1]).toBe('营业执照（加盖公章）');
    expect(rows?.[2]?.[4]).toBe('视情形：委托他人办理时提交');
    expect(steps?.findAll('tbody tr')).toHaveLength(3);
    expect(view.text()).toContain('免费');
    view.unmount();
  });

  it('prints with the browser and hides its toolbar on paper', async () => {
    stubGateway();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const view = await printView('m-food');
    await settle();
    await view.get('.guide-print__toolbar button.el-button--primary').trigger('click');
    expect(print).toHaveBeenCalledOnce();
    view.unmount();
  });

  it('says when the matter no longer exists', async () => {
    stubGateway();
    const view = await printView('m-gone');
    await settle();
    expect(view.text()).toContain('该事项不存在或已停止办理');
    view.unmount();
  });
});
