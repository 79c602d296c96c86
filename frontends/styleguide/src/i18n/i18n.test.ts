import { afterEach, describe, expect, it } from 'vitest';
import { formatPercent, formatWorkingDays, formatYuan } from '../format';
import { createHallI18n } from './define-messages';
import { currentLocale, LOCALE_CHANGED_EVENT, LOCALE_STORAGE_KEY, setLocale } from './locale';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('i18n', () => {
  it('speaks Chinese first', () => {
    expect(currentLocale.value).toBe('zh-CN');
    expect(t('common.retry')).toBe('重试');
  });

  it('switches to English, persists the choice and tells the page', () => {
    let told = 0;
    window.addEventListener(LOCALE_CHANGED_EVENT, () => (told += 1), { once: true });
    setLocale('en');
    expect(t('common.retry')).toBe('Retry');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(told).toBe(1);
  });

  it('follows a switch made elsewhere on the page (the root header)', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGED_EVENT));
    expect(currentLocale.value).toBe('en');
  });

  it('interpolates parameters in an app catalogue', () => {
    const { t: appT } = createHallI18n({ 'zh-CN': { found: '共 {count} 项' }, en: { found: '{count} found' } });
    expect(appT('found', { count: 3 })).toBe('共 3 项');
    setLocale('en');
    expect(appT('found', { count: 3 })).toBe('3 found');
  });
});

describe('formatting', () => {
  it('shows rates as percentages and null as a dash', () => {
    expect(formatPercent(0.52)).toBe('52%');
    expect(formatPercent(0.525)).toBe('52.5%');
    expect(formatPercent(null)).toBe('—');
  });

  it('shows time limits in working days, 0 as on the spot', () => {
    expect(formatWorkingDays(20)).toBe('20 个工作日');
    expect(formatWorkingDays(0)).toBe('即时办结');
    setLocale('en');
    expect(formatWorkingDays(1)).toBe('1 working day');
  });

  it('shows fees in yuan, none as free', () => {
    expect(formatYuan(null)).toBe('免费');
    expect(formatYuan(12)).toBe('¥12.00');
  });
});
