import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { GraphQLRequestError } from '../graphql/errors';
import EmptyState from './EmptyState.vue';
import HallPage from './HallPage.vue';
import QueryError from './QueryError.vue';
import StatusTag from './StatusTag.vue';

const global = { plugins: [ElementPlus] };

describe('styleguide components', () => {
  it('HallPage names its region after the title and shows the subtitle and actions', () => {
    const page = mount(HallPage, {
      props: { title: '办事指南', subtitle: '进驻部门的公开事项' },
      slots: { actions: () => h('button', '打印'), default: () => h('p', '内容') },
    });
    const heading = page.get('h1');
    expect(heading.text()).toBe('办事指南');
    expect(page.get('section').attributes('aria-labelledby')).toBe(heading.attributes('id'));
    expect(page.text()).toContain('进驻部门的公开事项');
    expect(page.get('.hall-page__actions').text()).toBe('打印');
  });

  it('StatusTag maps its tone to an Element Plus tag type', () => {
    const tag = mount(StatusTag, { props: { tone: 'danger' }, slots: { default: () => '已超期' }, global });
    expect(tag.classes()).toContain('el-tag--danger');
    expect(tag.text()).toBe('已超期');
  });

  it('EmptyState says there is nothing by default', () => {
    expect(mount(EmptyState, { global }).text()).toContain('暂无数据');
  });

  it('QueryError explains the error and offers a retry', async () => {
    const error = new GraphQLRequestError('NETWORK_ERROR', 'Failed to fetch');
    const alert = mount(QueryError, { props: { error }, global });
    expect(alert.text()).toContain('无法连接到服务');
    await alert.get('button').trigger('click');
    expect(alert.emitted('retry')).toHaveLength(1);
  });
});
