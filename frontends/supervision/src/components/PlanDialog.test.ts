import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus, { ElDatePicker } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import PlanDialog from './PlanDialog.vue';

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

const windows = [
  { id: 'w-1', number: 'A02', name: '企业开办综合窗口', hallZone: 'A', active: true, departments: [{ id: 'd-1', name: '市场监督管理局' }] },
  { id: 'w-2', number: 'B05', name: '社保窗口', hallZone: 'B', active: true, departments: [{ id: 'd-2', name: '人力资源和社会保障局' }] },
];

async function fillAndSubmit(wrapper: ReturnType<typeof mount>): Promise<void> {
  const dialog = document.querySelector('.plan-dialog');
  const set = (input: HTMLInputElement | null | undefined, value: string) => {
    if (!input) throw new Error('missing input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
  };
  set(dialog?.querySelector<HTMLInputElement>('input[aria-label="计划名称"]'), '2026年12月明察暗访');
  // Picking the days in the calendar pop-up is Element Plus's own behaviour: set what it would emit.
  wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', ['2026-12-05', '2026-12-06']);
  await settle();
  dialog?.querySelector<HTMLElement>('.el-checkbox')?.click();
  set(dialog?.querySelector<HTMLInputElement>('input[aria-label="随机种子（选填）"]'), 'audit-2026-12');
  await settle();
  [...(document.querySelectorAll<HTMLButtonElement>('.plan-dialog button'))].find((button) => button.textContent?.includes('生成计划'))?.click();
  // Element Plus validates asynchronously, field by field.
  for (let i = 0; i < 5; i += 1) await settle();
}

describe('PlanDialog', () => {
  it('sends every chosen window with its departments and the seed, and shows why an impossible plan was refused', async () => {
    signInAs('manager');
    const requests = stubGateway({
      SupervisionWindows: () => ({ data: { windows } }),
      SupervisionCreatePlan: () => ({
        errors: [{ message: 'window w-2 cannot be covered: every supervisor is tied to a department it serves (conflict of interest)', extensions: { code: 'CONFLICT', windowId: 'w-2' } }],
      }),
    });
    const wrapper = mount(PlanDialog, { props: { open: true }, global: { plugins: [ElementPlus] }, attachTo: document.body });
    await settle();
    await fillAndSubmit(wrapper);

    const sent = requests.find((request) => request.operation === 'SupervisionCreatePlan');
    expect(sent?.variables).toEqual({
      input: {
        name: '2026年12月明察暗访',
        period: { from: '2026-12-05', to: '2026-12-06' },
        windows: [
          { windowId: 'w-1', departmentIds: ['d-1'] },
          { windowId: 'w-2', departmentIds: ['d-2'] },
        ],
        seed: 'audit-2026-12',
      },
    });
    const refusal = document.querySelector('.plan-dialog__refusal');
    expect(refusal?.textContent).toContain('无法生成计划，未作任何更改');
    expect(refusal?.textContent).toContain('B05 社保窗口 无法安排：监督员与该窗口所属部门存在关联（回避）');
    expect(wrapper.emitted('created')).toBeUndefined();
  });
});
