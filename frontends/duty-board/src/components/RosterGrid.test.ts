import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { weekDays } from '../dates';
import { buildRosterGrid } from '../roster-grid';
import { a01, a02, li, shift, wang } from '../testing/fixtures';
import { settle } from '@hall/styleguide/testing';
import RosterGrid from './RosterGrid.vue';

const days = weekDays('2026-11-23');

function mountGrid(canEdit: boolean) {
  const rows = buildRosterGrid(
    [a01, a02],
    [shift('1', a01, wang, '2026-11-23', 'FULL_DAY'), shift('2', a02, li, '2026-11-24', 'AFTERNOON')],
    days,
    'A',
  );
  return mount(RosterGrid, {
    props: { rows, days, today: '2026-11-24', zone: 'A', canEdit },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  });
}

describe('RosterGrid', () => {
  it('heads each day with its weekday and halves, and lays shifts out by day and half', async () => {
    const grid = mountGrid(false);
    await settle();
    const header = grid.get('thead').text();
    expect(header).toContain('周一 11-23');
    expect(header).toContain('周日 11-29');
    expect(grid.findAll('thead th').filter((th) => th.text() === '上午')).toHaveLength(7);

    const [a01Row, a02Row] = grid.findAll('tbody tr');
    // A full day is one cell spanning the morning and the afternoon: 1 window cell + 13 half-day cells.
    const a01Cells = a01Row?.findAll('td') ?? [];
    expect(a01Cells).toHaveLength(14);
    expect(a01Cells[1]?.attributes('colspan')).toBe('2');
    expect(a01Cells[1]?.text()).toContain('王敏');
    expect(a01Cells[1]?.text()).toContain('党员');
    expect(a01Cells[1]?.text()).toContain('全天');

    // Tuesday afternoon is the 5th column: window, Mon AM, Mon PM, Tue AM, Tue PM.
    const a02Cells = a02Row?.findAll('td') ?? [];
    expect(a02Cells).toHaveLength(15);
    expect(a02Cells[4]?.text()).toContain('李强');
    expect(a02Cells[4]?.text()).toContain('审批岗');
    expect(a02Cells[4]?.text()).not.toContain('党员');
    expect(a02Cells[3]?.text()).toBe('未排班');
    expect(a02Cells[3]?.classes()).toContain('roster-grid__cell--today');
    expect(grid.find('.roster-cell__add').exists()).toBe(false);
    grid.unmount();
  });

  it('offers the manager to schedule an open cell and to remove a shift, from today on', async () => {
    const grid = mountGrid(true);
    await settle();
    const add = grid.get('[aria-label="为 A01 窗口 2026-11-24 上午排班"]');
    await add.trigger('click');
    const [cell, row] = grid.emitted('schedule')?.[0] ?? [];
    expect(cell).toMatchObject({ date: '2026-11-24', half: 'MORNING', shift: null });
    expect(row).toMatchObject({ window: { number: 'A01' } });
    expect(grid.find('[aria-label="撤销 李强 的班次"]').exists()).toBe(true);
    // Monday is past: its shifts are history.
    expect(grid.find('[aria-label="撤销 王敏 的班次"]').exists()).toBe(false);
    expect(grid.find('[aria-label="为 A02 窗口 2026-11-23 上午排班"]').exists()).toBe(false);
    grid.unmount();
  });
});
