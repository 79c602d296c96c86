import { settle, stubGateway } from '@hall/styleguide/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { i18n } from './messages';
import { createAppRouter } from './router';

afterEach(() => vi.unstubAllGlobals());

async function open(path: string) {
  const requests = stubGateway({ CaseDeskCase: () => ({ data: { case: null } }) });
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [ElementPlus, i18n, router] } });
  await settle();
  return { wrapper, requests };
}

describe('the desk’s pages', () => {
  it('opens the result notice of the case on /desk/print/result/<id>', async () => {
    const { wrapper, requests } = await open('/desk/print/result/c-9');
    expect(requests).toEqual([{ operation: 'CaseDeskCase', variables: { id: 'c-9' } }]);
    expect(wrapper.find('.case-print').exists()).toBe(true);
    expect(wrapper.text()).toContain('该办件尚未办结');
    wrapper.unmount();
  });

  it('does not print an unknown kind of notice: the desk itself is shown', async () => {
    const { wrapper, requests } = await open('/desk/print/receipt/c-9');
    expect(requests).toEqual([]);
    expect(wrapper.find('.case-print').exists()).toBe(false);
    expect(wrapper.find('.case-desk').exists()).toBe(true);
    wrapper.unmount();
  });
});
