import { afterEach, describe, expect, it } from 'vitest';
import { createHallI18n } from './define-messages';
import { setLocale } from './locale';

const { t, i18n } = createHallI18n({
  'zh-CN': { 'left.days': '剩余 {n} 个工作日', 'greeting': '你好，{name}' },
  en: { 'left.days': '{n} working day left | {n} working days left', 'greeting': 'Hello, {name}' },
});

describe('createHallI18n', () => {
  afterEach(() => setLocale('zh-CN'));

  it('speaks Chinese first and fills named placeholders', () => {
    expect(t('left.days', { n: 1 })).toBe('剩余 1 个工作日');
    expect(t('greeting', { name: '张三' })).toBe('你好，张三');
  });

  it('follows the page language and picks the English plural form by n', () => {
    setLocale('en');
    expect(i18n.global.locale.value).toBe('en');
    expect(t('left.days', { n: 1 })).toBe('1 working day left');
    expect(t('left.days', { n: 3 })).toBe('3 working days left');
    expect(t('left.days', { n: 0 })).toBe('0 working days left');
  });
});
