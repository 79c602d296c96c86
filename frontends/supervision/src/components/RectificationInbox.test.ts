import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rectification } from './rectifications.graphql';
import { finding, rectification } from '../testing/fixtures';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import RectificationInbox from './RectificationInbox.vue';

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

async function mountInbox(orders: Rectification[], canAct = true) {
  signInAs('dept_admin', 'd-1');
  const requests = stubGateway({
    SupervisionRectifications: () => ({ data: { rectifications: orders} }),
  });
  const wrapper = mount(RectificationInbox, { props: { canAct }, global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  return { wrapper, requests };
}

describe('RectificationInbox', () => {
  it('flags an overdue order in 中国红 and puts it first, with its due date', async () => {
    const { wrapper } = await mountInbox([
      rectification({ id: 'r-new' }),
      rectification({ id: 'r-late', dueOn: '2026-11-03', overdue: true, window: { id: 'w-2', number: 'B05', name: '社保窗口' } }),
    ]);
    const [first, second] = wrapper.findAll('.rectification-inbox__order');
    expect(first?.attributes('data-rectification')).toBe('r-late');
    expect(first?.classes()).toContain('rectification-inbox__order--overdue');
    expect(first?.get('.tracking-tag').text()).toBe('已逾期');
    expect(first?.get('.tracking-tag').classes()).toContain('el-tag--danger');
    expect(first?.get('.rectification-inbox__due').classes()).toContain('rectification-inbox__due--overdue');
    expect(first?.get('.rectification-inbox__due').text()).toBe('2026-11-03 前完成');
    expect(second?.get('.tracking-tag').text()).toBe('待整改');
    expect(second?.classes()).not.toContain('rectification-inbox__order--overdue');
  });

  it('offers the appeal within 7 days of submission and removes the button after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T01:59:00.000Z'));
    const inside = await mountInbox([rectification()]);
    expect(inside.wrapper.find('button[aria-label="对“是否一次性告知所需全部材料”提出申诉"]').exists()).toBe(true);
    expect(inside.wrapper.text()).toContain('可申诉至');
    inside.wrapper.unmount();

    vi.setSystemTime(new Date('2026-11-27T02:00:00.000Z'));
    const after = await mountInbox([rectification()]);
    expect(after.wrapper.find('button[aria-label="对“是否一次性告知所需全部材料”提出申诉"]').exists()).toBe(false);
    expect(after.wrapper.text()).toContain('申诉期已过');
  });

  it('offers no appeal where the server says the signed-in user may not appeal, inside the window too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T01:59:00.000Z'));
    const refused = await mountInbox([rectification({ inspection: { ...rectification().inspection!, findings: [finding({ canAppeal: false })] } })]);
    expect(refused.wrapper.find('button[aria-label="对“是否一次性告知所需全部材料”提出申诉"]').exists()).toBe(false);
    refused.wrapper.unmount();
  });

  it('shows no appeal for a finding already appealed, and no actions to staff who only read', async () => {
    const appealed = finding({ appeal: { id: 'a-1', status: 'PENDING', reason: '已告知', decisionNote: null } });
    const { wrapper } = await mountInbox([rectification({ inspection: { id: 'i-1', visitedAt: null, submittedAt: new Date().toISOString(), score: 90, findings: [appealed] } })], false);
    expect(wrapper.text()).toContain('申诉中');
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('反馈整改情况');
    expect(wrapper.text()).toContain('整改反馈与申诉由部门管理员办理');
  });

  it('sends the response with what changed', async () => {
    const { wrapper, requests } = await mountInbox([rectification()]);
    stubGateway({
      SupervisionRespond: () => ({ data: { respondToRectification: { id: 'r-1', status: 'RESPONDED' } } }),
      SupervisionRectifications: () => ({ data: { rectifications: [rectification({ status: 'RESPONDED', response: '已制作材料清单桌牌' })]} }),
    });
    const respond = wrapper.findAll('button').find((button) => button.text() === '反馈整改情况');
    await respond?.trigger('click');
    await settle();
    const dialog = document.querySelector('.respond-dialog');
    const textarea = dialog?.querySelector('textarea');
    if (!textarea) throw new Error('no response form');
    textarea.value = '已制作材料清单桌牌，并组织全员学习一次性告知制度';
    textarea.dispatchEvent(new Event('input'));
    [...(dialog?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('提交反馈'))?.click();
    await settle();
    await settle();
    expect(requests.length).toBeGreaterThan(0);
    const fetchMock = vi.mocked(fetch);
    const sent = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> });
    const response = sent.find((body) => body.query.includes('SupervisionRespond'));
    expect(response?.variables).toEqual({ id: 'r-1', input: { actions: '已制作材料清单桌牌，并组织全员学习一次性告知制度', evidence: [] } });
    expect(wrapper.get('.tracking-tag').text()).toBe('已反馈');
  });
});
