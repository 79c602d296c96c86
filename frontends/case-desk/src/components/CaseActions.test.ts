import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../api';
import CaseActions from './CaseActions.vue';

function offered(status: CaseStatus, accepted: boolean) {
  const wrapper = mount(CaseActions, { props: { status, accepted }, global: { plugins: [ElementPlus] } });
  return { wrapper, labels: wrapper.findAll('button').map((button) => button.text()) };
}

describe('the steps a case offers at the desk', () => {
  it('offers accept first, then the notice, referral, refusal and withdrawal on a new case', () => {
    const { labels, wrapper } = offered('SUBMITTED', false);
    expect(labels).toEqual(['受理', '一次性告知', '转办', '不予受理', '撤回']);
    expect(wrapper.find('[data-action="accept"]').classes()).toContain('el-button--primary');
    expect(wrapper.find('[data-action="reject"]').classes()).toContain('el-button--danger');
  });

  it('offers review steps once accepted, and the decision during review', () => {
    expect(offered('RESUBMITTED', true).labels).toEqual(['开始审查', '一次性告知', '撤回']);
    expect(offered('UNDER_REVIEW', true).labels).toEqual(['准予许可', '不予许可', '一次性告知', '中止', '撤回']);
    expect(offered('COMPLETED', true).labels).toEqual(['送达']);
  });

  it('says so on a closed case and emits the step clicked', async () => {
    expect(offered('NOT_ACCEPTED', false).wrapper.text()).toContain('该办件已结束');
    const { wrapper } = offered('SUSPENDED', true);
    await wrapper.find('[data-action="resume"]').trigger('click');
    expect(wrapper.emitted('act')).toEqual([['resume']]);
  });
});
