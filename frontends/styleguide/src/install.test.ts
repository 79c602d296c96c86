import { mount } from '@vue/test-utils';
import { ElPagination } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import EmptyState from './components/EmptyState.vue';
import QueryError from './components/QueryError.vue';
import { GraphQLRequestError } from './graphql/errors';
import { setLocale } from './i18n/locale';
import { installStyleguide } from './install';

const global = { plugins: [{ install: installStyleguide }] };

describe('installStyleguide', () => {
  afterEach(() => setLocale('zh-CN'));

  it("switches Element Plus's own texts with the page's language", async () => {
    const Pager = defineComponent(() => () => h(ElPagination, { total: 50, pageSize: 10, layout: 'total, prev, pager, next, jumper' }));
    const pager = mount(Pager, { global });
    expect(pager.text()).toContain('共 50 条');
    expect(pager.text()).toContain('前往');

    setLocale('en');
    await nextTick();
    expect(pager.text()).toContain('Total 50');
    expect(pager.text()).toContain('Go to');
    expect(pager.text()).not.toContain('前往');

    setLocale('zh-CN');
    await nextTick();
    expect(pager.text()).toContain('共 50 条');
  });

  it("re-renders the common components' texts on a switch", async () => {
    const empty = mount(EmptyState, { global });
    const error = mount(QueryError, { props: { error: new GraphQLRequestError('NETWORK_ERROR', 'Failed to fetch') }, global });
    expect(empty.text()).toContain('暂无数据');
    expect(error.get('button').text()).toBe('重试');

    setLocale('en');
    await nextTick();
    expect(empty.text()).toContain('Nothing here yet');
    expect(error.get('button').text()).toBe('Retry');
    expect(error.text()).toContain('Cannot reach the service');
  });
});
