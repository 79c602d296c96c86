// The appointment quota dialog (预约号源) of the matter list: the registry's quota of a matter version, saved through
// setAppointmentQuota, and the registry's refusal of a number beyond 0–200 shown at its field, in Chinese and English.
import { setLocale } from '@hall/styleguide';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatterRow } from '../api';
import AppointmentQuotaDialog from './AppointmentQuotaDialog.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('zh-CN');
  document.body.innerHTML = '';
});

const matter: MatterRow = {
  id: 'm-transfer',
  code: 'BDC-DJ-002',
  name: '不动产转移登记（存量房买卖）',
  version: 1,
  status: 'PUBLISHED',
  kind: 'COMMITTED',
  category: 'CHANGE',
  legalLimitDays: 5,
  committedLimitDays: 3,
  updatedAt: '2026-11-20T02:00:00.000Z',
  publishedAt: '2026-11-20T02:00:00.000Z',
  department: { id: 'd-bdc', name: '不动产登记中心' },
};

const RANGE_REFUSAL = {
  errors: [
    {
      message: 'morning: is at most 200 appointments a half-day',
      path: ['setAppointmentQuota'],
      extensions: { code: 'BAD_USER_INPUT', field: 'morning', fields: [{ path: 'morning', message: 'is at most 200 appointments a half-day' }] },
    },
  ],
  data: null,
};

async function openDialog(handlers: Parameters<typeof stubGateway>[0]) {
  const requests = stubGateway(handlers);
  signInAs('dept_admin', 'd-bdc');
  const wrapper = mount(AppointmentQuotaDialog, { props: { matter }, global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  const dialog = document.body.querySelector('.appointment-quota') as HTMLElement;
  return { wrapper, dialog, requests };
}

const input = (dialog: HTMLElement, which: 'morning' | 'afternoon') => dialog.querySelector(`.appointment-quota__${which} input`) as HTMLInputElement;

async function type(field: HTMLInputElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
  await settle();
}

/** Element Plus shows a form item's message 100 ms after its state turns to error. */
const messagesShown = () => new Promise((resolve) => setTimeout(resolve, 150));

const saveButton = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('button')].find((button) => /保存号源|Save quota/.test(button.textContent ?? '')) as HTMLButtonElement;

describe('the appointment quota dialog', () => {
  it('shows the registry’s quota, saves the new one and closes', async () => {
    let quota = { morning: 10, afternoon: 8, updatedAt: '2026-11-20T01:00:00.000Z' };
    const { wrapper, dialog, requests } = await openDialog({
      MatterAdminQuota: () => ({ data: { matter: { id: matter.id, appointmentQuota: quota } } }),
      MatterAdminSetQuota: (variables) => {
        quota = { morning: Number(variables.morning), afternoon: Number(variables.afternoon), updatedAt: '2026-12-04T02:00:00.000Z' };
        return { data: { setAppointmentQuota: quota } };
      },
    });
    expect(dialog.querySelector('.el-dialog__title')?.textContent).toBe('预约号源：不动产转移登记（存量房买卖）');
    expect(input(dialog, 'morning').value).toBe('10');
    expect(input(dialog, 'afternoon').value).toBe('8');
    expect(dialog.querySelector('.appointment-quota__current')?.textContent).toContain('最近设置于');
    await type(input(dialog, 'morning'), '20');
    await type(input(dialog, 'afternoon'), '15');
    saveButton(dialog).click();
    await settle();
    expect(requests.find((request) => request.operation === 'MatterAdminSetQuota')?.variables).toEqual({ matterId: matter.id, morning: 20, afternoon: 15 });
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });

  it('says when none is set, and shows the registry’s refusal of 250 at its field, in Chinese and in English', async () => {
    const { wrapper, dialog } = await openDialog({
      MatterAdminQuota: () => ({ data: { matter: { id: matter.id, appointmentQuota: null } } }),
      MatterAdminSetQuota: () => RANGE_REFUSAL,
    });
    expect(dialog.querySelector('.appointment-quota__current')?.textContent?.trim()).toBe('尚未设置号源');
    await type(input(dialog, 'morning'), '250');
    saveButton(dialog).click();
    await settle();
    await messagesShown();
    expect(dialog.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('每个半天 0–200 个号源');
    expect(dialog.querySelector('[role="alert"]')).not.toBeNull();
    expect(wrapper.emitted('close')).toBeUndefined();
    setLocale('en');
    saveButton(dialog).click();
    await settle();
    await messagesShown();
    expect(dialog.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('0–200 appointments a half-day');
    wrapper.unmount();
  });
});
