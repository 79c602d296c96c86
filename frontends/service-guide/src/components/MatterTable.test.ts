import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { businessLicenceChange, foodPermit, idCard } from '../testing/fixtures';
import MatterTable from './MatterTable.vue';

/** El-table registers its columns after mounting. */
async function mountTable(props: InstanceType<typeof MatterTable>['$props']) {
  const table = mount(MatterTable, { props, global: { plugins: [ElementPlus] } });
  await flushPromises();
  return table;
}

function cellsOf(wrapper: ReturnType<typeof mount>, rowIndex: number): string[] {
  const row = wrapper.findAll('tbody tr')[rowIndex];
  return row ? row.findAll('td').map((cell) => cell.text()) : [];
}

describe('MatterTable', () => {
  it('shows each matter with its type, category, limits in working days and compression as a percentage', async () => {
    const table = await mountTable({ matters: [foodPermit, businessLicenceChange, idCard], emptyText: '暂无' });
    expect(cellsOf(table, 0)).toEqual(['食品经营许可', 'SCJG-XK-001', '承诺件', '行政许可', '20 个工作日', '5 个工作日', '75%']);
    expect(cellsOf(table, 1)).toEqual(['营业执照变更登记', 'SCJG-BG-002', '即办件', '变更', '即时办结', '即时办结', '—']);
    expect(cellsOf(table, 2)[6]).toBe('51.7%');
  });

  it('names the department only for search results', async () => {
    const table = await mountTable({ matters: [idCard], emptyText: '暂无', showDepartment: true });
    expect(table.get('.matter-table__department').text()).toBe('公安局');
    const departmentListing = await mountTable({ matters: [idCard], emptyText: '暂无' });
    expect(departmentListing.find('.matter-table__department').exists()).toBe(false);
  });

  it('opens a matter from its name', async () => {
    const table = await mountTable({ matters: [foodPermit], emptyText: '暂无' });
    await table.get('tbody button').trigger('click');
    expect(table.emitted('open')).toEqual([['m-food']]);
  });

  it('says so when there is nothing to show', async () => {
    const table = await mountTable({ matters: [], emptyText: '该部门暂无公开事项' });
    expect(table.text()).toContain('该部门暂无公开事项');
  });
});
