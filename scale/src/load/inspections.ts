import {
  importInspections,
  importSupervisors,
  inspectionsSubgraph,
  itemsOf,
  scoreOf,
  type BulkActor,
  type BulkAppeal,
  type BulkInspection,
  type BulkRectificationProgress,
  type ItemOutcome,
} from '@hall/inspections-subgraph';
import { DEFAULT_CHECKLIST, Random, dayOf, demoId, type DemoDepartment, type DemoStaff } from '@hall/demo-hall';
import { WorkingCalendar, openServiceDatabase } from '@hall/service-kit';
import type { GenerationContext, Loader } from '../context';

/** The hall's default pass threshold (inspections.settings as migrated): the generator knows which visits open an order. */
const PASS_THRESHOLD = 85;
const NINETY_DAYS = 90;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const SCENARIOS = [
  '咨询个体工商户设立登记所需材料及办理时限',
  '代家中老人咨询城乡居民养老保险待遇领取资格认证',
  '咨询食品经营许可证延续换证的流程',
  '咨询新生儿落户需携带的证件',
  '咨询二手房不动产转移登记的预约方式',
  '咨询企业变更经营范围能否当场办结',
  '咨询失业保险金申领条件',
  '咨询外省驾驶证转入本市的办理要求',
  '咨询住房公积金提取的材料和到账时间',
  '咨询居住证办理及积分落户政策',
  '咨询灵活就业人员参保缴费方式',
  '咨询营业执照遗失补领的办理流程',
];

/** What a supervisor writes when an item fails (a failed item needs a comment). */
const COMMENTS: Record<string, readonly string[]> = {
  'ATT-1': ['办事人到窗口后约10秒未抬头问候，直接询问“办什么”', '全程未使用“您好”“请”等文明用语'],
  'ATT-2': ['办事人第二次询问办理时限时，窗口人员回答“刚才不是说了吗”，语气生硬', '办事人追问材料要求时表现出明显不耐烦'],
  'ATT-3': ['以“系统故障”为由让办事人改日再来，现场核实系统运行正常', '要求办事人提供清单以外的证明材料'],
  'LAN-1': ['对办事人说“这个不归我们管”', '使用方言答复，办事人两次表示没听懂'],
  'LAN-2': ['将延续申请时限解释错误，称“到期后再来办”', '对政策条款解释含糊，未说明适用条件'],
  'BEH-1': ['窗口人员工作牌反戴，无法看清姓名和工号', '未穿工装，未佩戴工作牌'],
  'BEH-2': ['离岗约15分钟未放置“暂停服务”提示牌', '离岗期间窗口未放置提示牌，办事人在窗口等候'],
  'BEH-3': ['一位拄拐老人排队等候，窗口人员未引导其走绿色通道', '未主动为携带婴儿的办事人提供优先服务'],
  'EFF-1': ['仅告知需带身份证，未告知需提交申请书，办事人需二次跑动', '材料清单告知不全，遗漏经营场所证明'],
  'EFF-2': ['即办事项以“需领导签字”为由要求次日领取', '材料齐全的即办事项未当场办结'],
  'EFF-3': ['取号后等候约35分钟，超出承诺的20分钟', '叫号后窗口迟迟未受理，等候约30分钟'],
  'EFF-4': ['办事人咨询非本窗口事项，仅答复“不知道”，未告知承办窗口', '未落实首问负责制，让办事人自行到服务台询问'],
  'FAC-1': ['窗口公示的收费标准与网上办事指南不一致', '监督电话未公示'],
  'FAC-2': ['办结后评价器处于关闭状态，窗口人员未邀请办事人评价', '评价器屏幕关闭'],
  'FAC-3': ['桌面放置私人水杯和零食，资料摆放凌乱', '窗口桌面堆放与工作无关的杂物'],
  'DIS-1': ['10:20—10:41窗口无人值守，现场3名办事人等候', '工作时间窗口空岗约25分钟'],
  'DIS-2': ['在窗口用手机浏览短视频，办事人在旁等候', '与邻座同事闲聊约5分钟，办事人等候'],
  'DIS-3': ['窗口人员暗示办事人“表示一下”可以加快办理', '收受办事人赠送的购物卡'],
  'FZ-1': ['口头拒绝受理，未出具书面告知', '不予受理未说明政策依据'],
  'FZ-2': ['办事人询问可否邮寄送达证照，答复“只能自己来拿”', '未告知预约和帮办代办服务'],
};

const RESPONSES = [
  '已组织窗口人员重新学习服务规范和一次性告知制度，并将材料清单制成桌牌放置窗口。',
  '已对当事人进行批评教育，扣减当月考核分，并在科室内通报。',
  '已调整窗口排班，增设引导岗，高峰时段由科室负责人现场值守。',
  '已更新窗口公示内容，与网上办事指南逐项核对一致，评价器已报修恢复。',
];
const VERIFY_NOTES = ['复查：整改措施已落实，模拟咨询时服务规范。', '复查合格，窗口公示和服务已符合要求。', null];
const APPEAL_REASONS = [
  '当时窗口人员正在为特殊群体办理出件，有视频记录为证',
  '该事项依规需要复核，并非推诿',
  '监督员到访时系统确实故障，有运维记录',
];

const SERIOUS = new Set(
  itemsOf(DEFAULT_CHECKLIST.sections)
    .filter((item) => item.serious)
    .map((item) => item.key),
);
const ITEMS = itemsOf(DEFAULT_CHECKLIST.sections);
const MINOR = ITEMS.filter((item) => !item.serious).map((item) => item.key);
const SERIOUS_KEYS = [...SERIOUS];

const calendar = new WorkingCalendar();
const at = (day: string, minuteOfDay: number) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + minuteOfDay * MINUTE_MS);

function managerActor(): BulkActor {
  return { role: 'manager', userId: demoId('user', 'manager') };
}

/** One visit's answers: most clean or with one or two minor failures, a few poor visits, a few serious failures. */
function answersOf(rng: Random): ItemOutcome[] {
  const notApplicable = new Set<string>();
  if (rng.chance(0.8)) notApplicable.add('BEH-2');
  if (rng.chance(0.85)) notApplicable.add('FZ-1');
  if (rng.chance(0.5)) notApplicable.add('BEH-3');
  if (rng.chance(0.4)) notApplicable.add('EFF-2');
  const roll = rng.next();
  const minors = roll < 0.42 ? 0 : roll < 0.72 ? 1 : roll < 0.86 ? 2 : roll < 0.93 ? 3 : roll < 0.97 ? rng.int(4, 7) : rng.int(0, 2);
  const failed = new Set(
    rng.sample(
      MINOR.filter((key) => !notApplicable.has(key)),
      minors,
    ),
  );
  if (roll >= 0.97) failed.add(rng.pick(SERIOUS_KEYS));
  return ITEMS.map((item) => {
    if (failed.has(item.key)) return { itemKey: item.key, outcome: 'FAIL', comment: rng.pick(COMMENTS[item.key] ?? ['不符合要求']) };
    return { itemKey: item.key, outcome: notApplicable.has(item.key) ? 'NOT_APPLICABLE' : 'PASS', comment: null };
  });
}

/** Whether an order opens (the subgraph's rule) and whether overturning `itemKey` would leave it without a reason. */
function orderOf(results: ItemOutcome[], overturned?: string): { opens: boolean; cancelledBy: boolean } {
  const score = scoreOf(DEFAULT_CHECKLIST.sections, results) ?? 100;
  const serious = results.filter((result) => result.outcome === 'FAIL' && SERIOUS.has(result.itemKey)).map((result) => result.itemKey);
  const opens = score < PASS_THRESHOLD || serious.length > 0;
  if (!opens || !overturned) return { opens, cancelledBy: false };
  const after = results.map((result) => (result.itemKey === overturned ? { ...result, outcome: 'PASS' as const } : result));
  const afterScore = scoreOf(DEFAULT_CHECKLIST.sections, after) ?? 100;
  const stillSerious = serious.some((key) => key !== overturned);
  return { opens, cancelledBy: !(score < PASS_THRESHOLD && afterScore < PASS_THRESHOLD) && !stillSerious };
}

interface Place {
  windowId: string;
  department: DemoDepartment;
  staff: DemoStaff[];
}

/**
 * The hall's inspections: `profile.inspections` in all, spread evenly over the working days of the period and over the
 * windows (each window's lead department is inspected); a few drafts on the last working day and planned visits in the
 * next weeks. A supervisor never visits a department he is tied to, only within his term, and (whenever another
 * supervisor can) not the same window twice within 90 days.
 */
export function* generateInspections(context: GenerationContext): Generator<BulkInspection> {
  const { organisation, profile, now } = context;
  const rng = new Random(`scale:${profile.name}:inspections`);
  const departments = new Map(organisation.departments.map((department) => [department.id, department]));
  const staffOf = new Map<string, DemoStaff[]>();
  for (const member of organisation.staff) staffOf.set(member.departmentId, [...(staffOf.get(member.departmentId) ?? []), member]);
  const places: Place[] = organisation.windows.flatMap((window) => {
    const department = departments.get(window.departmentIds[0] ?? '');
    return department ? [{ windowId: window.id, department, staff: staffOf.get(department.id) ?? [] }] : [];
  });
  const supervisors = organisation.supervisors.map((supervisor) => ({ ...supervisor, tied: new Set(supervisor.tiedDepartmentIds) }));
  if (places.length === 0 || supervisors.length === 0) return;

  const workingDays = calendar.workingDaysIn(context.from, context.until);
  const lastDay = workingDays.at(-1);
  const history = workingDays.slice(0, -1);
  if (!lastDay || history.length === 0) return;
  const planned = Math.max(2, Math.round(profile.inspections * 0.004));
  const drafts = Math.max(1, Math.round(profile.inspections * 0.001));
  const submittedCount = Math.max(0, profile.inspections - planned - drafts);
  const lastVisit = new Map<string, number>();
  let queue: Place[] = [];

  const nextPlace = (): Place => {
    if (queue.length === 0) queue = rng.shuffle(places);
    return queue.pop() as Place;
  };
  const supervisorFor = (place: Place, day: string) => {
    const dayNumber = dayOf(day);
    const allowed = supervisors.filter((s) => !s.tied.has(place.department.id) && s.termStart <= day && day <= s.termEnd);
    if (allowed.length === 0) return null;
    const rested = allowed.filter((s) => dayNumber - (lastVisit.get(`${s.id}:${place.windowId}`) ?? -Infinity) >= NINETY_DAYS);
    const chosen =
      rested.length > 0
        ? rng.pick(rested)
        : allowed.reduce((best, s) =>
            (lastVisit.get(`${s.id}:${place.windowId}`) ?? 0) < (lastVisit.get(`${best.id}:${place.windowId}`) ?? 0) ? s : best,
          );
    lastVisit.set(`${chosen.id}:${place.windowId}`, dayNumber);
    return chosen;
  };
  const base = (place: Place, day: string, supervisorId: string, serial: number) => ({
    id: demoId('inspection', `scale:${profile.name}:${serial}`),
    windowId: place.windowId,
    departmentId: place.department.id,
    supervisorId,
    plannedFor: day,
    staffId: place.staff.length > 0 && rng.chance(0.75) ? rng.pick(place.staff).id : null,
    scenario: rng.pick(SCENARIOS),
  });

  let serial = 0;
  for (const [index, day] of history.entries()) {
    const today = Math.floor(((index + 1) * submittedCount) / history.length) - Math.floor((index * submittedCount) / history.length);
    for (let n = 0; n < today; n++) {
      const place = nextPlace();
      const supervisor = supervisorFor(place, day);
      if (!supervisor) continue;
      serial += 1;
      const visitedAt = at(day, rng.int(9 * 60, 16 * 60 + 30));
      const submittedAt = new Date(visitedAt.getTime() + rng.int(30, 240) * MINUTE_MS);
      const results = answersOf(rng);
      const failed = results.filter((result) => result.outcome === 'FAIL');
      const appeal = failed.length > 0 && rng.chance(0.04) ? appealOf(rng, failed, submittedAt, now) : null;
      const order = orderOf(results, appeal?.decision?.status === 'OVERTURNED' ? appeal.itemKey : undefined);
      const rectification = order.opens
        ? order.cancelledBy
          ? ({ status: 'OPEN' } as const)
          : progressOf(rng, place, supervisor.id, supervisors, day, submittedAt, now)
        : undefined;
      yield {
        ...base(place, day, supervisor.id, serial),
        status: 'SUBMITTED',
        visitedAt,
        submittedAt,
        submittedBy: demoId('user', `supervisor:${supervisor.id}`),
        results,
        ...(rectification ? { rectification } : {}),
        ...(appeal ? { appeals: [appeal] } : {}),
      };
    }
  }
  for (let n = 0; n < drafts; n++) {
    const place = nextPlace();
    const supervisor = supervisorFor(place, lastDay);
    if (!supervisor) continue;
    serial += 1;
    const visitedAt = at(lastDay, rng.int(9 * 60, 11 * 60));
    const visited = visitedAt.getTime() < now.getTime();
    const results = answersOf(rng).slice(0, visited ? rng.int(3, ITEMS.length - 1) : 0);
    yield { ...base(place, lastDay, supervisor.id, serial), status: 'DRAFT', visitedAt: visited ? visitedAt : null, results };
  }
  const upcoming = calendar.workingDaysIn(calendar.addWorkingDays(context.until, 1), calendar.addWorkingDays(context.until, 15));
  for (let n = 0; n < planned; n++) {
    const day = upcoming[n % upcoming.length] as string;
    const place = nextPlace();
    const supervisor = supervisorFor(place, day);
    if (!supervisor) continue;
    serial += 1;
    yield { ...base(place, day, supervisor.id, serial), status: 'PLANNED' };
  }
}

/** An appeal of one finding, filed within the week; decided a day or three later unless that is still to come. */
function appealOf(rng: Random, failed: ItemOutcome[], submittedAt: Date, now: Date): BulkAppeal | null {
  const filedAt = new Date(submittedAt.getTime() + rng.int(18, 120) * HOUR_MS);
  if (filedAt.getTime() > now.getTime()) return null;
  const decidedAt = new Date(filedAt.getTime() + rng.int(24, 72) * HOUR_MS);
  const itemKey = rng.pick(failed).itemKey;
  const status = rng.chance(0.6) ? ('UPHELD' as const) : ('OVERTURNED' as const);
  return {
    itemKey,
    reason: rng.pick(APPEAL_REASONS),
    filedAt,
    decision:
      decidedAt.getTime() > now.getTime()
        ? null
        : {
            status,
            note: status === 'UPHELD' ? '经核查，问题属实，维持原结论' : '经调取窗口录像核实，申诉理由成立',
            decidedAt,
            by: managerActor(),
          },
  };
}

/**
 * How far an order got by now: most responded within days and verified by the manager or a supervisor other than the
 * finder; a few still awaiting verification; some left open (overdue once past due).
 */
function progressOf(
  rng: Random,
  place: Place,
  finder: string,
  supervisors: ReadonlyArray<{ id: string; tied: Set<string> }>,
  day: string,
  submittedAt: Date,
  now: Date,
): BulkRectificationProgress {
  const roll = rng.next();
  if (roll < 0.07) return { status: 'OPEN' };
  const respondedAt = at(calendar.addWorkingDays(day, rng.int(2, 9)), rng.int(14 * 60, 16 * 60 + 50));
  if (respondedAt.getTime() > now.getTime() || respondedAt < submittedAt) return { status: 'OPEN' };
  const respondedBy: BulkActor = { role: 'dept_admin', userId: demoId('user', `dept_admin:${place.department.code}`) };
  const response = rng.pick(RESPONSES);
  const verifiedAt = at(calendar.addWorkingDays(localDayOf(respondedAt), rng.int(1, 5)), rng.int(9 * 60 + 30, 16 * 60));
  if (roll < 0.13 || verifiedAt.getTime() > now.getTime()) return { status: 'RESPONDED', response, respondedAt, respondedBy };
  const others = supervisors.filter((s) => s.id !== finder && !s.tied.has(place.department.id));
  const verifiedBy: BulkActor =
    others.length > 0 && rng.chance(0.45)
      ? (({ id }) => ({ role: 'supervisor' as const, userId: demoId('user', `supervisor:${id}`), supervisorId: id }))(rng.pick(others))
      : managerActor();
  return { status: 'VERIFIED', response, respondedAt, respondedBy, verifiedAt, verifiedBy, note: rng.pick(VERIFY_NOTES) };
}

function localDayOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * HOUR_MS).toISOString().slice(0, 10);
}

/** The organisation's supervisors and the hall's inspection history, through the inspections subgraph's bulk import path. */
export const loadInspections: Loader = async (context) => {
  const started = performance.now();
  const database = openServiceDatabase(inspectionsSubgraph, context.databaseUrls.inspections);
  try {
    const supervisors = await importSupervisors(database, context.organisation.supervisors);
    context.log(`inspections: ${context.organisation.supervisors.length} supervisors`);
    const inspections = await importInspections(database, generateInspections(context), {
      now: context.now,
      timeZone: 'Asia/Shanghai',
      // No cases subgraph runs here: the generator draws its days on the statutory calendar, and the import checks them on it.
      calendar,
      batchSize: 1_000,
    });
    context.log(`inspections: ${inspections.rows['inspections.inspections'] ?? 0} inspections`);
    return { service: 'inspections', rows: { ...supervisors.rows, ...inspections.rows }, seconds: (performance.now() - started) / 1000 };
  } finally {
    await database.close();
  }
};
