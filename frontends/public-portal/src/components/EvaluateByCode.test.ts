import { settle, signInAs, stubGateway, type StubHandler } from '@hall/styleguide/testing';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routerAt } from '../testing/router';
import EvaluateByCode from './EvaluateByCode.vue';

const CODE = '7K3MQ9ZT2HX4BC1D';
const invitation = (evaluated: boolean) => ({
  number: 'ZW2026120300001',
  matter: { id: 'm1', name: '食品经营许可' },
  department: { id: 'd1', name: '市场监督管理局' },
  completedAt: '2026-12-03T03:00:00Z',
  evaluated,
});
const thanks: StubHandler = () => ({ data: { evaluateCase: { id: 'e1', level: 5, evaluatedAt: '2026-12-03T04:00:00Z' } } });

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** The authorization header of every request the stubbed gateway received. */
function authorizations(): Array<string | null> {
  return vi.mocked(fetch).mock.calls.map(([, init]) => new Headers(init?.headers).get('authorization'));
}

async function open(url: string, handlers: Record<string, StubHandler>) {
  const router = await routerAt(url);
  const requests = stubGateway(handlers);
  const wrapper = mount(EvaluateByCode, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
  await settle();
  return { wrapper, requests };
}

async function rateVerySatisfied(wrapper: Awaited<ReturnType<typeof open>>['wrapper']): Promise<void> {
  await wrapper.findAll('.evaluate-case__level')[0]?.find('input').setValue(true);
  await wrapper.find('.evaluate-case form').trigger('submit');
  await flushPromises();
}

describe('evaluating a case with its evaluation code (一事一评)', () => {
  it('on the desk’s tablet: loads the case from the link and sends 非常满意 for the tablet, without the clerk’s token', async () => {
    signInAs('staff', 'd1');
    const { wrapper, requests } = await open(`/evaluate?code=${CODE}&channel=WINDOW_TABLET`, {
      PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: invitation(false) } }),
      PublicEvaluateCase: thanks,
    });
    expect(requests[0]).toEqual({ operation: 'PublicEvaluationInvitation', variables: { code: CODE } });
    // Shown as the notice prints it.
    expect((wrapper.find('.evaluate-by-code__form input').element as HTMLInputElement).value).toBe('7K3M-Q9ZT-2HX4-BC1D');
    const card = wrapper.find('.evaluate-by-code__case').text();
    for (const expected of ['ZW2026120300001', '食品经营许可', '市场监督管理局', '待评价']) expect(card).toContain(expected);
    // The channel is the tablet's, not the applicant's pick.
    expect(wrapper.find('.evaluate-case__channel').text()).toBe('窗口评价平板');
    await rateVerySatisfied(wrapper);
    expect(requests[1]).toEqual({
      operation: 'PublicEvaluateCase',
      variables: { input: { code: CODE, level: 5, channel: 'WINDOW_TABLET', comment: null, realName: true } },
    });
    expect(authorizations()).toEqual([null, null]);
    expect(wrapper.text()).toContain('感谢您的评价');
    expect(wrapper.find('.evaluate-by-code__state').text()).toBe('已评价');
    wrapper.unmount();
  });

  it('offers the 差评 tags with a bad rating only, and sends the ones chosen', async () => {
    const { wrapper, requests } = await open(`/evaluate?code=${CODE}`, {
      PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: invitation(false) } }),
      PublicEvaluateCase: () => ({ data: { evaluateCase: { id: 'e1', level: 1, evaluatedAt: '2026-12-03T04:00:00Z' } } }),
    });
    expect(wrapper.find('.evaluate-case__tags').exists()).toBe(false);
    // 非常不满意, the last of the five levels (best first).
    await wrapper.findAll('.evaluate-case__level')[4]?.find('input').setValue(true);
    await flushPromises();
    const tags = wrapper.findAll('.evaluate-case__tags label');
    expect(tags.map((tag) => tag.text())).toContain('多次跑动');
    await tags.find((tag) => tag.text() === '多次跑动')?.find('input').setValue(true);
    await wrapper.find('.evaluate-case form').trigger('submit');
    await flushPromises();
    expect(requests[1]?.variables).toMatchObject({ input: { code: CODE, level: 1, tags: ['REPEATED_TRIPS'] } });
    wrapper.unmount();
  });

  it('takes a code typed from paper with hyphens, spaces, lower case and look-alike letters', async () => {
    const { wrapper, requests } = await open('/evaluate', { PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: invitation(false) } }) });
    expect(requests).toEqual([]);
    await wrapper.find('.evaluate-by-code__form input').setValue(' 7k3m-q9zt 2hx4-bcid ');
    await wrapper.find('.evaluate-by-code__form').trigger('submit');
    await flushPromises();
    expect(requests).toEqual([{ operation: 'PublicEvaluationInvitation', variables: { code: CODE } }]);
    // Not opened for a channel: the applicant picks PC or phone.
    expect(wrapper.find('.evaluate-case [role="radiogroup"][aria-label="评价渠道"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('refuses a code of the wrong shape without asking the gateway', async () => {
    const { wrapper, requests } = await open('/evaluate', {});
    await wrapper.find('.evaluate-by-code__form input').setValue('ZW2026120300001');
    await wrapper.find('.evaluate-by-code__form').trigger('submit');
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(wrapper.text()).toContain('评价码为 16 位字母和数字');
    expect(requests).toEqual([]);
    wrapper.unmount();
  });

  it('says kindly that an unknown code finds no case', async () => {
    const { wrapper } = await open(`/evaluate?code=${CODE}`, { PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: null } }) });
    expect(wrapper.find('.evaluate-by-code__failure').text()).toContain('未找到该评价码对应的办件');
    expect(wrapper.find('.evaluate-case').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows an already rated case as rated, with no form', async () => {
    const { wrapper, requests } = await open(`/evaluate?code=${CODE}`, { PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: invitation(true) } }) });
    expect(wrapper.find('.evaluate-by-code__already').text()).toContain('该办件已经评价过了');
    expect(wrapper.find('.evaluate-case').exists()).toBe(false);
    expect(requests).toHaveLength(1);
    wrapper.unmount();
  });

  it('says "already evaluated" when the rating lost a race with another', async () => {
    const { wrapper } = await open(`/evaluate?code=${CODE}`, {
      PublicEvaluationInvitation: () => ({ data: { evaluationInvitation: invitation(false) } }),
      PublicEvaluateCase: () => ({ errors: [{ message: 'this case has already been evaluated', extensions: { code: 'CONFLICT' } }] }),
    });
    await rateVerySatisfied(wrapper);
    expect(wrapper.find('.evaluate-case .el-alert--info').text()).toContain('该办件已经评价过了');
    wrapper.unmount();
  });

  it('tells how many minutes to wait when the attempts are used up', async () => {
    const { wrapper } = await open(`/evaluate?code=${CODE}`, {
      PublicEvaluationInvitation: () => ({ errors: [{ message: 'too many attempts', extensions: { code: 'RATE_LIMITED', retryAfter: 600 } }] }),
    });
    expect(wrapper.find('.evaluate-by-code__failure').text()).toContain('尝试次数过多，请 10 分钟后再试');
    wrapper.unmount();
  });
});
