import { CLOSING_MINUTE, addWorkingDays, dueAtFor, localDayOf, localTime, subtractWorkingDays, type DemoClock } from './calendar';
import { demoId } from './ids';
import { randomMobile, randomPerson } from './people';
import { Random } from './random';
import type { DemoCase, DemoComplaint, DemoDepartment, DemoEscalation, DemoMatter, DemoStaff, DemoWindow } from './types';

interface ComplaintInputs {
  departments: readonly DemoDepartment[];
  matters: readonly DemoMatter[];
  staff: readonly DemoStaff[];
  windows: readonly DemoWindow[];
  clock: DemoClock;
}

/** Four complaints (投诉) in every state: closed, answered, assigned and one received and overdue. */
export function buildComplaints({ departments, matters, staff, windows, clock }: ComplaintInputs): DemoComplaint[] {
  const rng = new Random('demo-hall:complaints');
  const reference = clock.workday;
  const now = clock.now;
  const department = (index: number) => departments[index % departments.length] as DemoDepartment;
  const windowOf = (departmentId: string) => windows.find((w) => w.departmentIds.includes(departmentId)) ?? null;
  const plans = [
    { daysBack: 16, state: 'CLOSED', subject: 'WINDOW', channel: 'HOTLINE', content: '上午十点左右窗口无人，等了二十多分钟才有工作人员回来', answer: '经核实当日窗口人员临时离岗未按规定放置暂停服务牌，已批评教育并纳入月度考核' },
    { daysBack: 9, state: 'ANSWERED', subject: 'STAFF', channel: 'WEB', content: '工作人员办理时一直接听私人电话，解释材料要求很不耐烦', answer: '已约谈当事工作人员，重申窗口服务纪律，并向投诉人致歉' },
    { daysBack: 5, state: 'ASSIGNED', subject: 'MATTER', channel: 'MOBILE', content: '网上公布的材料清单与窗口要求不一致，白跑了一趟', answer: null },
    { daysBack: 13, state: 'RECEIVED', subject: 'DEPARTMENT', channel: 'BOX', content: '同一件事被两个部门来回推，说不归自己管', answer: null },
  ] as const;
  return plans.map((plan, index) => {
    const dept = department(index * 3 + 1);
    const day = subtractWorkingDays(reference, plan.daysBack);
    const receivedAt = localTime(day, rng.int(9 * 60, 16 * 60));
    const window = plan.subject === 'WINDOW' ? windowOf(dept.id) : null;
    const person = randomPerson(rng);
    const assignedAt = plan.state === 'RECEIVED' ? null : new Date(receivedAt.getTime() + rng.int(1, 4) * 3_600_000);
    const answeredAt = plan.answer ? localTime(addWorkingDays(day, rng.int(3, 6)), rng.int(9 * 60, CLOSING_MINUTE - 30)) : null;
    const closedAt = plan.state === 'CLOSED' && answeredAt ? new Date(answeredAt.getTime() + 26 * 3_600_000) : null;
    const number = `TS${new Date(receivedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '')}${String(index + 1).padStart(4, '0')}`;
    return {
      id: demoId('complaint', number),
      number,
      channel: plan.channel,
      subject: plan.subject,
      departmentId: plan.state === 'RECEIVED' && plan.subject !== 'DEPARTMENT' ? null : dept.id,
      windowId: window?.id ?? null,
      staffId: plan.subject === 'STAFF' ? (staff.find((s) => s.departmentId === dept.id)?.id ?? null) : null,
      matterId: plan.subject === 'MATTER' ? (matters.find((m) => m.departmentId === dept.id)?.id ?? null) : null,
      content: plan.content,
      complainantName: person.name,
      complainantPhone: randomMobile(rng),
      status: plan.state,
      receivedAt,
      answerDueAt: dueAtFor(receivedAt, 10),
      assignedAt,
      answeredAt: answeredAt && answeredAt < now ? answeredAt : null,
      answer: plan.answer,
      closedAt: closedAt && closedAt < now ? closedAt : null,
    };
  });
}

/** One 督办: the hall manager escalated the overdue case the morning after its committed deadline. */
export function buildEscalations(cases: readonly DemoCase[], now: Date): DemoEscalation[] {
  const overdue = cases.find((kase) => kase.status === 'UNDER_REVIEW' && kase.dueAt !== null && kase.dueAt < now);
  if (!overdue?.dueAt) return [];
  const raisedDay = addWorkingDays(localDayOf(overdue.dueAt), 1);
  const raisedAt = localTime(raisedDay, 9 * 60 + 30);
  if (raisedAt > now) return [];
  return [
    {
      id: demoId('escalation', overdue.number),
      caseId: overdue.id,
      level: 'YELLOW',
      raisedAt,
      dueAt: localTime(addWorkingDays(raisedDay, 3), CLOSING_MINUTE),
      note: '该件已超过承诺时限，请于三个工作日内办结并书面说明超期原因',
    },
  ];
}
