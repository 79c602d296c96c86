import { dueAtFor } from './calendar';
import { demoId } from './ids';
import { Random } from './random';
import type { DemoCase, DemoEvaluation, DemoEvaluationChannel, DemoRectificationStep } from './types';

const GOOD_COMMENTS = ['办事效率高，一次就办好了', '工作人员解释耐心细致', '流程清楚，不用来回跑', '窗口服务热情周到', null, null, null];
const FAIR_COMMENTS = ['等候时间稍长', '材料清单可以再讲清楚一些', null];

/** Two bad reviews with their verify → rectify → follow-up workflow (核实、整改、回访). */
const BAD_REVIEWS: ReadonlyArray<{ level: 1 | 2; comment: string; steps: Array<Omit<DemoRectificationStep, 'at'> & { afterHours: number }> }> = [
  {
    level: 2,
    comment: '窗口人员说话不耐烦，材料要求没有一次讲清楚',
    steps: [
      { action: 'START', from: 'PENDING', to: 'IN_PROGRESS', note: '经调取窗口录音录像核实，工作人员答复语气生硬，情况属实', afterHours: 20 },
      { action: 'CALLBACK', from: 'IN_PROGRESS', to: 'IN_PROGRESS', note: '已电话回访申请人，致歉并说明整改措施，申请人表示理解', afterHours: 26 },
      { action: 'COMPLETE', from: 'IN_PROGRESS', to: 'DONE', note: '对当事工作人员进行批评教育，科室组织服务规范再培训', afterHours: 70 },
    ],
  },
  {
    level: 1,
    comment: '等了一个多小时才叫到号，中午窗口没有人',
    steps: [
      { action: 'START', from: 'PENDING', to: 'IN_PROGRESS', note: '经核实，当日午间轮岗衔接不到位，窗口空岗约二十分钟', afterHours: 22 },
      { action: 'CALLBACK', from: 'IN_PROGRESS', to: 'IN_PROGRESS', note: '已电话回访申请人，告知午间弹性服务安排', afterHours: 30 },
    ],
  },
];

/** Evaluations of most completed demo cases: mostly 非常满意, some 满意, a few 基本满意 and the two bad reviews. */
export function buildEvaluations(cases: readonly DemoCase[], now: Date): DemoEvaluation[] {
  const rng = new Random('demo-hall:evaluations');
  const completed = cases.filter((kase) => kase.completedAt !== null && (kase.status === 'COMPLETED' || kase.status === 'DELIVERED'));
  const badIndexes = new Set([Math.floor(completed.length / 3), Math.floor((2 * completed.length) / 3)]);
  const evaluations: DemoEvaluation[] = [];
  let badSeen = 0;
  completed.forEach((kase, index) => {
    const isBad = badIndexes.has(index);
    if (!isBad && rng.chance(0.15)) return; // not every applicant evaluates
    const served = kase.events.find((event) => event.to === 'DELIVERED')?.at ?? (kase.completedAt as Date);
    const channel: DemoEvaluationChannel = kase.windowId ? rng.pick(['WINDOW_TABLET', 'WINDOW_TABLET', 'WINDOW_TABLET', 'QR_CODE', 'SMS']) : rng.pick(['PC', 'MOBILE', 'SMS']);
    let evaluatedAt = new Date(served.getTime() + rng.int(1, channel === 'WINDOW_TABLET' ? 5 : 240) * 60_000);
    if (evaluatedAt > now) evaluatedAt = new Date(served.getTime() + 60_000);
    if (evaluatedAt > now) return; // served a moment ago: not evaluated yet
    const id = demoId('evaluation', kase.number);
    if (isBad) {
      const review = BAD_REVIEWS[badSeen++];
      if (!review) throw new Error('unreachable');
      const steps = review.steps
        .map(({ afterHours, ...step }) => ({ ...step, at: new Date(evaluatedAt.getTime() + afterHours * 3_600_000) }))
        .filter((step) => step.at < now);
      const callback = steps.find((step) => step.action === 'CALLBACK');
      evaluations.push({
        id,
        caseId: kase.id,
        level: review.level,
        channel,
        comment: review.comment,
        realName: true,
        evaluatedAt,
        rectification: {
          status: steps.at(-1)?.to ?? 'PENDING',
          dueAt: dueAtFor(evaluatedAt, 15),
          steps,
          callbackAt: callback?.at ?? null,
          callbackNote: callback?.note ?? null,
        },
      });
      return;
    }
    const level = rng.chance(0.8) ? 5 : rng.chance(0.8) ? 4 : 3;
    evaluations.push({
      id,
      caseId: kase.id,
      level,
      channel,
      comment: level === 3 ? rng.pick(FAIR_COMMENTS) : rng.pick(GOOD_COMMENTS),
      realName: rng.chance(0.9),
      evaluatedAt,
      rectification: null,
    });
  });
  return evaluations;
}
