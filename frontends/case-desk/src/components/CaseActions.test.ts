import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import type { CaseAction as LifecycleStep } from '../gql/graphql';
import CaseActions from './CaseActions.vue';

/** Mounted with the case's `availableActions` as the subgraph gives them for a status. */
function offered(steps: LifecycleStep[]) {
  const wrapper = mount(CaseActions, { props: { steps }, global: { plugins: [ElementPlus] } });
  return { wrapper, labels: wrapper.findAll('button').map((button) => button.text()) };
}

describe('the steps a case offers at the desk', () => {
  it('offers accept first, then the notice, referral, refusal and withdrawal on a new case', () => {
    const { labels, wrapper } = offered(['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFER', 'REJECT', 'WITHDRAW']);
    expect(labels).toEqual(['受理', '一次性告知', '转办', '不予受理', '撤回']);
    expect(wrapper.find('[data-action="accept"]').classes()).toContain('el-button--primary');
    expect(wrapper.find('[data-action="reject"]').classes()).toContain('el-button--danger');
  });

  it('offers review steps once accepted, and the decision during review', () => {
    expect(offered(['START_REVIEW', 'REQUEST_SUPPLEMENT', 'WITHDRAW']).labels).toEqual(['开始审查', '一次性告知', '撤回']);
    expect(offered(['APPROVE', 'DENY', 'REQUEST_SUPPLEMENT', 'SUSPEND', 'WITHDRAW']).labels).toEqual(['准予许可', '不予许可', '一次性告知', '中止', '撤回']);
    expect(offered(['DELIVER']).labels).toEqual(['送达']);
  });

  it('says so on a closed case and emits the step clicked', async () => {
    expect(offered([]).wrapper.text()).toContain('该办件已结束');
    const { wrapper } = offered(['RESUME', 'WITHDRAW']);
    await wrapper.find('[data-action="resume"]').trigger('click');
    expect(wrapper.emitted('act')).toEqual([['resume']]);
  });
});
