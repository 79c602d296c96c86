import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rectification } from '../testing/fixtures';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import RectificationTracking from './RectificationTracking.vue';

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

async function mountTracking() {
  signInAs('manager');
  stubGateway({
    SupervisionRectifications: () => ({
      data: {
        rectifications: [
          rectification({ id: 'r-open', dueOn: '2026-12-10' }),
          rectification({ id: 'r-responded', status: 'RESPONDED', response: '已整改', respondedAt: '2026-11-21T02:00:00.000Z' }),
          rectification({ id: 'r-late', dueOn: '2026-11-03', overdue: true, window: { id: 'w-2', number: 'B05', name: '社保窗口' } }),
        ],
      },
    }),
  });
  const wrapper = mount(RectificationTracking, { global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  return wrapper;
}

const rows = (wrapper: Awaited<ReturnType<typeof mountTracking>>) => wrapper.findAll('.el-table__body-wrapper tbody tr.el-table__row');

describe('RectificationTracking', () => {
  it('puts overdue orders first in 中国红, and offers verify and reopen only once the department responded', async () => {
    const wrapper = await mountTracking();
    const [late, ...others] = rows(wrapper);
    expect(late?.text()).toContain('B05 社保窗口');
    expect(late?.get('.tracking-tag').text()).toBe('已逾期');
    expect(late?.get('.tracking-tag').classes()).toContain('el-tag--danger');
    expect(late?.classes()).toContain('rectification-tracking__overdue');
    const actions = (row: (typeof others)[number] | undefined) => row?.findAll('button').map((button) => button.text()).filter(Boolean) ?? [];
    const responded = others.find((row) => row.text().includes('已反馈'));
    expect(actions(responded)).toEqual(['验收通过', '退回重改']);
    expect(actions(late)).toEqual([]);
  });

  it('filters by tracking state', async () => {
    const wrapper = await mountTracking();
    const overdue = wrapper.findAll('.rectification-tracking__filter input').find((input) => (input.element as HTMLInputElement).value === 'OVERDUE');
    await overdue?.setValue(true);
    expect(rows(wrapper)).toHaveLength(1);
    expect(rows(wrapper)[0]?.text()).toContain('社保窗口');
  });
});
