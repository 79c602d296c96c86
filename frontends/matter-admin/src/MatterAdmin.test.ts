import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatterRow } from './api';
import MatterAdmin from './MatterAdmin.vue';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.innerHTML = '';
});

const market = { id: 'd-market', name: '市场监督管理局' };
const row = (id: string, status: MatterRow['status'], version: number): MatterRow => ({
  id,
  code: 'SCJG-XK-001',
  name: '食品经营许可',
  version,
  status,
  kind: 'COMMITTED',
  category: 'PERMIT',
  legalLimitDays: 20,
  committedLimitDays: 5,
  updatedAt: '2026-11-20T02:00:00.000Z',
  publishedAt: null,
  department: market,
});

function gateway(quotaDepartments: string[] = []) {
  return stubGateway({
    MatterAdminDepartments: () => ({ data: { departments: [market, { id: 'd-police', name: '公安局' }] } }),
    MatterAdminQuotaDepartments: () => ({ data: { appointmentQuotaDepartments: quotaDepartments } }),
    MatterAdminMatters: () => ({ data: { drafts: [row('m-3', 'DRAFT', 3)], published: [row('m-2', 'PUBLISHED', 2)], withdrawn: [row('m-1', 'WITHDRAWN', 1)] } }),
  });
}

const mountAdmin = () => mount(MatterAdmin, { global: { plugins: [ElementPlus] }, attachTo: document.body });

describe('MatterAdmin', () => {
  it('tells the public and window staff politely that they cannot manage matters, and asks nothing', async () => {
    const requests = gateway();
    signInAs('staff', 'd-market');
    const admin = mountAdmin();
    await settle();
    expect(admin.text()).toContain('仅部门管理员和大厅管理员可管理事项');
    expect(requests).toEqual([]);
    admin.unmount();
  });

  it('lists every version of the department admin’s own department, with the actions each status allows', async () => {
    const requests = gateway();
    signInAs('dept_admin', 'd-market');
    const admin = mountAdmin();
    await settle();
    expect(requests.find((request) => request.operation === 'MatterAdminMatters')?.variables).toEqual({ departmentId: 'd-market', first: 200 });
    expect(admin.find('.matter-admin__department').exists()).toBe(false);
    const rows = admin.findAll('.matter-list .el-table__body-wrapper tbody tr');
    expect(rows.map((each) => each.find('.matter-list__status').text())).toEqual(['草稿', '已发布', '已停止']);
    expect(rows[0]?.text()).toContain('发布');
    expect(rows[1]?.text()).toContain('停止办理');
    expect(rows[2]?.text()).not.toContain('发布');
    admin.unmount();
  });

  it('offers the appointment quota only on the matters of the departments the registry names', async () => {
    gateway(['d-market']);
    signInAs('dept_admin', 'd-market');
    const admin = mountAdmin();
    await settle();
    expect(admin.findAll('.matter-list__quota').map((button) => button.text())).toEqual(['预约号源', '预约号源', '预约号源']);
    admin.unmount();

    gateway(['d-registry']);
    signInAs('dept_admin', 'd-market');
    const other = mountAdmin();
    await settle();
    expect(other.findAll('.matter-list__quota')).toHaveLength(0);
    other.unmount();
  });

  it('gives the manager a department picker, starting with all departments', async () => {
    const requests = gateway();
    signInAs('manager');
    const admin = mountAdmin();
    await settle();
    expect(admin.find('.matter-admin__department').exists()).toBe(true);
    expect(requests.find((request) => request.operation === 'MatterAdminMatters')?.variables).toEqual({ departmentId: null, first: 200 });
    expect(admin.text()).toContain('全部部门');
    admin.unmount();
  });
});
