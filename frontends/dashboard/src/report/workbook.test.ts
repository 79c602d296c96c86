// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build';
import type { ReportData } from './model';
import { SHEETS, workbookBytes } from './workbook';

const caseStats = { accepted: 40, completed: 38, completionRate: 0.95, completedOnTime: 37, onTimeRate: 0.9737, instantCount: 12, oneVisitRate: 0.9, episodes: 36, honestOneVisitRate: 0.8611, twoVisitRate: 1, threeVisitRate: 1, preWarnings: 2, yellowCards: 1, redCards: 0 };
const evaluationStats = { total: 30, byLevel: [], satisfactionRate: 0.9667, goodRate: 1, badRate: 0.0333, evaluationRate: 0.79 };
type Written = NonNullable<ReportData['monthlyReport']>;
type Entry = Written['ranking']['entries'][number];
const entry = (id: string, name: string, figures: Partial<Entry>, parent: string | null = null): Entry => ({
  standing: 'RANKED',
  place: null,
  score: null,
  previousPlace: null,
  previousScore: null,
  accepted: 0,
  completed: 0,
  completionRate: null,
  onTimeRate: null,
  satisfactionRate: null,
  attendanceRate: 1,
  inspectionScore: null,
  ...figures,
  department: { id, code: id, name, shortName: name.slice(0, 2), parent: parent ? { id: parent } : null, inspectionStats: null },
});
const rules = { minRankedCases: 30, minEvaluations: 3, minCompletedForRate: 10, minEvaluationRate: 0.5, implausibleStreak: 30, minBadReviews: 3, invalidShare: 0.5, quietInspections: 3 };
/** The report as the cases subgraph writes it: the workbook renders its order, places and figures as they are. */
const written: Written = {
  month: '2026-11',
  publishedAt: null,
  publishedBy: null,
  comparedWith: '2026-10',
  unavailable: [],
  rules,
  ranking: {
    weights: { completion: 20, onTime: 25, satisfaction: 25, attendance: 15, inspection: 15 },
    minimumCases: 3,
    unavailable: [],
    entries: [
      entry('d1', '公安局', { place: 1, previousPlace: 2, score: 94.1176, accepted: 30, completed: 30, completionRate: 1, onTimeRate: 1, satisfactionRate: 0.8 }),
      entry('d3', '税务局', { standing: 'FEW_CASES', score: 94.1176, accepted: 2, completed: 2, completionRate: 1, onTimeRate: 1, satisfactionRate: 0.8 }),
      entry('d4', '公安局江北分局', { standing: 'NO_BUSINESS', score: 100 }, 'd1'),
      entry('d2', '交通运输局', { standing: 'NO_BUSINESS', score: 100, previousPlace: 1 }),
    ],
  },
  candidates: [
    {
      kind: 'SERVICE_STAR',
      subjectId: 's1',
      proposed: true,
      evaluations: 6,
      verySatisfied: 6,
      satisfactionRate: 1,
      staff: { id: 's1', name: '李娜' },
      window: null,
      department: { id: 'd1', shortName: '公安' },
      confirmed: { id: 'r1', confirmedBy: '王建国', confirmedAt: '2026-12-01T02:00:00Z' },
    },
  ],
  buckPassing: [{ loops: 1, thirdHandOffs: 0, turnedAway: 2, department: { id: 'd1', name: '公安局' } }],
  flags: [
    { kind: 'LOW_EVALUATION_RATE', value: 0.32, threshold: 0.5, basis: 25, department: { id: 'd1', name: '公安局' }, window: null },
    { kind: 'QUIET_INSPECTIONS', value: 3, threshold: 3, basis: 3, department: null, window: { id: 'w1', number: 'C01', name: '综合受理' } },
  ],
};

const data: ReportData = {
  caseStats,
  evaluationStats,
  dutyStats: { shifts: 100, attended: 98, attendanceRate: 0.98, late: 3, absent: 2, unattendedIncidents: 1 },
  inspectionStats: null,
  badReviewStats: {
    reviews: 4,
    rectified: 2,
    rectifiedOnTime: 1,
    onTimeRate: 0.5,
    callbacksDue: 3,
    callbacksDone: 2,
    callbackRate: 2 / 3,
    appeals: 1,
    appealsUpheld: 1,
    byTag: [
      { tag: 'OVER_TIME_LIMIT', count: 2 },
      { tag: 'ATTITUDE', count: 1 },
      { tag: 'OTHER', count: 0 },
    ],
  },
  complaintStats: { received: 5, answered: 4, answeredOnTime: 3, onTimeRate: 0.75, overdueOpen: 1, closed: 3, satisfied: 2, satisfactionRate: 2 / 3 },
  escalationStats: { raised: 6, automatic: 5, responded: 4, respondedOnTime: 3, climbed: 2, open: 2 },
  monthlyReport: written,
  visitEpisodes: [{ trips: 3, cases: [{ number: 'ZW1', department: { shortName: '公安' } }, { number: 'ZW2', department: { shortName: '交通' } }] }],
  overdueCases: [{ id: 'c1', number: 'ZW2026111000042', status: 'UNDER_REVIEW', dueAt: '2026-11-18T09:00:00Z', completedAt: null, department: { shortName: '公安' }, matter: { name: '往来港澳通行证' } }],
  badReviews: [
    { id: 'e1', level: 1, comment: '等候太久', evaluatedAt: '2026-11-12T03:00:00Z', rectificationStatus: 'DONE', department: { shortName: '公安' }, window: { number: 'B01' }, case: { number: 'ZW1' } },
    { id: 'e2', level: 2, comment: '上月的', evaluatedAt: '2026-10-12T03:00:00Z', rectificationStatus: 'PENDING', department: { shortName: '公安' }, window: null, case: null },
  ],
  inspections: null,
  inspectionSettings: null,
};

describe('the monthly report workbook', () => {
  it('holds every sheet and reads back with exceljs', async () => {
    const report = buildReport('2026-11', data);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await workbookBytes(report));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...SHEETS]);
    const cells = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (Array.isArray(row) ? row.slice(1) : row));

    expect(buildReport('2026-11', data).episodes).toEqual([{ cases: 'ZW1 → ZW2', departments: '公安、交通', trips: 3 }]);
    expect(cells('汇总')).toEqual(expect.arrayContaining([['一次办结率（%）', 90], ['一次办结率（按事项，含往返）（%）', 86.1], ['受理件数', 40], ['满意率（%）', 96.7], ['暗访次数'], ['到岗率（%）', 98]]));
    // The server's places and standings as written, with last month's place; a department not ranked is named by its
    // standing. Empty cells read back as holes.
    expect(cells('部门排名').slice(1)).toEqual([
      [1, 2, '公安局', 94.1, 30, 100, 100, 80, 100],
      // A branch office follows its bureau, marked └.
      ['本期无业务', undefined, '└ 公安局江北分局', 100, 0, undefined, undefined, undefined, 100],
      ['样本不足', undefined, '税务局', 94.1, 2, 100, 100, 80, 100],
      ['本期无业务', 1, '交通运输局', 100, 0, undefined, undefined, undefined, 100],
    ]);
    expect(cells('超期办件')[1]).toEqual(['ZW2026111000042', '公安', '往来港澳通行证', '2026-11-18', '', '审查中']);
    // Only the month's bad reviews, with their handling.
    expect(cells('差评处理').slice(1)).toEqual([['ZW1', '公安', 'B01', 1, '等候太久', '2026-11-12', '整改完成']]);
    // The desks' figures follow the summary, rates as percentages, 差评 by tag with the enum table's labels.
    expect(cells('汇总')).toEqual(
      expect.arrayContaining([
        ['差评按时整改率（%）', 50],
        ['差评回访率（%）', 66.7],
        ['差评申诉', 1],
        ['差评申诉成立', 1],
        ['差评标签：超时办理', 2],
        ['差评标签：服务态度', 1],
        ['差评标签：其他', 0],
        ['投诉受理', 5],
        ['投诉按时答复', 3],
        ['投诉按时答复率（%）', 75],
        ['投诉人满意率（%）', 66.7],
        ['督办发起', 6],
        ['督办按时答复', 3],
        ['督办升级至大厅领导', 2],
      ]),
    );
    expect(cells('汇总')[1]).toEqual(['受理件数', 40]);
    // Inspections did not answer: the sheet says so.
    expect(cells('暗访结果')[1]).toEqual(['暂不可用']);
    expect(cells('表彰')[1]).toEqual(['服务明星', '李娜（公安）', '满意率 100%，评价 6 次（非常满意 6），无投诉、无超期、无有效差评', '王建国', '2026-12-01T02:00:00Z']);
    expect(cells('零推诿').slice(1)).toEqual([['公安局', 1, 0, 2]]);
    expect(cells('诚信预警').slice(1)).toEqual([
      ['评议率偏低', '部门：公安局', '评议率 32%（低于 50%），办结 25 件'],
      ['暗访从未发现问题', '窗口：C01 综合受理', '近十二个月暗访 3 次均未发现问题'],
    ]);
  });
});
