import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import Inspect from './Inspect.vue';
import { createAppRouter } from './router';
import { plannedInspection } from './testing/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.innerHTML = '';
});

const assignment = { id: 'i-1', status: 'PLANNED', plannedFor: '2026-11-24', visitedAt: null, submittedAt: null, score: null, window: { id: 'w-a05', number: 'A05', name: '综合受理窗口' }, department: { id: 'd-1', name: '市场监督管理局' } };

async function mountAt(path: string) {
  signInAs('supervisor');
  const requests = stubGateway({
    InspectAssignments: () => ({ data: { inspections: [assignment] } }),
    InspectInspection: () => ({ data: { inspection: plannedInspection(), inspectionSettings: { passThreshold: 85 } } }),
  });
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(Inspect, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
  await settle();
  return { wrapper, router, requests };
}

describe('the inspect routes', () => {
  it('name the assignments at /inspect and one visit at /inspect/:id', () => {
    const router = createAppRouter(createMemoryHistory());
    expect(router.resolve('/inspect').name).toBe('assignments');
    expect(router.resolve('/inspect/i-1')).toMatchObject({ name: 'visit', params: { id: 'i-1' } });
    expect(router.resolve({ name: 'visit', params: { id: 'i 2' } }).path).toBe('/inspect/i%202');
  });

  it('links each assignment to its visit, opens it, and goes back to the list', async () => {
    const { wrapper, router, requests } = await mountAt('/inspect');
    const link = wrapper.get('a.assignment-list__item');
    expect(link.attributes('href')).toBe('/inspect/i-1');
    await link.trigger('click');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/inspect/i-1');
    expect(requests.at(-1)).toEqual({ operation: 'InspectInspection', variables: { id: 'i-1' } });
    expect(wrapper.find('.visit-record').exists()).toBe(true);

    await wrapper.get('.visit-record__back').trigger('click');
    await settle();
    expect(router.currentRoute.value.name).toBe('assignments');
    expect(wrapper.find('.assignment-list').exists()).toBe(true);
    wrapper.unmount();
  });
});
