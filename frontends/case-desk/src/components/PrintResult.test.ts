import { settle, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { CaseDetail } from '../case.graphql';
import type { CaseStatus } from '../gql/graphql';
import { createAppRouter } from '../router';
import { readQrPath } from '../testing/read-qr';
import CaseEvaluation from './CaseEvaluation.vue';
import PrintResult from './PrintResult.vue';

const CLERK = '5d6f1f0e-2c1a-4c55-9f7e-0c1f2a3b4c5d';
const CODE = '7K3MQ9ZT2HX4BC1D';
const URL = `http://localhost:9000/evaluate?code=${CODE}`;

function completedCase(status: CaseStatus, evaluation: { evaluationCode: string | null; evaluationUrl: string | null }): CaseDetail {
  return {
    id: 'c1',
    number: 'ZW2026120300001',
    status,
    applicantName: '陈晓雯',
    applicantIdNumber: '11010519491231002X',
    applicantPhone: '13957160328',
    submittedAt: '2026-12-01T02:00:00Z',
    acceptedAt: '2026-12-01T02:10:00Z',
    dueAt: null,
    pausedSince: null,
    warning: 'NONE',
    clock: { state: status === 'UNDER_REVIEW' ? 'RUNNING' : 'STOPPED', timeLeft: null },
    instant: false,
    version: 6,
    matter: { id: 'm1', name: '食品经营许可' },
    matterSnapshot: { name: '食品经营许可', code: 'SC-001', version: 1, kind: 'COMMITTED', committedLimitDays: 10, materials: [] },
    completedAt: status === 'UNDER_REVIEW' ? null : '2026-12-03T03:00:00Z',
    decidedAt: null,
    deliveredAt: null,
    ...evaluation,
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
      { at: '2026-12-02T02:00:00Z', from: 'UNDER_REVIEW', to: 'APPROVED', actorId: CLERK, actorRole: 'staff', reason: null, data: {} },
      ...(status === 'UNDER_REVIEW' ? [] : [{ at: '2026-12-03T03:00:00Z', from: 'APPROVED' as const, to: 'COMPLETED' as const, actorId: CLERK, actorRole: 'staff', reason: null, data: {} }]),
    ],
    visitLog: [],
    supplementNotices: [],
    availableActions: status === 'COMPLETED' ? ['DELIVER'] : [],
    escalations: [],
  };
}

async function printed(kase: CaseDetail) {
  stubGateway({
    CaseDeskCase: () => ({ data: { case: kase } }),
    CaseDeskStaffNames: () => ({ data: { s0: { id: CLERK, name: '刘洋' } } }),
  });
  const router = createAppRouter(createMemoryHistory());
  await router.push(`/desk/print/result/${kase.id}`);
  await router.isReady();
  const wrapper = mount(PrintResult, { props: { caseId: kase.id }, global: { plugins: [ElementPlus, router] } });
  await settle();
  return wrapper;
}

afterEach(() => vi.unstubAllGlobals());

describe('the result notice (办结通知书)', () => {
  it('prints the outcome, the grouped evaluation code and a QR code that reads back as the evaluation link', async () => {
    const wrapper = await printed(completedCase('COMPLETED', { evaluationCode: CODE, evaluationUrl: URL }));
    const sheet = wrapper.find('.case-print__sheet');
    expect(sheet.text()).toContain('办结通知书');
    expect(sheet.text()).toContain('准予许可');
    expect(sheet.text()).toContain('经办人：刘洋');
    expect(sheet.find('.case-print__code-value').text()).toBe('7K3M-Q9ZT-2HX4-BC1D');
    // Typed by hand: the page without the code; the code itself is only in the QR and in the box.
    expect(sheet.text()).toContain('http://localhost:9000/evaluate 并输入');
    const qr = sheet.find('svg.qr-code');
    const [, , size] = (qr.attributes('viewBox') ?? '').split(' ').map(Number);
    expect(readQrPath(size ?? 0, qr.find('path').attributes('d') ?? '')).toBe(URL);
  });

  it('prints no invitation when the reader may not see the code', async () => {
    const wrapper = await printed(completedCase('DELIVERED', { evaluationCode: null, evaluationUrl: null }));
    expect(wrapper.find('.case-print__sheet').text()).toContain('办结通知书');
    expect(wrapper.find('svg.qr-code').exists()).toBe(false);
    expect(wrapper.find('.case-print__evaluation').exists()).toBe(false);
  });

  it('has nothing to print before the case is completed', async () => {
    const wrapper = await printed(completedCase('UNDER_REVIEW', { evaluationCode: null, evaluationUrl: null }));
    expect(wrapper.find('.case-print__sheet').exists()).toBe(false);
    expect(wrapper.text()).toContain('该办件尚未办结');
  });
});

describe('the drawer’s evaluation part', () => {
  it('shows the code grouped and opens the public evaluate page for the window tablet in a new page', () => {
    const wrapper = mount(CaseEvaluation, { props: { code: CODE }, global: { plugins: [ElementPlus] } });
    expect(wrapper.find('.case-evaluation__value').text()).toBe('7K3M-Q9ZT-2HX4-BC1D');
    const tablet = wrapper.find('a.case-evaluation__tablet');
    expect(tablet.text()).toBe('在平板上评价');
    expect(tablet.attributes('href')).toBe(`/evaluate?code=${CODE}&channel=WINDOW_TABLET`);
    expect(tablet.attributes('target')).toBe('_blank');
  });
});
