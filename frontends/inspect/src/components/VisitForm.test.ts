import { enableAutoUnmount, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plannedInspection } from '../testing/fixtures';
import { settle, signInAs, stubGateway, type RecordedRequest } from '@hall/styleguide/testing';
import VisitForm from './VisitForm.vue';

let requests: RecordedRequest[];

// A form left mounted would keep autosaving into the next test's gateway.
enableAutoUnmount(afterEach);

beforeEach(() => {
  signInAs('supervisor');
  requests = stubGateway({
    InspectSaveDraft: () => ({ data: { saveInspectionDraft: { id: 'i-1', status: 'DRAFT' } } }),
    InspectSubmit: () => ({ data: { submitInspection: { id: 'i-1', status: 'SUBMITTED', score: 60, rectification: { id: 'r-1', dueOn: '2026-12-04' } } } }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

function mountForm() {
  return mount(VisitForm, {
    props: { inspection: plannedInspection(), threshold: 85, saveDelay: 5 },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  });
}

type Wrapper = ReturnType<typeof mountForm>;
const answer = (wrapper: Wrapper, key: string, outcome: string) => wrapper.get(`[data-item="${key}"] input[value="${outcome}"]`).setValue(true);
const autosaved = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settle();
};
const savedItems = () => {
  const last = requests.filter((request) => request.operation === 'InspectSaveDraft').at(-1);
  return (last?.variables.input as { items: Array<{ itemKey: string; comment: string | null }> } | undefined)?.items ?? [];
};

describe('VisitForm', () => {
  it('asks for a comment on a failed item, shows its deduction rule, and saves the item only once commented', async () => {
    const wrapper = mountForm();
    await answer(wrapper, 'ATT-1', 'PASS');
    await answer(wrapper, 'ATT-3', 'FAIL');
    const failed = wrapper.get('[data-item="ATT-3"]');
    expect(failed.text()).toContain('扣分规则：存在推诿的，扣除本项分值并直接启动整改');
    expect(failed.text()).not.toContain('不合格项必须填写问题说明');

    await autosaved();
    expect(savedItems().map((item) => item.itemKey)).toEqual(['ATT-1']);
    expect(wrapper.text()).toContain('1 个不合格项待填说明');

    await wrapper.get('.visit-form__submit').trigger('click');
    await settle();
    expect(failed.get('[role="alert"]').text()).toBe('不合格项必须填写问题说明');
    expect(failed.get('textarea').attributes('aria-invalid')).toBe('true');
    expect(requests.some((request) => request.operation === 'InspectSubmit')).toBe(false);

    await failed.get('textarea').setValue('窗口人员称“这个不归我们管”，未指引承办窗口');
    expect(failed.find('[role="alert"]').exists()).toBe(false);
    await autosaved();
    expect(savedItems()).toContainEqual({ itemKey: 'ATT-3', outcome: 'FAIL', comment: '窗口人员称“这个不归我们管”，未指引承办窗口' });
    expect(wrapper.get('.save-indicator').text()).toContain('已自动保存');
  });

  it('previews the score as answers come in, leaving N/A out of the denominator', async () => {
    const wrapper = mountForm();
    expect(wrapper.get('.score-preview__value').text()).toBe('尚无可计分项');
    await answer(wrapper, 'ATT-1', 'PASS');
    expect(wrapper.get('.score-preview__value').text()).toBe('100.00');
    await answer(wrapper, 'ATT-3', 'FAIL');
    await answer(wrapper, 'BEH-1', 'PASS');
    await answer(wrapper, 'BEH-2', 'NOT_APPLICABLE');
    // (15 · 5/15 + 10 · 4/4) / 25 = 60
    expect(wrapper.get('.score-preview__value').text()).toBe('60.00');
    expect(wrapper.get('.score-preview').classes()).toContain('score-preview--below');
    expect(wrapper.get('.score-preview').text()).toContain('1 个严重项不合格，提交后将启动整改');
  });

  it('offers N/A only where the checklist allows it', () => {
    const wrapper = mountForm();
    expect(wrapper.find('[data-item="ATT-1"] input[value="NOT_APPLICABLE"]').exists()).toBe(false);
    expect(wrapper.find('[data-item="BEH-2"] input[value="NOT_APPLICABLE"]').exists()).toBe(true);
  });

  it('submits only after the supervisor confirms that submitting locks the record', async () => {
    const wrapper = mountForm();
    await wrapper.get('input[type="datetime-local"]').setValue('2026-11-20T10:15');
    for (const key of ['ATT-1', 'BEH-1', 'BEH-2']) await answer(wrapper, key, 'PASS');
    await answer(wrapper, 'ATT-3', 'FAIL');
    await wrapper.get('[data-item="ATT-3"] textarea').setValue('推诿');
    await wrapper.get('.visit-form__submit').trigger('click');
    await settle();
    const box = document.querySelector('.el-message-box');
    expect(box?.textContent).toContain('提交后记录即锁定');
    expect(requests.some((request) => request.operation === 'InspectSubmit')).toBe(false);
    [...(box?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('确认提交'))?.click();
    await settle();
    expect(requests.filter((request) => request.operation === 'InspectSubmit')).toHaveLength(1);
    expect(wrapper.emitted('submitted')).toHaveLength(1);
    const lastSave = requests.filter((request) => request.operation === 'InspectSaveDraft').at(-1)?.variables.input as { visitedAt?: string };
    expect(lastSave.visitedAt).toBe(new Date('2026-11-20T10:15').toISOString());
  });
});
