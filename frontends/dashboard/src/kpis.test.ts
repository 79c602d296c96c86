import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardData } from './dashboard.graphql';
import { badReviewKpis, complaintKpis, escalationKpis } from './kpis';

afterEach(() => setLocale('zh-CN'));

const desks = {
  complaintStats: { received: 8, answered: 6, answeredOnTime: 5, onTimeRate: 5 / 6, overdueOpen: 1, closed: 4, satisfied: 3, satisfactionRate: 0.75 },
  badReviewStats: {
    reviews: 5,
    rectified: 4,
    rectifiedOnTime: 3,
    onTimeRate: 0.75,
    callbacksDue: 4,
    callbacksDone: 3,
    callbackRate: 0.75,
    appeals: 2,
    appealsUpheld: 1,
    byTag: [],
  },
  escalationStats: { raised: 6, automatic: 5, responded: 4, respondedOnTime: 3, climbed: 1, open: 2 },
} satisfies Partial<DashboardData>;

function answer(fields: Partial<DashboardData>): DashboardData {
  return { ...fields } as DashboardData;
}

describe('the desks’ KPI cards', () => {
  it('show the complaint figures with on-time answers and satisfaction, overdue ones in red', () => {
    const kpis = complaintKpis(answer(desks));
    expect(kpis?.map((kpi) => [kpi.label, kpi.value, kpi.tone])).toEqual([
      ['受理投诉', '8', undefined],
      ['已答复', '6', undefined],
      ['按时答复率', '83.3%', undefined],
      ['逾期未答复', '1', 'danger'],
      ['投诉人满意率', '75%', undefined],
    ]);
  });

  it('show the bad-review desk’s rates, a callback short of the 100 % rule standing out, and appeals upheld', () => {
    const kpis = badReviewKpis(answer(desks));
    expect(kpis?.map((kpi) => [kpi.label, kpi.value, kpi.tone])).toEqual([
      ['差评数', '5', undefined],
      ['按时整改率', '75%', undefined],
      ['回访率', '75%', 'warning'],
      ['申诉 / 申诉成立', '2 / 1', undefined],
    ]);
    const complete = badReviewKpis(answer({ badReviewStats: { ...desks.badReviewStats, callbacksDone: 4, callbackRate: 1 } }));
    expect(complete?.[2]?.tone).toBeUndefined();
  });

  it('show escalations answered on time and those that climbed to leadership, in English too', () => {
    setLocale('en');
    expect(escalationKpis(answer(desks))?.map((kpi) => [kpi.label, kpi.value, kpi.tone])).toEqual([
      ['Raised', '6', undefined],
      ['On time / answered', '3 / 4', undefined],
      ['Climbed to leadership', '1', 'danger'],
      ['Awaiting response', '2', 'warning'],
    ]);
  });

  it('are unavailable (null) when the cases subgraph did not answer them', () => {
    const partial = answer({ complaintStats: null, badReviewStats: null, escalationStats: null });
    expect(complaintKpis(partial)).toBeNull();
    expect(badReviewKpis(partial)).toBeNull();
    expect(escalationKpis(partial)).toBeNull();
    expect(complaintKpis(null)).toBeNull();
  });
});
