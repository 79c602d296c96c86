import { setLocale } from '@hall/styleguide';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskEscalation } from '../escalations.graphql';
import EscalationList from './EscalationList.vue';

afterEach(() => setLocale('zh-CN'));

function escalation(overrides: Partial<DeskEscalation> = {}): DeskEscalation {
  return {
    id: 'e1',
    level: 'YELLOW',
    tier: 'DEPARTMENT',
    automatic: true,
    raisedAt: '2026-12-01T02:00:00Z',
    dueAt: '2026-12-03T10:00:00Z',
    note: '',
    response: null,
    respondedAt: null,
    climbedAt: null,
    overdue: false,
    case: { id: 'c1', number: 'ZW2026120100001', matter: { id: 'm1', name: '食品经营许可' } },
    ...overrides,
  };
}

async function mounted(escalations: DeskEscalation[], showCase = true) {
  const wrapper = mount(EscalationList, { props: { escalations, label: '督办', showCase }, global: { plugins: [ElementPlus] } });
  // Element Plus's table registers its columns once mounted and renders the rows a tick later.
  await flushPromises();
  await wrapper.vm.$nextTick();
  return wrapper;
}

describe('the escalations the desk lists', () => {
  it('shows the card, the tier, the origin and an open escalation’s respond button', async () => {
    const wrapper = await mounted([escalation()]);
    const text = wrapper.text();
    expect(text).toContain('ZW2026120100001');
    expect(text).toContain('黄牌');
    expect(text).toContain('部门督办');
    expect(text).toContain('自动督办');
    expect(text).toContain('待答复');
    expect(text).not.toContain('已逾期');
    await wrapper.find('.escalation-list__respond').trigger('click');
    expect(wrapper.emitted('respond')?.[0]).toEqual([escalation()]);
    await wrapper.find('.escalation-list__case').trigger('click');
    expect(wrapper.emitted('open')).toEqual([['c1']]);
  });

  it('makes an overdue one that climbed to leadership stand out, as the API says', async () => {
    const wrapper = await mounted([escalation({ level: 'RED', tier: 'LEADERSHIP', overdue: true, climbedAt: '2026-12-03T10:01:00Z', automatic: false })]);
    expect(wrapper.find('.escalation-row').classes()).toEqual(expect.arrayContaining(['is-overdue', 'is-leadership']));
    expect(wrapper.text()).toContain('已逾期');
    expect(wrapper.text()).toContain('大厅领导督办');
    expect(wrapper.text()).toContain('人工督办');
  });

  it('shows the response instead of the button once answered, and speaks English', async () => {
    setLocale('en');
    const wrapper = await mounted([escalation({ response: '已补齐材料，明日办结', respondedAt: '2026-12-02T03:00:00Z' })], false);
    expect(wrapper.find('.escalation-list__respond').exists()).toBe(false);
    expect(wrapper.text()).toContain('Response: 已补齐材料，明日办结');
    expect(wrapper.text()).toContain('Yellow card');
    expect(wrapper.text()).toContain('Department');
    expect(wrapper.find('.escalation-list__case').exists()).toBe(false);
  });
});
