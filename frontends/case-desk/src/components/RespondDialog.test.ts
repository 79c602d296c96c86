import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskEscalation } from '../escalations.graphql';
import RespondDialog from './RespondDialog.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.innerHTML = '';
});

const open: DeskEscalation = {
  id: '0b6c1e4a-3f0e-4a53-9a1e-2f1d7c5b9e10',
  level: 'RED',
  tier: 'DEPARTMENT',
  automatic: true,
  raisedAt: '2026-12-01T02:00:00Z',
  dueAt: '2026-12-03T10:00:00Z',
  note: '',
  response: null,
  respondedAt: null,
  climbedAt: null,
  overdue: false,
  case: { id: 'c1', number: 'ZW2026120100001', matter: null },
};

function mounted() {
  return mount(RespondDialog, { props: { escalation: open }, global: { plugins: [ElementPlus] }, attachTo: document.body });
}

const dialog = () => document.body.querySelector('.respond-dialog');
const submit = () => document.body.querySelector<HTMLButtonElement>('.respond-dialog__submit')?.click();

describe('the response to an escalation', () => {
  it('asks for the written response before sending anything, then sends it trimmed', async () => {
    signInAs('staff', 'd1');
    const requests = stubGateway({ CaseDeskRespondEscalation: () => ({ data: { respondEscalation: { ...open, response: '已办结', respondedAt: '2026-12-02T02:00:00Z' } } }) });
    const wrapper = mounted();
    await settle();
    submit();
    await settle();
    expect(dialog()?.textContent).toContain('请填写书面答复');
    expect(requests).toEqual([]);
    const textarea = document.body.querySelector<HTMLTextAreaElement>('.respond-dialog__response textarea');
    if (!textarea) throw new Error('no response field');
    textarea.value = '  已办结  ';
    textarea.dispatchEvent(new Event('input'));
    submit();
    await settle();
    expect(requests).toEqual([{ operation: 'CaseDeskRespondEscalation', variables: { id: open.id, response: '已办结' } }]);
    expect(wrapper.emitted('responded')?.[0]?.[0]).toMatchObject({ response: '已办结' });
    wrapper.unmount();
  });

  it('tells a second response (CONFLICT) in Chinese, not the server’s English', async () => {
    signInAs('staff', 'd1');
    stubGateway({ CaseDeskRespondEscalation: () => ({ errors: [{ message: 'this escalation has already been responded to', extensions: { code: 'CONFLICT' } }] }) });
    const wrapper = mounted();
    await settle();
    const textarea = document.body.querySelector<HTMLTextAreaElement>('.respond-dialog__response textarea');
    if (!textarea) throw new Error('no response field');
    textarea.value = '重复答复';
    textarea.dispatchEvent(new Event('input'));
    submit();
    await settle();
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain('该督办已经答复过，不能重复答复');
    expect(dialog()?.textContent).not.toContain('already been responded');
    expect(wrapper.emitted('responded')).toBeUndefined();
    wrapper.unmount();
  });
});
