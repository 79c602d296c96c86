import { GraphQLRequestError, setLocale } from '@hall/styleguide';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { describeReferError } from '../referrals';
import type { DeskReferral } from './ReferralInbox.graphql';
import ReferralInbox from './ReferralInbox.vue';

afterEach(() => setLocale('zh-CN'));

const referral: DeskReferral = {
  id: 'c1',
  number: 'ZW2026120100001',
  submittedAt: '2026-12-01T02:00:00Z',
  matter: { id: 'm1', name: '居民身份证换领' },
  department: { id: 'd1', name: '市公安局' },
  referredTo: { id: 'd2', name: '市市场监管局' },
  firstOwner: { id: 's1', name: '王晓燕' },
  events: [
    { at: '2026-12-01T02:00:00Z', to: 'SUBMITTED', reason: null },
    { at: '2026-12-01T02:10:00Z', to: 'REFERRED', reason: '属市场监管局职责' },
  ],
};

async function mounted(canRegister: boolean) {
  const wrapper = mount(ReferralInbox, { props: { referrals: [referral], label: '转入待登记', canRegister }, global: { plugins: [ElementPlus] } });
  await flushPromises();
  await wrapper.vm.$nextTick();
  return wrapper;
}

describe('the referral inbox', () => {
  it('lists the referring case, its department, first-inquiry owner and reason, and registers it', async () => {
    const wrapper = await mounted(true);
    const text = wrapper.text();
    expect(text).toContain('ZW2026120100001');
    expect(text).toContain('市公安局');
    expect(text).toContain('王晓燕');
    expect(text).toContain('属市场监管局职责');
    await wrapper.find('.referral-inbox__register').trigger('click');
    expect(wrapper.emitted('register')).toEqual([[referral]]);
  });

  it('shows the manager the receiving department and no register button, in English too', async () => {
    setLocale('en');
    const wrapper = await mounted(false);
    expect(wrapper.find('.referral-inbox__register').exists()).toBe(false);
    expect(wrapper.text()).toContain('市市场监管局');
    expect(wrapper.text()).toContain('Original case');
  });
});

describe('referral refusals', () => {
  const refused = (code: string, field?: string) => new GraphQLRequestError(code, 'server text', { errors: [{ message: 'server text', extensions: { code, field } }] });

  it('translates a referral to the own department from extensions.code and field, never the server’s text', () => {
    expect(describeReferError(refused('BAD_USER_INPUT', 'toDepartmentId'))).toBe('不能转办至本部门，请选择承办该事项的其他部门');
    expect(describeReferError(refused('BAD_USER_INPUT', 'referredFromCaseId'))).toBe('该办件未转办至本部门，不能据此登记');
    setLocale('en');
    expect(describeReferError(refused('BAD_USER_INPUT', 'toDepartmentId'))).toContain('its own department');
    expect(describeReferError(refused('FORBIDDEN'))).toBe('You may not handle this referral');
  });

});
