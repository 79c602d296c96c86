import { setLocale } from '@hall/styleguide';
import { settle, signInAs, stubGateway, type StubAnswer } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { CaseDetail } from '../case.graphql';
import { createAppRouter } from '../router';
import CaseDrawer from './CaseDrawer.vue';
import CaseVisits from './CaseVisits.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('zh-CN');
  document.body.innerHTML = '';
});

const CLERK = '5d6f1f0e-2c1a-4c55-9f7e-0c1f2a3b4c5d';

function openCase(extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'c1',
    number: 'ZW2026120300001',
    status: 'SUPPLEMENT_REQUESTED',
    applicantName: '陈晓雯',
    applicantIdNumber: '11010519491231002X',
    applicantPhone: '13957160328',
    submittedAt: '2026-12-01T02:00:00Z',
    acceptedAt: null,
    dueAt: null,
    pausedSince: null,
    warning: 'NONE',
    clock: { state: 'STOPPED', timeLeft: null },
    escalations: [],
    instant: false,
    version: 2,
    matter: { id: 'm1', name: '食品经营许可' },
    matterSnapshot: { name: '食品经营许可', code: 'SC-001', version: 1, kind: 'COMMITTED', committedLimitDays: 10, materials: ['营业执照', '场所证明'] },
    completedAt: null,
    decidedAt: null,
    deliveredAt: null,
    evaluationCode: null,
    evaluationUrl: null,
    preWarningAt: null,
    supervisionDueAt: null,
    pausedWorkingDays: 0,
    visits: 1,
    repeatNotices: 0,
    department: { id: 'd1', name: '市场监督管理局', shortName: '市场监管' },
    referredTo: null,
    firstOwner: { id: CLERK, name: '刘洋' },
    window: null,
    events: [
      { at: '2026-12-01T02:00:00Z', from: null, to: 'SUBMITTED', actorId: CLERK, actorRole: 'staff', reason: null, data: {} },
      { at: '2026-12-01T02:05:00Z', from: 'SUBMITTED', to: 'SUPPLEMENT_REQUESTED', actorId: CLERK, actorRole: 'staff', reason: null, data: {} },
    ],
    visitLog: [{ at: '2026-12-01T02:00:00Z', purpose: '提交申请' }],
    supplementNotices: [],
    availableActions: ['RESUBMIT', 'WITHDRAW'],
    ...extra,
  };
}

const withVisit = (kase: CaseDetail, purpose: string): CaseDetail => ({
  ...kase,
  visits: kase.visits + 1,
  visitLog: [...kase.visitLog, { at: '2026-12-02T06:30:00Z', purpose }],
});

describe('CaseVisits', () => {
  it('records a visit with a purpose picked from the list and shows the visit log after', async () => {
    let recorded = openCase();
    const requests = stubGateway({
      CaseDeskRecordVisit: (variables) => {
        const input = variables.input as { purpose: string };
        recorded = withVisit(recorded, input.purpose);
        return { data: { recordVisit: recorded } };
      },
    });
    const wrapper = mount(CaseVisits, { props: { kase: openCase() }, global: { plugins: [ElementPlus] }, attachTo: document.body });

    expect(wrapper.get('.case-visits__count').text()).toBe('共到厅 1 次');
    expect(wrapper.findAll('.case-visits__purpose').map((item) => item.text())).toEqual(['提交申请']);
    await wrapper.get('.case-visits__open').trigger('click');
    expect(wrapper.findAll('.el-radio-button').map((option) => option.text())).toEqual(['补齐材料', '领取结果', '咨询']);
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined();
    await wrapper.findAll('.el-radio-button input')[2]?.setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(requests).toEqual([{ operation: 'CaseDeskRecordVisit', variables: { input: { id: 'c1', purpose: '咨询' } } }]);
    const [[answer, purpose] = []] = (wrapper.emitted('recorded') ?? []) as Array<[CaseDetail, string]>;
    expect(purpose).toBe('咨询');
    expect(answer?.visits).toBe(2);
    await wrapper.setProps({ kase: answer as CaseDetail });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('.case-visits__count').text()).toBe('共到厅 2 次');
    // Newest first.
    expect(wrapper.findAll('.case-visits__purpose').map((item) => item.text())).toEqual(['咨询', '提交申请']);
    setLocale('en');
    await settle();
    expect(wrapper.findAll('.case-visits__purpose').map((item) => item.text())).toEqual(['Enquiry', 'Application']);
    expect(wrapper.get('.case-visits__count').text()).toBe('2 visits in all');
    wrapper.unmount();
  });

  it('shows a refusal translated from its code, not the server’s English, and changes nothing on screen', async () => {
    const refusals: StubAnswer[] = [
      { errors: [{ message: 'this case belongs to another department', extensions: { code: 'FORBIDDEN' } }] },
      { errors: [{ message: 'purpose: Too big', extensions: { code: 'BAD_USER_INPUT' } }] },
    ];
    stubGateway({ CaseDeskRecordVisit: () => refusals.shift() ?? { data: null } });
    const wrapper = mount(CaseVisits, { props: { kase: openCase() }, global: { plugins: [ElementPlus] }, attachTo: document.body });
    await wrapper.get('.case-visits__open').trigger('click');
    await wrapper.findAll('.el-radio-button input')[0]?.setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('该办件不属于您的部门，不能为其登记到厅');
    expect(wrapper.text()).not.toContain('another department');
    expect(wrapper.emitted('recorded')).toBeUndefined();
    expect(wrapper.get('.case-visits__count').text()).toBe('共到厅 1 次');

    setLocale('en');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('That purpose is not valid; pick one again');
    expect(wrapper.text()).not.toContain('Too big');
    wrapper.unmount();
  });
});

describe('the case drawer', () => {
  it('offers to record a visit and shows it in the log and on the trail', async () => {
    signInAs('staff', 'd1');
    let kase = openCase();
    stubGateway({
      CaseDeskCase: () => ({ data: { case: kase } }),
      CaseDeskStaffNames: () => ({ data: { s0: { id: CLERK, name: '刘洋' } } }),
      CaseDeskRecordVisit: (variables) => {
        kase = withVisit(kase, (variables.input as { purpose: string }).purpose);
        return { data: { recordVisit: kase } };
      },
    });
    const router = createAppRouter(createMemoryHistory());
    await router.push('/desk');
    const wrapper = mount(CaseDrawer, { props: { caseId: 'c1', departments: [] }, global: { plugins: [ElementPlus, router] }, attachTo: document.body });
    await settle();
    const drawer = document.body.querySelector('.case-drawer');
    expect(drawer?.querySelector('.case-visits')).not.toBeNull();
    (drawer?.querySelector('.case-visits__open') as HTMLButtonElement).click();
    await settle();
    (drawer?.querySelectorAll<HTMLInputElement>('.case-visits .el-radio-button input')[0] as HTMLInputElement).click();
    await settle();
    (drawer?.querySelector('.case-visits button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(drawer?.querySelector('.case-visits__count')?.textContent).toBe('共到厅 2 次');
    expect(drawer?.querySelector('.case-timeline')?.textContent).toContain('到厅：补齐材料');
    expect(wrapper.emitted('changed')).toHaveLength(1);
    wrapper.unmount();
  });
});
