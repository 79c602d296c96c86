import { CLOSING_MINUTE, OPENING_MINUTE, isoOf, isWeekend, localTime, subtractWorkingDays, type DemoClock } from './calendar';
import { demoId } from './ids';
import { Random } from './random';
import { type DemoInspection, type DemoSupervisor, type DemoWindow, type InspectionStatus } from './types';

interface FindingTemplate {
  /** One of the six service norms (态度、语言、行为、效能、设施、纪律). */
  norm: string;
  text: string;
  /** Points deducted from 100; 0 for a positive observation. */
  deduction: number;
}

const ISSUES: readonly FindingTemplate[] = [
  { norm: '纪律', text: '窗口人员在岗期间使用手机处理私人事务约3分钟', deduction: 4 },
  { norm: '效能', text: '受理时未一次性告知全部所需材料，办事人需二次询问', deduction: 6 },
  { norm: '效能', text: '叫号后约18分钟才开始办理，超出服务承诺的等候时间', deduction: 4 },
  { norm: '设施', text: '窗口评价器未开启，未主动邀请办事人评价', deduction: 3 },
  { norm: '设施', text: '窗口公示的办事指南与网上公布版本不一致（材料清单少一项）', deduction: 3 },
  { norm: '行为', text: '暂时离岗未放置“暂停服务”提示牌', deduction: 3 },
  { norm: '语言', text: '答复咨询时个别政策表述不够准确，未使用规范用语', deduction: 2 },
  { norm: '态度', text: '面对办事人重复询问时语气略显不耐烦', deduction: 5 },
  { norm: '纪律', text: '工作牌未正面佩戴', deduction: 2 },
];

const PRAISE: readonly FindingTemplate[] = [
  { norm: '态度', text: '窗口人员着装规范，主动起身迎接并使用文明用语', deduction: 0 },
  { norm: '效能', text: '一次性告知书内容完整，材料清单与办事指南一致', deduction: 0 },
  { norm: '行为', text: '主动引导老年办事人走绿色通道，全程耐心讲解', deduction: 0 },
  { norm: '设施', text: '桌面整洁，服务承诺和监督电话公示齐全', deduction: 0 },
  { norm: '效能', text: '业务熟练，即办事项约8分钟当场办结', deduction: 0 },
];

function describe(finding: FindingTemplate): string {
  return `【${finding.norm}】${finding.text}${finding.deduction > 0 ? `（扣${finding.deduction}分）` : ''}`;
}

function workingDaysBetween(from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = from; day <= to; day++) if (!isWeekend(day)) days.push(day);
  return days;
}

interface InspectionInputs {
  windows: readonly DemoWindow[];
  supervisors: readonly DemoSupervisor[];
  clock: DemoClock;
}

/**
 * Mystery-shopper inspections around the reference date: submitted ones in the two weeks before its week, drafts
 * recorded on its last three working days (a visit later than "now" is still planned), plans for the next two weeks. Every inspection is of a different staffed window, and no supervisor inspects a
 * department they are tied to.
 */
export function buildInspections({ windows, supervisors, clock }: InspectionInputs): DemoInspection[] {
  const rng = new Random('demo-hall:inspections');
  const { monday, workday } = clock;
  const plan: Array<{ status: InspectionStatus; day: number }> = [
    ...rng.sample(workingDaysBetween(monday - 14, monday - 3), 4).map((day) => ({ status: 'SUBMITTED' as const, day })),
    ...workingDaysBetween(subtractWorkingDays(workday, 2), workday).map((day) => ({ status: 'DRAFT' as const, day })),
    ...rng.sample(workingDaysBetween(monday + 7, monday + 18), 3).map((day) => ({ status: 'PLANNED' as const, day })),
  ].sort((a, b) => a.day - b.day);
  const staffedWindows = rng.sample(
    windows.filter((w) => w.category !== 'SELF_SERVICE'),
    plan.length,
  );
  const load = new Map(supervisors.map((s) => [s.id, 0]));

  return plan.map(({ status, day }, i) => {
    const window = staffedWindows[i];
    if (!window) throw new Error('Not enough windows to inspect');
    const departmentId = rng.pick(window.departmentIds);
    const eligible = supervisors.filter((s) => !s.tiedDepartmentIds.includes(departmentId));
    const fewest = Math.min(...eligible.map((s) => load.get(s.id) ?? 0));
    const supervisor = rng.pick(eligible.filter((s) => (load.get(s.id) ?? 0) === fewest));
    load.set(supervisor.id, fewest + 1);

    let findings: string[] = [];
    let score: number | null = null;
    if (status === 'SUBMITTED') {
      const issues = rng.sample(ISSUES, rng.int(1, 3));
      findings = [...rng.sample(PRAISE, rng.int(1, 2)), ...issues].map(describe);
      score = 100 - issues.reduce((sum, f) => sum + f.deduction, 0);
    } else if (status === 'DRAFT') {
      findings = [rng.pick(PRAISE), ...rng.sample(ISSUES, rng.int(0, 1))].map(describe);
    }
    const plannedFor = isoOf(day);
    let visitedAt = status === 'PLANNED' ? null : localTime(day, rng.int(OPENING_MINUTE + 30, CLOSING_MINUTE - 60));
    if (visitedAt && visitedAt > clock.now) {
      visitedAt = null;
      findings = [];
    }
    return {
      id: demoId('inspection', `${plannedFor}:${window.number}`),
      windowId: window.id,
      departmentId,
      supervisorId: supervisor.id,
      plannedFor,
      visitedAt,
      score,
      status: visitedAt === null ? 'PLANNED' : status,
      findings,
    };
  });
}
