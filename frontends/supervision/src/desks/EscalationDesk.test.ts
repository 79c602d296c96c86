import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import type { Escalation } from './escalations.graphql';
import EscalationDesk from './EscalationDesk.vue';

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

const escalation = (overrides: Partial<Escalation> = {}): Escalation => ({
  id: 'x-1',
  level: 'YELLOW',
  tier: 'DEPARTMENT',
  automatic: true,
  raisedAt: '2026-11-20T01:30:00.000Z',
  dueAt: '2026-11-25T09:00:00.000Z',
  note: '请三个工作日内书面说明超期原因',
  resolvedAt: null,
  response: null,
  respondedAt: null,
  climbedAt: null,
  overdue: false,
  case: { id: 'c-1', number: 'ZW2026111000042', matter: { id: 'm-1', name: '食品经营许可' } },
  department: { id: 'd-1', name: '市场监督管理局' },
  ...overrides,
});

async function mountDesk(manager: boolean) {
  signInAs(manager ? 'manager' : 'dept_admin', 'd-1');
  const requests = stubGateway({
    DeskEscalations: () => ({
      data: {
        escalations: [
          escalation(),
          escalation({ id: 'x-2', level: 'RED', tier: 'LEADERSHIP', overdue: true, climbedAt: '2026-11-26T01:00:00.000Z', case: { id: 'c-2', number: 'ZW2026111000043', matter: null } }),
          escalation({ id: 'x-3', response: '已办结', respondedAt: '2026-11-21T02:00:00.000Z', case: { id: 'c-3', number: 'ZW2026111000044', matter: null } }),
        ],
      },
    }),
    DeskEscalationStats: () => ({ data: { escalationStats: { raised: 3, automatic: 2, responded: 1, respondedOnTime: 1, climbed: 1, open: 2 } } }),
    DeskRespondEscalation: () => ({ errors: [{ message: 'this escalation has already been responded to', extensions: { code: 'CONFLICT' } }] }),
  });
  const wrapper = mount(EscalationDesk, { props: { manager }, global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  return { wrapper, requests };
}

describe('EscalationDesk', () => {
  it('shows level, tier and the overdue escalation in 中国红, and a response button only where none was given', async () => {
    const { wrapper } = await mountDesk(false);
    const rows = wrapper.findAll('.el-table__body-wrapper tbody tr.el-table__row');
    const late = rows.find((row) => row.text().includes('ZW2026111000043'));
    expect(late?.get('.escalation-desk__level').text()).toBe('红牌');
    expect(late?.get('.escalation-desk__tier').text()).toBe('大厅领导督办');
    expect(late?.classes()).toContain('desk-row--overdue');
    const answered = rows.find((row) => row.text().includes('ZW2026111000044'));
    expect(answered?.findAll('button').filter((button) => button.text() === '回复督办')).toHaveLength(0);
    expect(answered?.text()).toContain('已办结');
    expect(wrapper.find('.escalation-desk__raise').exists()).toBe(false);
  });

  it('shows a second response’s refusal translated, and offers the manager a hand escalation', async () => {
    const { wrapper } = await mountDesk(true);
    expect(wrapper.get('.escalation-desk__raise').text()).toBe('督办办件');
    const row = wrapper.findAll('.el-table__body-wrapper tbody tr.el-table__row')[0];
    await row?.findAll('button').find((button) => button.text() === '回复督办')?.trigger('click');
    await settle();
    const dialog = [...document.body.querySelectorAll<HTMLElement>('.desk-dialog')].find((element) => element.textContent?.includes('ZW2026111000042'));
    const textarea = dialog?.querySelector('textarea');
    if (!dialog || !textarea) throw new Error('no response dialog');
    textarea.value = '大厅代为回复';
    textarea.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('.el-dialog__footer .el-button--primary')?.click();
    await settle();
    expect(dialog.querySelector('.desk-dialog__refusal')?.textContent).toContain('该督办已回复，不能重复回复');
  });
});
