import { describe, expect, it } from 'vitest';
import {
  CLOSING_MINUTE,
  DEMO_NOW,
  OPENING_MINUTE,
  addWorkingDays,
  dayOf,
  dueAtFor,
  isWeekend,
  localDayOf,
  localMinuteOf,
} from './calendar';
import { uuidV5 } from './ids';
import { HALL_ZONES } from './departments';
import { DETAILED_MATTER_NAMES } from './matter-details';
import { type CaseStatus, DEMO_ID_NAMESPACE, Random, demoHall, demoId, demoUsers, isValidResidentId, residentIdCheckDigit } from './index';

const hall = demoHall();
const users = demoUsers(hall);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
const departments = byId(hall.departments);
const matters = byId(hall.matters);
const staff = byId(hall.staff);
const windows = byId(hall.windows);
const supervisors = byId(hall.supervisors);

function expectUnique(values: readonly string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

describe('demoId', () => {
  it('is RFC 4122 version 5', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Cross-checked with Python's uuid.uuid5.
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'http://www.example.com/')).toBe('fcde3c85-2270-590f-9e7c-ee003d65e0e2');
    expect(uuidV5(DEMO_ID_NAMESPACE, 'user:临江市')).toBe('8b62c966-ade5-55fb-8fcb-9ce31bf4e577');
  });

  it('is stable, lowercase and namespaced', () => {
    const id = demoId('department', 'SCJG');
    expect(id).toBe(uuidV5(DEMO_ID_NAMESPACE, 'department:SCJG'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoId('department', 'SCJG')).toBe(id);
    expect(demoId('matter', 'SCJG')).not.toBe(id);
    expect(hall.departments[0]?.id).toBe(id);
    // Pinned: other databases hold these ids, so the namespace and key scheme must never change.
    expect(id).toBe('1c84bf45-19a5-555a-a563-620cabdfa14f');
  });
});

describe('Random', () => {
  it('replays the same sequence for the same seed', () => {
    const a = new Random('seed');
    const b = new Random('seed');
    const draws = Array.from({ length: 50 }, () => a.int(1, 6));
    expect(Array.from({ length: 50 }, () => b.int(1, 6))).toEqual(draws);
    expect(draws.every((d) => d >= 1 && d <= 6)).toBe(true);
    expect(new Set(draws).size).toBe(6);
  });

  it('shuffles without losing or mutating items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = new Random(7).shuffle(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('demoHall', () => {
  it('is deterministic', () => {
    const again = demoHall();
    expect(again).toEqual(hall);
    expect(again.cases.map((c) => c.id)).toEqual(hall.cases.map((c) => c.id));
    expect(demoUsers(again)).toEqual(users);
  });

  it('hands out copies, so a caller cannot corrupt the memoised hall', () => {
    const copy = demoHall();
    copy.departments.pop();
    copy.cases[0]?.events.push({ from: null, to: 'SUBMITTED', at: new Date(0), actorRole: 'public', reason: null });
    expect(demoHall()).toEqual(hall);
  });

  it('derives every id from a natural key', () => {
    for (const d of hall.departments) expect(d.id).toBe(demoId('department', d.code));
    for (const m of hall.matters) expect(m.id).toBe(demoId('matter', m.code));
    for (const s of hall.staff) expect(s.id).toBe(demoId('staff', s.employeeNo));
    for (const w of hall.windows) expect(w.id).toBe(demoId('window', w.number));
    for (const c of hall.cases) expect(c.id).toBe(demoId('case', c.number));
    const ids = [hall.departments, hall.matters, hall.staff, hall.windows, hall.cases, hall.supervisors, hall.inspections, users].flatMap(
      (list) => list.map((item) => item.id),
    );
    expectUnique(ids);
  });

  it('has the size of a real hall', () => {
    expect(hall.name).toBe('临江市政务服务中心');
    expect(hall.departments.length).toBeGreaterThanOrEqual(12);
    expect(hall.matters.length).toBeGreaterThanOrEqual(60);
    expect(hall.windows.length).toBeGreaterThanOrEqual(20);
    expect(hall.cases.length).toBeGreaterThanOrEqual(50);
    expect(hall.supervisors).toHaveLength(6);
    expect(hall.inspections.length).toBeGreaterThanOrEqual(8);
  });

  it('has unique codes, numbers and names', () => {
    expectUnique(hall.departments.map((d) => d.code));
    expectUnique(hall.departments.map((d) => d.name));
    expectUnique(hall.departments.map((d) => d.contactPhone));
    expectUnique(hall.matters.map((m) => m.code));
    expectUnique(hall.matters.map((m) => m.name));
    expectUnique(hall.staff.map((s) => s.employeeNo));
    expectUnique(hall.staff.map((s) => s.name));
    expectUnique(hall.windows.map((w) => w.number));
    expectUnique(hall.cases.map((c) => c.number));
  });
});

describe('departments and matters', () => {
  it('places departments in hall zones', () => {
    const zones = HALL_ZONES.map((z) => z.name);
    for (const d of hall.departments) {
      expect(zones).toContain(d.hallZone);
      expect(d.code).toMatch(/^[A-Z]{2,5}$/);
      expect(d.contactPhone).toMatch(/^0\d{2,3}-8\d{7}$/);
    }
  });

  it('keeps committed limits within legal limits', () => {
    for (const m of hall.matters) {
      expect(departments.has(m.departmentId)).toBe(true);
      expect(m.committedLimitDays).toBeLessThanOrEqual(m.legalLimitDays);
      expect(m.committedLimitDays).toBeGreaterThanOrEqual(0);
      if (m.kind === 'INSTANT') expect(m.committedLimitDays).toBe(0);
      else expect(m.committedLimitDays).toBeGreaterThan(0);
    }
  });

  it('compresses committed limits well below legal limits', () => {
    const committed = hall.matters.filter((m) => m.kind === 'COMMITTED');
    const legal = committed.reduce((sum, m) => sum + m.legalLimitDays, 0);
    const promised = committed.reduce((sum, m) => sum + m.committedLimitDays, 0);
    const compression = 1 - promised / legal;
    expect(compression).toBeGreaterThan(0.45);
    expect(compression).toBeLessThan(0.75);
    expect(hall.matters.filter((m) => m.kind === 'INSTANT').length).toBeGreaterThanOrEqual(15);
  });

  it('describes every matter completely', () => {
    for (const m of hall.matters) {
      const department = departments.get(m.departmentId);
      expect(m.code.startsWith(`339900-${department?.code}-`)).toBe(true);
      expect(m.code).toMatch(/^\d{6}-[A-Z]+-(XK|BG|YX|BA|QR|QT)-\d{3}$/);
      expect(m.keywords.length).toBeGreaterThanOrEqual(2);
      expect(m.keywords.length).toBeLessThanOrEqual(6);
      expect(m.legalBasis.length).toBeGreaterThanOrEqual(1);
      expect(m.legalBasis.length).toBeLessThanOrEqual(3);
      for (const basis of m.legalBasis) expect(basis).toMatch(/^《.+》/);
      expect(m.materials.length).toBeGreaterThanOrEqual(2);
      expect(m.materials.length).toBeLessThanOrEqual(7);
      expectUnique(m.materials.map((material) => material.name));
      for (const material of m.materials) {
        expect(material.copies).toBeGreaterThanOrEqual(1);
        expect(material.required).toBe(material.condition === null);
      }
      expect(m.channels).toContain('WINDOW');
      expect(m.conditions.length).toBeGreaterThan(10);
      expect(m.feeYuan === null).toBe(m.feeBasis === null);
    }
    const charged = hall.matters.filter((m) => m.feeYuan !== null);
    expect(charged.length).toBeGreaterThan(0);
    expect(charged.length).toBeLessThan(hall.matters.length / 4);
    expect(hall.matters.some((m) => m.materials.some((material) => material.condition !== null))).toBe(true);
  });

  it('lets citizens find matters by everyday words', () => {
    const find = (word: string) => hall.matters.filter((m) => m.keywords.includes(word)).map((m) => m.name);
    expect(find('餐饮')).toContain('食品经营许可证核发');
    expect(find('营业执照')).toContain('食品经营许可证核发');
    expect(find('身份证')).toContain('居民身份证换领');
    expect(find('公积金')).toContain('住房公积金提取（购买自住住房）');
    expect(find('过户')).toContain('不动产转移登记（存量房买卖）');
  });
});

describe('matter details and versions', () => {
  it('gives every matter process steps within its committed limit, refusal grounds and an appeal route', () => {
    for (const m of hall.matters) {
      expect(m.processSteps.length).toBeGreaterThanOrEqual(3);
      expect(m.processSteps[0]?.name).toBe('受理');
      const days = m.processSteps.reduce((sum, step) => sum + step.days, 0);
      expect(days).toBeLessThanOrEqual(m.committedLimitDays);
      if (m.kind === 'COMMITTED') expect(days).toBe(m.committedLimitDays);
      for (const step of m.processSteps) {
        expect(step.days).toBeGreaterThanOrEqual(0);
        expect(step.post).toMatch(/\p{Script=Han}/u);
      }
      expect(m.processSteps.some((step) => step.name === '现场核查')).toBe(m.onSiteInspection);
      expect(m.refusalGrounds.length).toBeGreaterThanOrEqual(3);
      expectUnique(m.refusalGrounds);
      expect(m.appealRoute).toContain('行政复议');
      expect(m.appealRoute).toContain(departments.get(m.departmentId)?.name);
    }
    const names = new Set(hall.matters.map((m) => m.name));
    for (const name of DETAILED_MATTER_NAMES) expect(names).toContain(name);
    expect(hall.matters.filter((m) => m.onSiteInspection).every((m) => m.kind === 'COMMITTED')).toBe(true);
  });

  it('names joint-approval departments that exist and are not the lead department', () => {
    const joint = hall.matters.filter((m) => m.jointDepartmentIds.length > 0);
    expect(joint.length).toBeGreaterThanOrEqual(5);
    for (const m of joint) {
      expectUnique(m.jointDepartmentIds);
      for (const id of m.jointDepartmentIds) {
        expect(departments.has(id)).toBe(true);
        expect(id).not.toBe(m.departmentId);
      }
    }
  });

  it('publishes sample templates for the forms of a good share of matters', () => {
    const withTemplate = hall.matters.filter((m) => m.materials.some((material) => material.sampleTemplate));
    expect(withTemplate.length).toBeGreaterThan(hall.matters.length / 2);
    for (const m of hall.matters) {
      for (const material of m.materials) {
        expect(
          material.sampleTemplate === null || material.sampleTemplate?.startsWith(`https://zwfw.linjiang.example/templates/${m.code}/`),
        ).toBe(true);
      }
    }
    const templates = hall.matters.flatMap((m) =>
      m.materials.flatMap((material) => (material.sampleTemplate ? [material.sampleTemplate] : [])),
    );
    expectUnique(templates);
  });

  it('has one matter with a second version that supersedes the first and no case on it', () => {
    expect(hall.matterVersions).toHaveLength(1);
    const [second] = hall.matterVersions;
    const first = matters.get(second?.supersedesId ?? '');
    if (!second || !first) throw new Error('missing the revised matter');
    expect(second.code).toBe(first.code);
    expect(second.version).toBe(2);
    expect(second.id).toBe(demoId('matter', `${first.code}@v2`));
    expect(second.publishedAt.getTime()).toBeGreaterThan(second.draftedAt.getTime());
    expect(second.publishedAt.getTime()).toBeLessThan(DEMO_NOW.getTime());
    expect(second).not.toMatchObject({ channels: first.channels, keywords: first.keywords, legalBasis: first.legalBasis });
    expect(second.committedLimitDays).toBeLessThanOrEqual(second.legalLimitDays);
    // Case statistics are per version: a case on the first version would vanish from the current guide's counts.
    expect(hall.cases.some((c) => c.matterId === first.id)).toBe(false);
    const editor = users.find((u) => u.id === second.editorUserId);
    expect(editor).toMatchObject({ role: 'dept_admin', dept: first.departmentId });
  });
});

describe('staff and windows', () => {
  it('staffs each department with 3–5 people and one chief representative', () => {
    for (const d of hall.departments) {
      const team = hall.staff.filter((s) => s.departmentId === d.id);
      expect(team.length).toBeGreaterThanOrEqual(3);
      expect(team.length).toBeLessThanOrEqual(5);
      expect(team.filter((s) => s.post === 'CHIEF_REPRESENTATIVE')).toHaveLength(1);
      expect(team.some((s) => s.post === 'ACCEPTANCE')).toBe(true);
    }
    for (const s of hall.staff) {
      expect(departments.has(s.departmentId)).toBe(true);
      expect(s.employeeNo).toMatch(/^ZW\d{5}$/);
      expect(s.postedSince >= '2019-01-01' && s.postedSince <= '2026-11-20').toBe(true);
      expect(isWeekend(dayOf(s.postedSince))).toBe(false);
    }
    expect(hall.staff.some((s) => s.postedSince > '2024-11-21')).toBe(true);
  });

  it('numbers windows by zone and serves every department', () => {
    for (const w of hall.windows) {
      const zone = HALL_ZONES.find((z) => z.name === w.hallZone);
      expect(zone).toBeDefined();
      expect(w.number).toMatch(new RegExp(`^${zone?.windowPrefix}\\d{2}$`));
      expect(w.departmentIds.length).toBeGreaterThanOrEqual(1);
      expect(w.departmentIds.length).toBeLessThanOrEqual(3);
      for (const id of w.departmentIds) expect(departments.has(id)).toBe(true);
    }
    for (const d of hall.departments) expect(hall.windows.some((w) => w.departmentIds.includes(d.id))).toBe(true);
    for (const category of ['GREEN_CHANNEL', 'PICKUP', 'CONSULTATION', 'SELF_SERVICE'] as const) {
      expect(hall.windows.filter((w) => w.category === category)).toHaveLength(1);
    }
  });
});

describe('cases', () => {
  it('references existing records', () => {
    for (const c of hall.cases) {
      const matter = matters.get(c.matterId);
      expect(matter).toBeDefined();
      expect(departments.has(c.departmentId)).toBe(true);
      const owner = staff.get(c.firstOwnerStaffId);
      expect(owner?.departmentId).toBe(c.departmentId);
      if (c.windowId === null) expect(c.channel).toBe('ONLINE');
      else expect(windows.get(c.windowId)?.departmentIds).toContain(c.departmentId);
      if (c.channel) expect(matter?.channels).toContain(c.channel);
      if (c.status === 'REFERRED') {
        expect(c.referredToDepartmentId).toBe(matter?.departmentId);
        expect(c.referredToDepartmentId).not.toBe(c.departmentId);
      } else {
        expect(c.referredToDepartmentId).toBeUndefined();
        expect(c.departmentId).toBe(matter?.departmentId);
      }
    }
  });

  it('numbers cases by submission date', () => {
    for (const c of hall.cases) {
      expect(c.number).toMatch(/^ZW\d{13}$/);
      const day = new Date(c.submittedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
      expect(c.number.slice(2, 10)).toBe(day);
    }
  });

  it('records each case as a chain of transitions ending in its status', () => {
    for (const c of hall.cases) {
      const [first] = c.events;
      expect(first?.from).toBeNull();
      expect(first?.to).toBe('SUBMITTED');
      expect(first?.at).toEqual(c.submittedAt);
      c.events.forEach((event, i) => {
        const next = c.events[i + 1];
        if (next) {
          expect(next.from).toBe(event.to);
          expect(next.at.getTime()).toBeGreaterThan(event.at.getTime());
        }
      });
      expect(c.events.at(-1)?.to).toBe(c.status);
    }
  });

  it('uses legal transitions only, with reasons where a reason is owed', () => {
    const allowed: Record<CaseStatus, readonly CaseStatus[]> = {
      SUBMITTED: ['SUPPLEMENT_REQUESTED', 'ACCEPTED', 'NOT_ACCEPTED', 'REFERRED', 'WITHDRAWN'],
      SUPPLEMENT_REQUESTED: ['RESUBMITTED', 'WITHDRAWN'],
      RESUBMITTED: ['ACCEPTED', 'SUPPLEMENT_REQUESTED', 'NOT_ACCEPTED'],
      ACCEPTED: ['UNDER_REVIEW', 'COMPLETED', 'WITHDRAWN'],
      UNDER_REVIEW: ['SUSPENDED', 'APPROVED', 'DENIED', 'WITHDRAWN'],
      SUSPENDED: ['UNDER_REVIEW', 'WITHDRAWN'],
      APPROVED: ['COMPLETED'],
      DENIED: ['COMPLETED'],
      COMPLETED: ['DELIVERED'],
      NOT_ACCEPTED: [],
      REFERRED: [],
      DELIVERED: [],
      WITHDRAWN: [],
    };
    const needsReason: readonly CaseStatus[] = [
      'SUPPLEMENT_REQUESTED',
      'NOT_ACCEPTED',
      'REFERRED',
      'SUSPENDED',
      'DENIED',
      'WITHDRAWN',
      'DELIVERED',
    ];
    for (const c of hall.cases) {
      for (const event of c.events.slice(1)) {
        expect(event.from === null ? [] : allowed[event.from]).toContain(event.to);
        if (needsReason.includes(event.to)) expect(event.reason).toMatch(/\p{Script=Han}/u);
        if (event.to === 'SUPPLEMENT_REQUESTED') expect(event.reason).toContain('一次性告知');
        if (event.to === 'NOT_ACCEPTED') expect(event.reason).toContain('集体研判');
      }
    }
  });

  it('keeps timestamps, deadlines and visits consistent', () => {
    for (const c of hall.cases) {
      const matter = matters.get(c.matterId);
      if (!matter) throw new Error('missing matter');
      for (const event of c.events) {
        expect(event.at.getTime()).toBeLessThanOrEqual(DEMO_NOW.getTime());
        expect(isWeekend(localDayOf(event.at))).toBe(false);
        expect(localMinuteOf(event.at)).toBeGreaterThanOrEqual(OPENING_MINUTE);
        expect(localMinuteOf(event.at)).toBeLessThanOrEqual(CLOSING_MINUTE);
      }
      expect(c.submittedAt.getTime()).toBeGreaterThanOrEqual(new Date('2026-10-20T16:00:00Z').getTime());
      const accepted = c.events.find((e) => e.to === 'ACCEPTED');
      expect(c.acceptedAt).toEqual(accepted?.at ?? null);
      expect(c.completedAt).toEqual(c.events.find((e) => e.to === 'COMPLETED')?.at ?? null);
      if (c.acceptedAt) {
        expect(c.dueAt).toEqual(dueAtFor(c.acceptedAt, matter.committedLimitDays));
        expect(localDayOf(c.dueAt as Date)).toBe(addWorkingDays(localDayOf(c.acceptedAt), matter.committedLimitDays));
      } else {
        expect(c.dueAt).toBeNull();
      }
      expect(c.visits).toBeGreaterThanOrEqual(1);
      expect(c.visits).toBeLessThanOrEqual(3);
      expect(isValidResidentId(c.applicantIdNumber)).toBe(true);
      expect(c.applicantPhone).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('completes instant matters on the spot', () => {
    const instant = hall.cases.filter((c) => matters.get(c.matterId)?.kind === 'INSTANT' && c.acceptedAt !== null);
    expect(instant.length).toBeGreaterThanOrEqual(10);
    for (const c of instant) {
      expect(c.events.map((e) => e.to)).toEqual(['SUBMITTED', 'ACCEPTED', 'COMPLETED']);
      const minutes = c.events.map((e) => Math.floor(e.at.getTime() / 60_000));
      expect(new Set(minutes).size).toBe(1);
    }
  });

  it('has a believable status mix', () => {
    const count = (status: CaseStatus) => hall.cases.filter((c) => c.status === status).length;
    expect(count('COMPLETED') + count('DELIVERED')).toBeGreaterThan(hall.cases.length / 2);
    expect(count('ACCEPTED') + count('UNDER_REVIEW')).toBeGreaterThanOrEqual(3);
    expect(count('SUPPLEMENT_REQUESTED')).toBeGreaterThanOrEqual(2);
    for (const status of ['NOT_ACCEPTED', 'REFERRED', 'WITHDRAWN', 'SUSPENDED'] as const) expect(count(status)).toBe(1);
    expect(hall.cases.filter((c) => c.visits === 1).length).toBeGreaterThan(hall.cases.length * 0.7);
    expect(hall.cases.some((c) => c.dueAt !== null && c.status === 'UNDER_REVIEW' && c.dueAt < DEMO_NOW)).toBe(true);
  });
});

describe('supervisors and inspections', () => {
  it('appoints supervisors for two-year terms', () => {
    for (const s of hall.supervisors) {
      const [year, ...monthDay] = s.termStart.split('-');
      expect(dayOf(s.termEnd) + 1).toBe(dayOf([Number(year) + 2, ...monthDay].join('-')));
      for (const id of s.tiedDepartmentIds) expect(departments.has(id)).toBe(true);
    }
    expect(hall.supervisors.some((s) => s.tiedDepartmentIds.length === 1)).toBe(true);
  });

  it('references existing records and never inspects a tied department', () => {
    for (const i of hall.inspections) {
      const window = windows.get(i.windowId);
      const supervisor = supervisors.get(i.supervisorId);
      expect(window?.departmentIds).toContain(i.departmentId);
      expect(departments.has(i.departmentId)).toBe(true);
      expect(supervisor).toBeDefined();
      expect(supervisor?.tiedDepartmentIds).not.toContain(i.departmentId);
    }
    expectUnique(hall.inspections.map((i) => i.windowId));
  });

  it('scores only submitted inspections', () => {
    for (const i of hall.inspections) {
      if (i.status === 'SUBMITTED') {
        expect(i.score).not.toBeNull();
        expect(i.score).toBeGreaterThanOrEqual(0);
        expect(i.score).toBeLessThanOrEqual(100);
        expect(i.findings.length).toBeGreaterThan(0);
      } else {
        expect(i.score).toBeNull();
      }
      if (i.status === 'PLANNED') {
        expect(i.visitedAt).toBeNull();
        expect(i.findings).toEqual([]);
        expect(i.plannedFor > '2026-11-20').toBe(true);
      } else {
        expect(i.visitedAt?.getTime()).toBeLessThanOrEqual(DEMO_NOW.getTime());
        expect(localDayOf(i.visitedAt as Date)).toBe(dayOf(i.plannedFor));
      }
    }
    for (const status of ['SUBMITTED', 'DRAFT', 'PLANNED'] as const) expect(hall.inspections.some((i) => i.status === status)).toBe(true);
  });
});

describe('demoUsers', () => {
  it('signs in one user per role with real records behind them', () => {
    const roles = users.map((u) => u.role);
    const firstThreeAndBdc = [...hall.departments.slice(0, 3).map((d) => d.id), hall.departments.find((d) => d.code === 'BDC')?.id];
    expect(roles.filter((r) => r === 'manager')).toHaveLength(1);
    expect(roles.filter((r) => r === 'dept_admin')).toHaveLength(4);
    expect(roles.filter((r) => r === 'staff')).toHaveLength(4);
    expect(users.filter((u) => u.role === 'staff').map((u) => u.dept)).toEqual(firstThreeAndBdc);
    expect(roles.filter((r) => r === 'supervisor')).toHaveLength(2);
    expect(roles.filter((r) => r === 'public')).toHaveLength(1);
    expect(users.find((u) => u.role === 'manager')?.label).toBe('王建国（大厅管理员）');
    expect(users.filter((u) => u.role === 'dept_admin').map((u) => u.dept)).toEqual(firstThreeAndBdc);
    for (const u of users) {
      expect(u.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(u.label.startsWith(`${u.name}（`)).toBe(true);
      if (u.dept !== undefined) expect(departments.has(u.dept)).toBe(true);
      if (u.role === 'staff') {
        const record = staff.get(u.staffId ?? '');
        expect(record?.name).toBe(u.name);
        expect(record?.departmentId).toBe(u.dept);
      } else {
        expect(u.staffId).toBeUndefined();
      }
      if (u.role === 'supervisor') expect(supervisors.get(u.supervisorId ?? '')?.name).toBe(u.name);
      else expect(u.supervisorId).toBeUndefined();
      if (u.role === 'dept_admin' || u.role === 'staff') expect(u.dept).toBeDefined();
      else expect(u.dept).toBeUndefined();
    }
  });

  it('gives the public user cases to track', () => {
    const citizen = users.find((u) => u.role === 'public');
    const mine = hall.cases.filter((c) => c.applicantName === citizen?.name);
    expect(mine.length).toBe(2);
    expect(new Set(mine.map((c) => c.applicantIdNumber)).size).toBe(1);
  });
});

describe('resident ids', () => {
  it('computes the GB 11643 check digit', () => {
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519490231002X')).toBe(false);
  });
});

describe('evaluations', () => {
  it('evaluates most completed cases, mostly 非常满意, with two bad reviews in their workflow', () => {
    const completed = hall.cases.filter((c) => c.status === 'COMPLETED' || c.status === 'DELIVERED');
    const byCase = new Map(hall.evaluations.map((e) => [e.caseId, e]));
    expect(byCase.size).toBe(hall.evaluations.length);
    expect(hall.evaluations.length).toBeGreaterThan(completed.length * 0.7);
    for (const evaluation of hall.evaluations) {
      const kase = completed.find((c) => c.id === evaluation.caseId);
      expect(kase).toBeDefined();
      expect(evaluation.evaluatedAt.getTime()).toBeGreaterThanOrEqual(kase?.completedAt?.getTime() ?? Infinity);
      expect(evaluation.evaluatedAt.getTime()).toBeLessThanOrEqual(DEMO_NOW.getTime());
      expect(evaluation.level >= 1 && evaluation.level <= 5).toBe(true);
      expect(evaluation.rectification !== null).toBe(evaluation.level <= 2);
    }
    const fives = hall.evaluations.filter((e) => e.level === 5).length;
    expect(fives / hall.evaluations.length).toBeGreaterThan(0.6);
    const bad = hall.evaluations.filter((e) => e.level <= 2);
    expect(bad).toHaveLength(2);
    for (const review of bad) {
      expect(review.realName).toBe(true);
      expect(review.rectification?.callbackAt).not.toBeNull();
      const steps = review.rectification?.steps ?? [];
      expect(steps.every((step, i) => i === 0 || step.at > (steps[i - 1]?.at ?? step.at))).toBe(true);
    }
  });
});

describe('inspection programme', () => {
  const { template, plans, pastOutcomes } = hall.inspectionProgramme;
  const items = template.sections.flatMap((section) => section.items);

  it('ships a default checklist from the six norms and the four zeros, weights adding up to 100', () => {
    expect(new Set(template.sections.map((section) => section.norm))).toEqual(
      new Set(['ATTITUDE', 'LANGUAGE', 'BEHAVIOUR', 'EFFICIENCY', 'FACILITIES', 'DISCIPLINE', 'FOUR_ZEROS']),
    );
    expect(template.sections.reduce((sum, section) => sum + section.weight, 0)).toBe(100);
    expectUnique(items.map((item) => item.key));
    expect(items.map((item) => item.text)).toEqual(expect.arrayContaining(['是否主动问候、使用文明用语', '是否一次性告知所需全部材料', '窗口是否出现空岗']));
    expect(items.some((item) => item.serious) && items.some((item) => item.allowNotApplicable)).toBe(true);
  });

  it('has a past plan with scripted outcomes and a current plan, both over staffed windows', () => {
    expect(plans.map((plan) => plan.visitsSubmitted)).toEqual([true, false]);
    for (const plan of plans) {
      for (const { windowId, departmentIds } of plan.windows) {
        expect(windows.get(windowId)?.category).not.toBe('SELF_SERVICE');
        expect(departmentIds).toEqual(windows.get(windowId)?.departmentIds);
      }
    }
    expect((plans[1]?.from ?? '') > DEMO_NOW.toISOString().slice(0, 10)).toBe(true);
    expect(pastOutcomes).toHaveLength(plans[0]?.windows.length ?? 0);
    const keys = new Map(items.map((item) => [item.key, item]));
    for (const outcome of pastOutcomes) {
      for (const failure of outcome.failures) expect(keys.has(failure.itemKey) && failure.comment.length > 0).toBe(true);
      for (const key of outcome.notApplicable) expect(keys.get(key)?.allowNotApplicable).toBe(true);
    }
    expect(pastOutcomes.map((outcome) => outcome.rectification?.kind ?? null).filter(Boolean)).toEqual(['VERIFIED', 'REOPENED', 'OVERDUE']);
  });
});

describe('complaints and escalations', () => {
  it('has a complaint in every state, answered ones before their 10-working-day deadline but one left overdue', () => {
    expect(hall.complaints.map((c) => c.status).sort()).toEqual(['ANSWERED', 'ASSIGNED', 'CLOSED', 'RECEIVED']);
    expectUnique(hall.complaints.map((c) => c.number));
    for (const complaint of hall.complaints) {
      expect(complaint.receivedAt.getTime()).toBeLessThan(DEMO_NOW.getTime());
      expect(complaint.answerDueAt.getTime()).toBeGreaterThan(complaint.receivedAt.getTime());
      if (complaint.answeredAt) expect(complaint.answeredAt.getTime()).toBeLessThanOrEqual(complaint.answerDueAt.getTime());
      expect(complaint.answer !== null).toBe(complaint.status === 'ANSWERED' || complaint.status === 'CLOSED');
      expect(complaint.departmentId !== null || complaint.status === 'RECEIVED').toBe(true);
    }
    expect(hall.complaints.some((c) => c.status === 'RECEIVED' && c.answerDueAt < DEMO_NOW)).toBe(true);
  });

  it('escalates the overdue case once, after its deadline', () => {
    expect(hall.escalations).toHaveLength(1);
    const [escalation] = hall.escalations;
    const kase = hall.cases.find((c) => c.id === escalation?.caseId);
    expect(kase?.status).toBe('UNDER_REVIEW');
    expect(escalation?.raisedAt.getTime()).toBeGreaterThan(kase?.dueAt?.getTime() ?? Infinity);
    expect(escalation?.raisedAt.getTime()).toBeLessThan(DEMO_NOW.getTime());
    expect(escalation?.dueAt.getTime()).toBeGreaterThan(escalation?.raisedAt.getTime() ?? Infinity);
  });
});
