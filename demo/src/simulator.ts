import { DISTRICT_CODES, Random, isoOf, makeResidentId, randomMobile, randomPerson, type DemoStaff } from '@hall/demo-hall';
import { ApiError, type Api } from './client';
import { hallFacts, type HallFacts } from './facts';
import * as Q from './operations';
import type { Tokens } from './tokens';

export const ACTIONS = ['ticket', 'queue', 'register', 'move', 'evaluate', 'warning', 'illegal'] as const;
export type Action = (typeof ACTIONS)[number];

/** What one action did: `done` says what happened (null: nothing to do), `refused` the code the API refused it with. */
export interface Outcome {
  action: Action;
  done: string | null;
  /** The ticket, case or evaluation it touched. */
  subject?: string;
  refused?: string;
}

/** One action per tick, in this order (the queue moves most); a deliberately illegal move now and then. */
const SCHEDULE: readonly Action[] = [
  'ticket',
  'queue',
  'register',
  'queue',
  'move',
  'ticket',
  'queue',
  'evaluate',
  'move',
  'queue',
  'warning',
];
const ILLEGAL_EVERY = 37;
const MAX_WAITING = 12;
const MOVABLE = ['SUBMITTED', 'RESUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'APPROVED', 'COMPLETED'] as const;

export interface SimulatorOptions {
  api: Api;
  tokens: Tokens;
  seed?: string;
  now?: () => Date;
}

interface Present {
  windowId: string;
  staff: DemoStaff;
}

/**
 * Keeps the demo hall alive through the gateway, so every rule of the platform applies to what it does: tickets
 * issued (the public) and called, served or missed (the clerk checked in at the window), cases registered at a staffed
 * window and moved on by their department's clerks, evaluations given with a completed case's evaluation code (the
 * public; now and then a bad review), a 督办 raised on a case holding a yellow or red card. A refusal is reported and
 * the simulator carries on; RATE_LIMITED pauses that action for its retryAfter.
 */
export class Simulator {
  private readonly facts: HallFacts = hallFacts();
  private readonly rng: Random;
  private readonly now: () => Date;
  private readonly pausedUntil = new Map<Action, number>();
  private readonly matters = new Map<string, Q.MatterRow[]>();
  private readonly noCheckIn = new Set<string>();
  private turn = 0;

  constructor(private readonly options: SimulatorOptions) {
    this.rng = new Random(options.seed ?? `demo-simulator:${Date.now()}`);
    this.now = options.now ?? (() => new Date());
  }

  /** One step: the next action of the schedule that finds something to do. */
  async tick(): Promise<Outcome> {
    this.turn += 1;
    if (this.turn % ILLEGAL_EVERY === 0) {
      const outcome = await this.act('illegal');
      if (outcome.done !== null || outcome.refused) return outcome;
    }
    let last: Outcome = { action: 'ticket', done: null };
    for (let i = 0; i < SCHEDULE.length; i++) {
      const action = SCHEDULE[(this.turn + i) % SCHEDULE.length] as Action;
      if ((this.pausedUntil.get(action) ?? 0) > Date.now()) continue;
      last = await this.act(action);
      if (last.done !== null || last.refused) return last;
    }
    return last;
  }

  /** One action; a refusal is returned, not thrown (a network failure is thrown). */
  async act(action: Action): Promise<Outcome> {
    try {
      return { action, ...(await this.run(action)) };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'RATE_LIMITED') this.pausedUntil.set(action, Date.now() + (error.retryAfterSeconds ?? 60) * 1000);
      return { action, done: null, refused: error.code };
    }
  }

  private run(action: Action): Promise<Omit<Outcome, 'action'>> {
    switch (action) {
      case 'ticket':
        return this.issueTicket();
      case 'queue':
        return this.serveQueue();
      case 'register':
        return this.registerCase();
      case 'move':
        return this.moveCase();
      case 'evaluate':
        return this.evaluate();
      case 'warning':
        return this.escalate();
      case 'illegal':
        return this.illegalMove();
    }
  }

  private get api(): Api {
    return this.options.api;
  }

  /** The clerks checked in at a staffed window now, and the rostered ones who are not yet. */
  private async onDuty(): Promise<{ present: Present[]; absent: Present[] }> {
    const data = await this.api<Q.OnDutyData>(Q.ON_DUTY, { at: this.now().toISOString() }, await this.options.tokens.manager());
    const present: Present[] = [];
    const absent: Present[] = [];
    for (const entry of data.onDuty) {
      const staff = this.facts.staff.get(entry.staff.id);
      const window = this.facts.windows.get(entry.window.id);
      if (!staff || !window || window.category === 'SELF_SERVICE') continue;
      (entry.present && !entry.shift.checkedOutAt ? present : absent).push({ windowId: window.id, staff });
    }
    return { present, absent };
  }

  private async issueTicket(): Promise<Omit<Outcome, 'action'>> {
    const { queueDisplay } = await this.api<Q.QueueDisplayData>(Q.QUEUE_DISPLAY);
    if (queueDisplay.waiting >= MAX_WAITING) return { done: null };
    const { present } = await this.onDuty();
    const windowIds = present.length > 0 ? present.map((entry) => entry.windowId) : [...this.facts.categories.keys()];
    const serving = windowIds.filter((id) => (this.facts.categories.get(id) ?? []).length > 0);
    if (serving.length === 0) return { done: null };
    const window = this.facts.windows.get(this.rng.pick(serving));
    if (!window) return { done: null };
    const departmentId = this.rng.pick(window.departmentIds);
    const category = this.rng.pick(this.facts.categories.get(window.id) ?? []);
    const { issueTicket } = await this.api<Q.IssueTicketData>(Q.ISSUE_TICKET, { departmentId, category });
    return { done: `ticket ${issueTicket.number} taken (${category})`, subject: issueTicket.id };
  }

  private async serveQueue(): Promise<Omit<Outcome, 'action'>> {
    const { present, absent } = await this.onDuty();
    if (present.length === 0) {
      // A rostered clerk arrives (check-in opens a little before the shift; refused outside it).
      const late = absent.find((entry) => !this.noCheckIn.has(`${entry.staff.id}|${entry.windowId}`));
      if (!late) return { done: null };
      try {
        await this.api(Q.CHECK_IN, { windowId: late.windowId }, await this.options.tokens.staff(late.staff));
      } catch (error) {
        // Refused (the check-in is not open yet, or no longer): not asked again today.
        this.noCheckIn.add(`${late.staff.id}|${late.windowId}`);
        throw error;
      }
      return { done: `${late.staff.name} checked in at ${this.facts.windows.get(late.windowId)?.number ?? '?'}` };
    }
    for (const entry of this.rng.sample(present, Math.min(3, present.length))) {
      const token = await this.options.tokens.staff(entry.staff);
      const number = this.facts.windows.get(entry.windowId)?.number ?? '?';
      const { tickets } = await this.api<Q.TicketsData>(Q.TICKETS, { windowId: entry.windowId }, token);
      const serving = tickets.find((ticket) => ticket.status === 'SERVING');
      if (serving) {
        await this.api(Q.END_SERVICE, { id: serving.id }, token);
        return { done: `${number} finished serving ${serving.number}`, subject: serving.id };
      }
      const called = tickets.find((ticket) => ticket.status === 'CALLED');
      if (called && this.rng.chance(0.1)) {
        await this.api(Q.NO_SHOW, { id: called.id }, token);
        return { done: `${number}: ${called.number} did not come forward`, subject: called.id };
      }
      if (called) {
        await this.api(Q.START_SERVICE, { id: called.id }, token);
        return { done: `${number} serving ${called.number}`, subject: called.id };
      }
      const { callNextTicket } = await this.api<Q.CallNextData>(Q.CALL_NEXT, { windowId: entry.windowId }, token);
      if (callNextTicket) return { done: `${number} called ${callNextTicket.number}`, subject: callNextTicket.id };
    }
    return { done: null };
  }

  private async publishedMatters(departmentId: string): Promise<Q.MatterRow[]> {
    let matters = this.matters.get(departmentId);
    if (!matters) {
      const data = await this.api<Q.MattersData>(Q.MATTERS, { departmentId });
      matters = data.matters.filter((matter) => matter.status === 'PUBLISHED');
      this.matters.set(departmentId, matters);
    }
    return matters;
  }

  /** At a counter with a clerk checked in; with the hall closed, an application submitted online. */
  private async registerCase(): Promise<Omit<Outcome, 'action'>> {
    const { present } = await this.onDuty();
    const counters = present.filter((entry) => {
      const category = this.facts.windows.get(entry.windowId)?.category;
      return category === 'SPECIALISED' || category === 'COMPREHENSIVE';
    });
    const departmentId = counters.length > 0 ? null : this.rng.pick(this.facts.departmentIds);
    const clerk = counters.length > 0 ? this.rng.pick(counters) : { windowId: null, staff: this.facts.clerks.get(departmentId ?? '')?.[0] };
    if (!clerk.staff) return { done: null };
    const online = clerk.windowId === null;
    const matters = (await this.publishedMatters(clerk.staff.departmentId)).filter(
      (matter) => !online || (matter.kind !== 'INSTANT' && matter.channels.includes('ONLINE')),
    );
    if (matters.length === 0) return { done: null };
    const matter = this.rng.pick(matters);
    const person = randomPerson(this.rng);
    const birthDate = isoOf(this.rng.int(-5000, 12000)); // born 1956 … 2002
    const input = {
      matterId: matter.id,
      applicantName: person.name,
      applicantIdNumber: makeResidentId(this.rng.pick(DISTRICT_CODES), birthDate, this.rng.int(0, 499), person.male),
      applicantPhone: randomMobile(this.rng),
      ...(online ? { online: true } : { windowId: clerk.windowId }),
      ...(matter.kind === 'INSTANT' ? { completeOnTheSpot: true } : {}),
    };
    const { registerCase } = await this.api<Q.RegisterData>(Q.REGISTER, { input }, await this.options.tokens.staff(clerk.staff));
    const where = online ? 'online' : `at ${this.facts.windows.get(clerk.windowId ?? '')?.number ?? '?'}`;
    return { done: `case ${registerCase.number} registered ${where} (${matter.name}, ${registerCase.status})`, subject: registerCase.id };
  }

  /** A case of a department, in one of `statuses`, as one of its clerks sees it. */
  private async findCase(
    statuses: readonly string[],
    departments = 4,
  ): Promise<{ clerk: DemoStaff; token: string; kase: Q.CaseRow } | null> {
    for (const departmentId of this.rng.sample(this.facts.departmentIds, Math.min(departments, this.facts.departmentIds.length))) {
      const clerk = this.facts.clerks.get(departmentId)?.[0];
      if (!clerk) continue;
      const token = await this.options.tokens.staff(clerk);
      for (const status of this.rng.shuffle(statuses)) {
        const { cases } = await this.api<Q.CasesData>(Q.CASES, { filter: { departmentId, status } }, token);
        const candidates = cases.nodes.filter((kase) => !(kase.status === 'COMPLETED' && kase.instant));
        if (candidates.length > 0) return { clerk, token, kase: this.rng.pick(candidates) };
      }
    }
    return null;
  }

  private async moveCase(): Promise<Omit<Outcome, 'action'>> {
    const found = await this.findCase(MOVABLE);
    if (!found) return { done: null };
    const { token, kase } = found;
    const args = { id: kase.id, v: kase.version };
    const moved = await (async (): Promise<Q.MovedCase> => {
      switch (kase.status) {
        case 'SUBMITTED':
        case 'RESUBMITTED':
          return (await this.api<{ acceptCase: Q.MovedCase }>(Q.ACCEPT, args, token)).acceptCase;
        case 'ACCEPTED':
          return (await this.api<{ startReview: Q.MovedCase }>(Q.START_REVIEW, args, token)).startReview;
        case 'UNDER_REVIEW':
          return (await this.api<{ decideCase: Q.MovedCase }>(Q.DECIDE, { ...args, approved: true }, token)).decideCase;
        case 'APPROVED':
          return (await this.api<{ completeCase: Q.MovedCase }>(Q.COMPLETE, args, token)).completeCase;
        default:
          return (await this.api<{ deliverCase: Q.MovedCase }>(Q.DELIVER, args, token)).deliverCase;
      }
    })();
    return { done: `case ${moved.number} ${kase.status} → ${moved.status}`, subject: moved.id };
  }

  private async evaluate(): Promise<Omit<Outcome, 'action'>> {
    for (const departmentId of this.rng.sample(this.facts.departmentIds, 4)) {
      const clerk = this.facts.clerks.get(departmentId)?.[0];
      if (!clerk) continue;
      const token = await this.options.tokens.staff(clerk);
      for (const status of ['COMPLETED', 'DELIVERED']) {
        const { cases } = await this.api<Q.EvaluableData>(Q.EVALUABLE, { filter: { departmentId, status } }, token);
        const open = cases.nodes.filter((kase) => kase.evaluationCode && !kase.evaluation);
        const kase = open.length > 0 ? this.rng.pick(open) : undefined;
        if (!kase?.evaluationCode) continue;
        const bad = this.rng.chance(0.12);
        const level = bad ? 2 : this.rng.chance(0.75) ? 5 : 4;
        const input = {
          code: kase.evaluationCode,
          level,
          channel: this.rng.pick(['WINDOW_TABLET', 'WINDOW_TABLET', 'QR_CODE', 'SMS']),
          comment: bad ? '等候时间太长，窗口人员解释材料要求不够清楚' : this.rng.pick(['办事效率高', '工作人员很耐心', null]),
        };
        await this.api<Q.EvaluateData>(Q.EVALUATE, { input });
        return { done: `case ${kase.number} evaluated ${level}${bad ? ' (a bad review: rectification opened)' : ''}`, subject: kase.id };
      }
    }
    return { done: null };
  }

  private async escalate(): Promise<Omit<Outcome, 'action'>> {
    const token = await this.options.tokens.manager();
    const { warningCases } = await this.api<Q.WarningCasesData>(Q.WARNING_CASES, {}, token);
    const due = (warningCases ?? []).find(
      (kase) =>
        (kase.warning === 'YELLOW' || kase.warning === 'RED') && !kase.escalations.some((escalation) => escalation.level === kase.warning),
    );
    if (!due) return { done: null };
    const { escalateCase } = await this.api<Q.EscalateData>(
      Q.ESCALATE,
      { id: due.id, note: '已超过承诺时限，请三个工作日内办结并书面说明原因' },
      token,
    );
    return { done: `督办 ${escalateCase.level} raised on case ${due.number}`, subject: escalateCase.id };
  }

  /** Completing a case that was never decided: the lifecycle refuses it. */
  private async illegalMove(): Promise<Omit<Outcome, 'action'>> {
    const found = await this.findCase(['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW'], this.facts.departmentIds.length);
    if (!found) return { done: null };
    const { completeCase } = await this.api<{ completeCase: Q.MovedCase }>(
      Q.COMPLETE,
      { id: found.kase.id, v: found.kase.version },
      found.token,
    );
    return {
      done: `case ${completeCase.number} completed without a decision (the lifecycle should have refused it)`,
      subject: completeCase.id,
    };
  }
}
