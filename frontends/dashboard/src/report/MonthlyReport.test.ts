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
  departments: null,
  rankingWeights: null,
  overdueCases: [
    { id: 'c1', number: 'ZW2026111000042', status: 'UNDER_REVIEW', dueAt: '2026-11-18T09:00:00Z', completedAt: null, department: { shortName: '公安' }, matter: { name: '往来港澳通行证' } },
    { id: 'c2', number: 'ZW2026111000043', status: 'DELIVERED', dueAt: '2026-11-10T09:00:00Z', completedAt: '2026-11-12T09:00:00Z', department: { shortName: '公安' }, matter: { name: '居住证' } },
  ],
  badReviews: [
    { id: 'e1', level: 1, comment: '等候太久', evaluatedAt: '2026-11-12T02:00:00Z', rectificationStatus: 'IN_PROGRESS', department: { id: 'd1', shortName: '公安' }, window: { number: 'B01' }, case: { number: 'ZW1' } },
  ],
  inspections: null,
  inspectionSettings: null,
  staffRecords: null,
  windowRecords: null,
  unattendedIncidents: null,
  recognitions: null,
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
});
