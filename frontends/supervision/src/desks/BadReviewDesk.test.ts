import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import type { BadReview } from './bad-reviews.graphql';
import BadReviewDesk from './BadReviewDesk.vue';

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

const review = (overrides: Partial<BadReview> = {}): BadReview => ({
  id: 'e-1',
  level: 1,
  channel: 'PC',
  comment: '跑了两趟',
  evaluatedAt: '2026-11-20T02:00:00.000Z',
  realName: true,
  rectificationStatus: 'PENDING',
  rectificationDueAt: '2026-12-11T09:00:00.000Z',
  callbackAt: null,
  callbackNote: null,
  version: 2,
  tags: ['NOT_TOLD_AT_ONCE'],
  overdue: false,
  department: { id: 'd-1', name: '市场监督管理局' },
  window: { id: 'w-1', number: 'A02', name: '企业开办综合窗口' },
  staff: null,
  case: { id: 'c-1', number: 'ZW2026112000001' },
  appeal: null,
  history: [{ at: '2026-11-20T02:00:00.000Z', action: 'OPEN', fromStatus: null, toStatus: 'PENDING', actorRole: 'system', note: null }],
  ...overrides,
});

const STATS = {
  reviews: 2,
  rectified: 1,
  rectifiedOnTime: 1,
  onTimeRate: 1,
  callbacksDue: 2,
  callbacksDone: 1,
  callbackRate: 0.5,
  appeals: 1,
  appealsUpheld: 0,
  byTag: [
    { tag: 'NOT_TOLD_AT_ONCE', count: 1 },
    { tag: 'ATTITUDE', count: 0 },
  ],
};

async function mountDesk(manager: boolean, advance: Parameters<typeof stubGateway>[0][string]) {
  signInAs(manager ? 'manager' : 'dept_admin', 'd-1');
  const requests = stubGateway({
    DeskBadReviews: () => ({
      data: {
        badReviews: [
          review(),
          review({ id: 'e-2', overdue: true, rectificationStatus: 'IN_PROGRESS', case: { id: 'c-2', number: 'ZW2026111000160' } }),
        ],
      },
    }),
    DeskBadReviewStats: () => ({ data: { badReviewStats: STATS } }),
    DeskAdvanceBadReview: advance,
  });
  const wrapper = mount(BadReviewDesk, { props: { manager }, global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  return { wrapper, requests };
}

const rows = (wrapper: Awaited<ReturnType<typeof mountDesk>>['wrapper']) =>
  wrapper.findAll('.el-table__body-wrapper tbody tr.el-table__row');

describe('BadReviewDesk', () => {
  it('shows the KPIs, the tags and the overdue review in 中国红', async () => {
    const { wrapper } = await mountDesk(true, () => ({ data: {} }));
    expect(wrapper.get('[data-kpi="callbackRate"] dd').text()).toBe('50%');
    expect(wrapper.get('[data-kpi="callbackRate"] dd').classes()).toContain('desk-kpis__value--alert');
    expect(wrapper.get('.bad-review-desk__by-tag').text()).toContain('未一次性告知 1');
    expect(wrapper.get('.bad-review-desk__by-tag').text()).not.toContain('服务态度');
    const [first, late] = rows(wrapper);
    expect(first?.text()).toContain('未一次性告知');
    expect(late?.classes()).toContain('desk-row--overdue');
    expect(late?.get('.desk-overdue').text()).toBe('已逾期');
  });

  it('offers the department its steps and shows the server’s refusal translated in the dialog', async () => {
    const { wrapper, requests } = await mountDesk(false, () => ({
      errors: [{ message: 'COMPLETE is not allowed on a PENDING review', extensions: { code: 'CONFLICT', status: 'PENDING' } }],
    }));
    await rows(wrapper)[0]?.get('.el-table__expand-icon').trigger('click');
    await settle();
    const detail = wrapper.get('.desk-detail[data-review="e-1"]');
    expect(detail.findAll('.desk-actions button').map((button) => button.text())).toEqual(['整改完成', '申诉复核']);
    await detail.findAll('.desk-actions button')[0]?.trigger('click');
    await settle();
    const dialog = document.body.querySelector<HTMLElement>('.desk-dialog');
    const textarea = dialog?.querySelector('textarea');
    if (!dialog || !textarea) throw new Error('no step dialog');
    textarea.value = '已整改';
    textarea.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('.el-dialog__footer .el-button--primary')?.click();
    await settle();
    expect(requests.find((request) => request.operation === 'DeskAdvanceBadReview')?.variables).toEqual({
      id: 'e-1',
      expectedVersion: 2,
      action: 'COMPLETE',
      note: '已整改',
      tags: null,
    });
    expect(dialog.querySelector('.desk-dialog__refusal')?.textContent).toContain('该差评当前为“待整改”，不能整改完成');
  });

  it('offers the manager the hall’s steps', async () => {
    const { wrapper } = await mountDesk(true, () => ({ data: {} }));
    await rows(wrapper)[0]?.get('.el-table__expand-icon').trigger('click');
    await settle();
    expect(
      wrapper
        .get('.desk-detail[data-review="e-1"]')
        .findAll('.desk-actions button')
        .map((button) => button.text()),
    ).toEqual(['核实', '回访', '认定无效差评', '认定无法整改', '申诉成立', '驳回申诉']);
  });
});
