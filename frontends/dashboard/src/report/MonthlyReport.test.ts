import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import { i18n } from '../messages';
import { createAppRouter } from '../router';
import { buildReport } from './build';
import type { ReportData } from './model';

/** Nothing but the cases subgraph's overdue cases and bad reviews: every other section is unavailable. */
const answer: ReportData = {
  caseStats: null,
  evaluationStats: null,
  dutyStats: null,
  inspectionStats: null,
  badReviewStats: null,
  complaintStats: null,
  escalationStats: null,
  monthlyReport: null,
  visitEpisodes: null,
  overdueCases: [
    { id: 'c1', number: 'ZW2026111000042', status: 'UNDER_REVIEW', dueAt: '2026-11-18T09:00:00Z', completedAt: null, department: { shortName: '公安' }, matter: { name: '往来港澳通行证' } },
    { id: 'c2', number: 'ZW2026111000043', status: 'DELIVERED', dueAt: '2026-11-10T09:00:00Z', completedAt: '2026-11-12T09:00:00Z', department: { shortName: '公安' }, matter: { name: '居住证' } },
  ],
  badReviews: [
    { id: 'e1', level: 1, comment: '等候太久', evaluatedAt: '2026-11-12T02:00:00Z', rectificationStatus: 'IN_PROGRESS', department: { shortName: '公安' }, window: { number: 'B01' }, case: { number: 'ZW1' } },
  ],
  inspections: null,
  inspectionSettings: null,
};

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the monthly report’s enum values', () => {
  it('are labelled in the Chinese report: 审查中 and 已送达, never UNDER_REVIEW or DELIVERED', async () => {
    signInAs('manager');
    stubGateway({ MonthlyReport: () => ({ data: answer }) });
    const router = createAppRouter(createMemoryHistory());
    await router.push('/dashboard/report/2026-11');
    await router.isReady();
    const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: [ElementPlus, i18n, router] } });
    await settle();

    const overdue = wrapper.get('[data-report="overdue"]').text();
    expect(overdue).toContain('审查中');
    expect(overdue).toContain('已送达');
    expect(wrapper.get('[data-report="bad-reviews"]').text()).toContain('整改中');
    expect(wrapper.text()).not.toMatch(/UNDER_REVIEW|DELIVERED|IN_PROGRESS/);
    wrapper.unmount();
  });

  it('are labelled in the workbook’s rows too', () => {
    const report = buildReport('2026-11', answer);
    expect(report.overdueCases?.map((row) => row.status)).toEqual(['审查中', '已送达']);
    expect(report.badReviews?.[0]?.handling).toBe('整改中');
  });

  it('labels the bad reviews’ tags in the desks’ section and says which figures are unavailable', async () => {
    signInAs('manager');
    const withDesks: ReportData = {
      ...answer,
      badReviewStats: {
        reviews: 2,
        rectified: 1,
        rectifiedOnTime: 1,
        onTimeRate: 1,
        callbacksDue: 1,
        callbacksDone: 1,
        callbackRate: 1,
        appeals: 0,
        appealsUpheld: 0,
        byTag: [
          { tag: 'NOT_TOLD_AT_ONCE', count: 2 },
          { tag: 'SYSTEM_FAILURE', count: 0 },
        ],
      },
      escalationStats: { raised: 3, automatic: 2, responded: 1, respondedOnTime: 1, climbed: 1, open: 2 },
    };
    stubGateway({ MonthlyReport: () => ({ data: withDesks }) });
    const router = createAppRouter(createMemoryHistory());
    await router.push('/dashboard/report/2026-11');
    await router.isReady();
    const wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: [ElementPlus, i18n, router] } });
    await settle();

    const desks = wrapper.get('[data-report="desks"]');
    expect(desks.get('[data-report-part="tags"]').text()).toContain('未一次性告知');
    expect(desks.get('[data-report-part="tags"]').text()).toContain('系统故障');
    expect(desks.get('[data-report-part="escalations"]').text()).toContain('督办升级至大厅领导');
    expect(desks.find('[data-report-part="complaints"]').exists()).toBe(false);
    expect(desks.text()).toContain('暂不可用');
    expect(desks.text()).not.toMatch(/NOT_TOLD_AT_ONCE|SYSTEM_FAILURE/);
    wrapper.unmount();
  });
});
