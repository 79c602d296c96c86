import { isoOf, localTime, subtractWorkingDays, type DemoClock } from './calendar';
import { DEFAULT_CHECKLIST } from './checklist';
import { demoId } from './ids';
import { Random } from './random';
import { type DemoInspectionPlan, type DemoInspectionProgramme, type DemoVisitOutcome, type DemoWindow } from './types';

const SCENARIOS = [
  '咨询个体工商户设立登记所需材料及办理时限',
  '代家中老人咨询城乡居民养老保险待遇领取资格认证',
  '咨询食品经营许可证延续换证的流程',
  '咨询新生儿落户需携带的证件',
  '咨询二手房不动产转移登记的预约方式',
  '咨询企业变更经营范围能否当场办结',
  '咨询失业保险金申领条件',
  '咨询外省驾驶证转入本市的办理要求',
];

const MINOR_FAILURES: ReadonlyArray<{ itemKey: string; comment: string }> = [
  { itemKey: 'FAC-2', comment: '办结后评价器处于关闭状态，窗口人员未邀请办事人评价' },
  { itemKey: 'FAC-3', comment: '桌面放置私人水杯和零食，资料摆放凌乱' },
  { itemKey: 'BEH-1', comment: '窗口人员工作牌反戴，无法看清姓名和工号' },
  { itemKey: 'ATT-1', comment: '办事人到窗口后约10秒未抬头问候，直接询问“办什么”' },
  { itemKey: 'DIS-2', comment: '10:12—10:15在窗口用手机浏览短视频，办事人在旁等候' },
  { itemKey: 'FZ-2', comment: '办事人询问可否邮寄送达证照，窗口人员答复“只能自己来拿”，未告知免费邮寄服务' },
];

/** The three visits of the past plan that open rectification orders, in visit order. */
const RECTIFIED: DemoVisitOutcome[] = [
  {
    scenario: SCENARIOS[0] as string,
    failures: [
      {
        itemKey: 'EFF-1',
        comment: '窗口人员仅告知需带身份证和经营场所证明，未告知需提交《个体工商户登记（备案）申请书》，办事人需二次跑动',
      },
    ],
    notApplicable: ['BEH-2', 'BEH-3', 'FZ-1'],
    rectification: {
      kind: 'VERIFIED',
      response: '已组织窗口人员重新学习一次性告知制度，将本事项材料清单制成桌牌放置窗口，并在叫号系统中推送完整材料清单。',
      respondAfterWorkingDays: 5,
      closeAfterWorkingDays: 8,
      closeNote: '复查：窗口已放置材料清单桌牌，模拟咨询时一次性告知完整。',
    },
  },
  {
    scenario: SCENARIOS[2] as string,
    failures: [
      { itemKey: 'ATT-2', comment: '办事人第二次询问换证时限时，窗口人员回答“刚才不是说了吗”，语气生硬' },
      { itemKey: 'LAN-2', comment: '将“延续申请应在有效期届满30个工作日前提出”错误解释为“到期后再来办”' },
      { itemKey: 'EFF-3', comment: '取号后等候约35分钟，超出承诺的20分钟' },
      { itemKey: 'FAC-2', comment: '评价器屏幕关闭' },
      { itemKey: 'BEH-1', comment: '未佩戴工作牌' },
    ],
    notApplicable: ['BEH-2', 'BEH-3', 'EFF-2', 'FZ-1'],
    rectification: {
      kind: 'REOPENED',
      response: '已对当事窗口人员进行批评教育，评价器已报修。',
      respondAfterWorkingDays: 4,
      // Placeholder: the Monday of the reference week (see buildInspectionProgramme).
      reopenOn: '',
      reopenReason: '整改报告未说明政策解释错误的纠正措施，且未提供培训记录，请补充后重新提交。',
    },
  },
  {
    scenario: SCENARIOS[4] as string,
    failures: [
      { itemKey: 'DIS-1', comment: '10:20—10:41窗口无人值守，未放置“暂停服务”提示牌，现场3名办事人等候' },
      { itemKey: 'BEH-2', comment: '离岗期间窗口未放置“暂停服务”提示牌' },
    ],
    notApplicable: ['BEH-3', 'EFF-2', 'FZ-1'],
    rectification: { kind: 'OVERDUE' },
  },
];

function routineOutcome(rng: Random): DemoVisitOutcome {
  const failures = rng.chance(0.6) ? [rng.pick(MINOR_FAILURES)] : [];
  const notApplicable = ['BEH-2', 'FZ-1', ...(rng.chance(0.5) ? ['BEH-3'] : []), ...(rng.chance(0.4) ? ['EFF-2'] : [])].filter(
    (key) => !failures.some((failure) => failure.itemKey === key),
  );
  return { scenario: rng.pick(SCENARIOS), failures: failures.map((failure) => ({ ...failure })), notApplicable, rectification: null };
}

/**
 * The mystery-shopper programme of the demo hall: the default checklist, a past plan (October, every visit submitted:
 * some findings, one rectification verified, one reopened and open, one overdue) and a current plan (late November to
 * mid-December, every visit PLANNED). The supervisors and days of each plan are assigned by the inspections subgraph's
 * planner from the plan's seed when it seeds its database, so the plans reproduce for audit like any other.
 */
export function buildInspectionProgramme(windows: readonly DemoWindow[], clock: DemoClock): DemoInspectionProgramme {
  const rng = new Random('demo-hall:inspection-programme');
  const staffed = windows.filter((window) => window.category !== 'SELF_SERVICE');
  const planOf = (name: (from: string, to: string) => string, from: number, to: number, createdAt: Date, size: number, past: boolean): DemoInspectionPlan => {
    const key = isoOf(from).slice(0, 7);
    return {
      id: demoId('inspection-plan', key),
      name: name(isoOf(from), isoOf(to)),
      from: isoOf(from),
      to: isoOf(to),
      seed: `demo-${key}`,
      windows: rng
        .sample(staffed, size)
        .map((window) => ({ windowId: window.id, departmentIds: [...window.departmentIds] }))
        .sort((a, b) => a.windowId.localeCompare(b.windowId)),
      createdAt,
      visitsSubmitted: past,
    };
  };
  const { monday } = clock;
  // Around 2026-11-20: the October plan (10-12 … 10-30, made on 10-09) and the next one (11-23 … 12-18, made on 11-19).
  const plans = [
    planOf(planName, monday - 35, monday - 17, localTime(monday - 38, 10 * 60), 10, true),
    planOf(planName, monday + 7, monday + 32, localTime(subtractWorkingDays(clock.workday, 1), 10 * 60), 10, false),
  ];
  const outcomeRng = new Random('demo-hall:inspection-outcomes');
  const pastVisits = plans[0]?.windows.length ?? 0;
  // Reopened on the week's Monday at 10:00; when the reference day is that Monday itself, on the working day before,
  // so that the reopening is never later than the demo's now (a seed before 10:00 refused it as in the future).
  const reopenOn = isoOf(monday < clock.workday ? monday : subtractWorkingDays(clock.workday, 1));
  const outcomes = Array.from({ length: pastVisits }, (_, index) => {
    const scripted = RECTIFIED[index];
    if (scripted?.rectification?.kind === 'REOPENED') return { ...scripted, rectification: { ...scripted.rectification, reopenOn } };
    return scripted ?? routineOutcome(outcomeRng);
  });
  return { template: DEFAULT_CHECKLIST, plans, pastOutcomes: outcomes };
}

/** 2026年10月明察暗访计划, or 2026年11—12月明察暗访计划 for a plan over two months. */
function planName(from: string, to: string): string {
  const month = (iso: string) => Number(iso.slice(5, 7));
  const span = from.slice(0, 7) === to.slice(0, 7) ? `${month(from)}月` : `${month(from)}—${month(to)}月`;
  return `${from.slice(0, 4)}年${span}明察暗访计划`;
}
