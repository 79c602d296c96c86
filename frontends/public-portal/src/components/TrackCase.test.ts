import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGateway } from '@hall/styleguide/testing';
import TrackCase from './TrackCase.vue';

const progress = {
  number: 'ZW202611210001',
  status: 'COMPLETED',
  submittedAt: '2026-11-21T02:00:00Z',
  dueAt: null,
  matter: { id: 'm1', name: '个体工商户登记', department: { id: 'd1', name: '市场监督管理局' } },
  steps: [
    { at: '2026-11-21T02:00:00Z', status: 'SUBMITTED' },
    { at: '2026-11-21T02:00:00Z', status: 'ACCEPTED' },
    { at: '2026-11-21T02:00:00Z', status: 'COMPLETED' },
  ],
};

afterEach(() => vi.unstubAllGlobals());

async function trackAndPick(evaluated: boolean) {
  const requests = stubGateway({
    PublicCaseProgress: () => ({ data: { caseProgress: progress } }),
    PublicEvaluateCase: () =>
      evaluated
        ? { errors: [{ message: 'this case has already been evaluated', extensions: { code: 'CONFLICT' } }] }
        : { data: { evaluateCase: { id: 'e1', level: 5, evaluatedAt: '2026-11-21T03:00:00Z' } } },
  });
  const wrapper = mount(TrackCase, { global: { plugins: [ElementPlus] }, attachTo: document.body });
  const [number, tail] = wrapper.findAll('input');
  await number?.setValue(' zw202611210001 ');
  await tail?.setValue('0328');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  return { wrapper, requests };
}

describe('tracking and evaluating a case', () => {
  it('refuses a tail that is not four digits without asking the gateway', async () => {
    const requests = stubGateway({});
    const wrapper = mount(TrackCase, { global: { plugins: [ElementPlus] } });
    const [number, tail] = wrapper.findAll('input');
    await number?.setValue('ZW1');
    await tail?.setValue('12');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // Element Plus shows a form item's message 100 ms after its state turns to error.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(wrapper.text()).toContain('请输入申请时所留手机号的后四位数字');
    expect(requests).toEqual([]);
  });

  it('shows the steps and the five levels; 非常满意 is sent with the number and tail', async () => {
    const { wrapper, requests } = await trackAndPick(false);
    expect(requests[0]).toEqual({ operation: 'PublicCaseProgress', variables: { number: 'ZW202611210001', phoneTail: '0328' } });
    expect(wrapper.text()).toContain('已办结');
    const levels = wrapper.findAll('.evaluate-case__level');
    expect(levels.map((level) => level.find('.evaluate-case__level-name').text())).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    await levels[0]?.find('input').setValue(true);
    await wrapper.find('.evaluate-case form').trigger('submit');
    await flushPromises();
    expect(requests[1]?.variables).toMatchObject({ input: { number: 'ZW202611210001', phoneTail: '0328', level: 5 } });
    expect(wrapper.text()).toContain('感谢您的评价');
    wrapper.unmount();
  });

  it('says politely that a case is evaluated once', async () => {
    const { wrapper } = await trackAndPick(true);
    await wrapper.findAll('.evaluate-case__level')[0]?.find('input').setValue(true);
    await wrapper.find('.evaluate-case form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('该办件已经评价过了');
    expect(wrapper.find('.el-alert--info').exists()).toBe(true);
    wrapper.unmount();
  });
});
