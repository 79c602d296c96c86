import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGateway } from '@hall/styleguide/testing';
import { routerAt } from '../testing/router';
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

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function track(answer: Parameters<typeof stubGateway>[0][string]) {
  const requests = stubGateway({ PublicCaseProgress: answer });
  const wrapper = mount(TrackCase, { global: { plugins: [ElementPlus, await routerAt('/track')] }, attachTo: document.body });
  const [number, tail] = wrapper.findAll('input');
  await number?.setValue(' zw202611210001 ');
  await tail?.setValue('0328');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  return { wrapper, requests };
}

describe('tracking a case', () => {
  it('refuses a tail that is not four digits without asking the gateway', async () => {
    const requests = stubGateway({});
    const wrapper = mount(TrackCase, { global: { plugins: [ElementPlus, await routerAt('/track')] } });
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

  it('shows the steps of a completed case and sends the applicant to the evaluation code instead of rating it here', async () => {
    const { wrapper, requests } = await track(() => ({ data: { caseProgress: progress } }));
    expect(requests).toEqual([{ operation: 'PublicCaseProgress', variables: { number: 'ZW202611210001', phoneTail: '0328' } }]);
    expect(wrapper.text()).toContain('已办结');
    expect(wrapper.find('.evaluate-case').exists()).toBe(false);
    expect(wrapper.text()).toContain('评价请使用办结通知书上的评价码，或短信中的评价链接');
    const link = wrapper.find('a.track-case__evaluate-link');
    expect(link.attributes('href')).toBe('/evaluate');
    await link.trigger('click', { button: 0 });
    // vue-router navigates asynchronously.
    await flushPromises();
    expect(window.location.pathname).toBe('/evaluate');
    wrapper.unmount();
  });

  it('names the first-inquiry owner (首问责任人) by the badge: name and post, nothing personal', async () => {
    const { wrapper } = await track(() => ({ data: { caseProgress: { ...progress, firstOwner: { id: 's1', name: '王晓燕', post: 'ACCEPTANCE' } } } }));
    expect(wrapper.find('.progress-card__first-owner').text()).toBe('王晓燕（综合受理岗）');
    wrapper.unmount();
  });

  it('says how long to wait when the attempts are used up', async () => {
    const { wrapper } = await track(() => ({ errors: [{ message: 'too many attempts', extensions: { code: 'RATE_LIMITED', retryAfter: 900 } }] }));
    expect(wrapper.find('[role="alert"]').text()).toContain('尝试次数过多，请 15 分钟后再试');
    wrapper.unmount();
  });
});
