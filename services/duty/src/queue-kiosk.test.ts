import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, local, managerToken, SCHEDULE, staffFor, staffToken, windowNumbered, type DutyHarness } from './test-helpers';

let h: DutyHarness;
let manager: string;

const KIOSK = `{ queueKiosk { department { id } category waiting } }`;
const ISSUE = `mutation ($d: ID!, $c: MatterCategory!) { issueTicket(departmentId: $d, category: $c) { id number } }`;
const WINDOWS = `{ windows { id number matterCategories departments { id } } }`;
const CATEGORIES = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'];

interface Option {
  department: { id: string };
  category: string;
  waiting: number;
}
type Kiosk = { queueKiosk: Option[] };
type Windows = { windows: Array<{ id: string; number: string; matterCategories: string[]; departments: Array<{ id: string }> }> };

const kiosk = async (token?: string) => (await h.ok<Kiosk>(KIOSK, undefined, token)).queueKiosk;
const waitingFor = (options: Option[], departmentId: string, category: string) =>
  options.find((option) => option.department.id === departmentId && option.category === category)?.waiting;

/** The kiosk's lines worked out from the active windows, independently of its SQL: first window's number, then category. */
async function expectedLines(): Promise<string[]> {
  const { windows } = await h.ok<Windows>(WINDOWS);
  const firstWindow = new Map<string, string>();
  for (const window of windows) {
    for (const department of window.departments) {
      for (const category of window.matterCategories) {
        const key = `${department.id}/${category}`;
        const known = firstWindow.get(key);
        if (!known || window.number < known) firstWindow.set(key, window.number);
      }
    }
  }
  return [...firstWindow.entries()]
    .map(([key, number]) => {
      const [departmentId = '', category = ''] = key.split('/');
      return { key, number, departmentId, category };
    })
    .sort(
      (a, b) =>
        a.number.localeCompare(b.number) ||
        CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
        a.departmentId.localeCompare(b.departmentId),
    )
    .map((line) => line.key);
}

const B01 = windowNumbered('B01');

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-12-08', '08:30') });
  manager = await managerToken();
});
afterAll(() => h?.close());

describe('queueKiosk', () => {
  it('offers, to anyone without signing in, every department and category an active window serves, in the hall’s order', async () => {
    const options = await kiosk();
    expect(options.length).toBeGreaterThan(5);
    expect(options.map((option) => `${option.department.id}/${option.category}`)).toEqual(await expectedLines());
    expect(options.every((option) => option.waiting === 0)).toBe(true);
  });

  it('counts today’s waiting tickets per department and category, in one SQL statement', async () => {
    h.clock.now = local('2026-12-08', '09:00');
    const [first, second] = await kiosk();
    if (!first || !second) throw new Error('the kiosk offers less than two lines');
    for (let i = 0; i < 3; i += 1) await h.ok(ISSUE, { d: first.department.id, c: first.category });
    await h.ok(ISSUE, { d: second.department.id, c: second.category });

    const { result, statements } = await h.subgraph.runtime.database.statements.measure(() => h.subgraph.execute<Kiosk>(KIOSK));
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const options = result.data?.queueKiosk ?? [];
    expect(waitingFor(options, first.department.id, first.category)).toBe(3);
    expect(waitingFor(options, second.department.id, second.category)).toBe(1);
    const total = options.reduce((sum, option) => sum + option.waiting, 0);
    expect(total).toBe(await h.count('tickets', `day = '2026-12-08' AND status = 'WAITING'`));
    expect(total).toBe(4);
  });

  it('stops counting a ticket once called, and counts only today’s', async () => {
    const [alice] = staffFor(B01);
    if (!alice) throw new Error('no staff for B01');
    await h.ok(SCHEDULE, { input: { date: '2026-12-08', period: 'FULL_DAY', windowId: B01.id, staffId: alice.id } }, manager);
    const token = await staffToken(alice);
    await h.ok(`mutation ($w: ID!) { checkIn(windowId: $w) { id } }`, { w: B01.id }, token);
    const b01 = (await h.ok<Windows>(WINDOWS)).windows.find((window) => window.id === B01.id);
    await h.ok(ISSUE, { d: b01?.departments[0]?.id, c: b01?.matterCategories[0] });
    const before = await kiosk();
    expect(before.reduce((sum, option) => sum + option.waiting, 0)).toBe(5);
    const { callNextTicket: called } = await h.ok<{ callNextTicket: { department: { id: string }; category: string } }>(
      `mutation ($w: ID!) { callNextTicket(windowId: $w) { department { id } category } }`,
      { w: B01.id },
      token,
    );
    const after = await kiosk();
    expect(after.reduce((sum, option) => sum + option.waiting, 0)).toBe(4);
    expect(waitingFor(after, called.department.id, called.category)).toBe((waitingFor(before, called.department.id, called.category) ?? 0) - 1);

    h.clock.now = local('2026-12-09', '09:00');
    expect((await kiosk()).every((option) => option.waiting === 0)).toBe(true);
    h.clock.now = local('2026-12-08', '09:30');
  });

  it('drops what no active window serves any more, as issueTicket refuses it', async () => {
    const { windows } = await h.ok<Windows>(WINDOWS);
    const servedBy = new Map<string, string[]>();
    for (const window of windows)
      for (const department of window.departments)
        for (const category of window.matterCategories) {
          const key = `${department.id}/${category}`;
          servedBy.set(key, [...(servedBy.get(key) ?? []), window.id]);
        }
    const [line, [windowId] = []] = [...servedBy.entries()].find(([, ids]) => ids.length === 1) ?? [];
    const [departmentId = '', category = ''] = line?.split('/') ?? [];
    if (!windowId) throw new Error('every line is served by two windows');
    expect(waitingFor(await kiosk(), departmentId, category)).toBeDefined();

    await h.ok(`mutation ($id: ID!) { updateWindow(id: $id, input: { active: false }) { id } }`, { id: windowId }, manager);
    const options = await kiosk();
    expect(waitingFor(options, departmentId, category)).toBeUndefined();
    expect(options.map((option) => `${option.department.id}/${option.category}`)).toEqual(await expectedLines());
    expect((await h.refused(ISSUE, { d: departmentId, c: category })).code).toBe('BAD_USER_INPUT');
    await h.ok(`mutation ($id: ID!) { updateWindow(id: $id, input: { active: true }) { id } }`, { id: windowId }, manager);
  });

  it('carries no personal data: a department reference, a category and a count', async () => {
    const fields = await h.ok<{ __type: { fields: Array<{ name: string }> } }>(`{ __type(name: "KioskOption") { fields { name } } }`);
    expect(fields.__type.fields.map((field) => field.name)).toEqual(['department', 'category', 'waiting']);
  });
});
