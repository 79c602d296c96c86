import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hallTimeZone } from '@hall/styleguide';
import type { HallSettings } from '../duty.graphql';
import { approvedPlain, pendingEmergency } from '../testing/fixtures';
import { settle, stubGateway } from '@hall/styleguide/testing';
import SwapRequests from './SwapRequests.vue';

const settings: HallSettings = {
  timeZone: hallTimeZone(),
  morningStart: '09:00',
  morningEnd: '12:00',
  afternoonStart: '13:30',
  afternoonEnd: '17:00',
  swapNoticeWorkingDays: 7,
  minimumPostingMonths: 24,
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function mountSwaps(role: 'manager' | 'dept_admin') {
  const requests = stubGateway({
    DutyBoardSwaps: () => ({ data: { swapRequests: [pendingEmergency, approvedPlain] } }),
    DutyBoardApproveSwap: () => ({
      errors: [
        {
          message: 'the roster has a conflict',
          extensions: {
            code: 'CONFLICT',
            conflicts: [
              { reason: 'STAFF_BUSY', date: '2026-11-25', period: 'FULL_DAY', windowNumber: 'A01', staffName: '李强', existingPeriod: 'FULL_DAY', existingWindowNumber: 'A02', existingStaffName: '李强' },
            ],
          },
        },
      ],
    }),
  });
  const wrapper = mount(SwapRequests, {
    props: { role, departmentId: role === 'dept_admin' ? 'd-1' : null, settings },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  });
  return { wrapper, requests };
}

describe('SwapRequests', () => {
  it('shows each request in writing with its flags and status', async () => {
    const { wrapper } = mountSwaps('manager');
    await settle();
    const [pending, approved] = wrapper.findAll('tbody tr');
    expect(pending?.text()).toContain('替换：王敏 → 李强');
    expect(pending?.text()).toContain('王敏同志因病住院');
    expect(pending?.text()).toContain('文号：市监办〔2026〕12号');
    expect(pending?.findAll('.swap-flags__flag').map((flag) => flag.text())).toEqual(['紧急', '提前不足', '任职不满两年']);
    expect(pending?.get('.swap-flags__flag--emergency').classes()).toContain('el-tag--danger');
    expect(pending?.text()).toContain('任职不满两年：李强');
    expect(pending?.text()).toContain('待审批');
    expect(approved?.text()).toContain('已批准');
    expect(approved?.text()).toContain('已调整 5 个班次');
    expect(approved?.text()).toContain('审批意见：同意');
    expect(approved?.findAll('.swap-flags__flag')).toHaveLength(0);
    wrapper.unmount();
  });

  it('lets the manager approve or reject pending requests only, and shows an approval’s roster conflicts', async () => {
    const { wrapper, requests } = mountSwaps('manager');
    await settle();
    const [pending, approved] = wrapper.findAll('tbody tr');
    expect(approved?.findAll('button')).toHaveLength(0);
    expect(wrapper.text()).not.toContain('提交调换申请');
    await pending?.findAll('button').find((button) => button.text() === '批准')?.trigger('click');
    await settle();
    const dialog = document.querySelector('.decision-dialog');
    expect(dialog?.textContent).toContain('市场监督管理局：替换：王敏 → 李强');
    const confirm = [...(dialog?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === '确定');
    confirm?.click();
    await settle();
    expect(requests.at(-1)).toEqual({ operation: 'DutyBoardApproveSwap', variables: { id: 'sr-1', note: null } });
    expect(document.querySelector('.decision-dialog .conflict-list')?.textContent).toContain('2026-11-25 全天：李强 已在 A02 窗口值班（全天）');
    wrapper.unmount();
  });

  it('lets a department admin file a request and withdraw a pending one', async () => {
    const { wrapper } = mountSwaps('dept_admin');
    await settle();
    expect(wrapper.text()).toContain('提交调换申请');
    const [pending, approved] = wrapper.findAll('tbody tr');
    expect(pending?.findAll('button').map((button) => button.text())).toEqual(['撤回']);
    expect(approved?.findAll('button')).toHaveLength(0);
    wrapper.unmount();
  });
});
