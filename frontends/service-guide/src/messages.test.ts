import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('service-guide messages', () => {
  it('counts one material, one copy and one result in the singular in English', () => {
    setLocale('en');
    expect(t('detail.materialCount', { n: 1 })).toBe('1 item');
    expect(t('detail.materialCount', { n: 3 })).toBe('3 items');
    expect(t('material.copiesValue', { n: 1 })).toBe('1 copy');
    expect(t('guide.resultCount', { n: 1 })).toBe('1 service');
    expect(t('guide.resultCount', { n: 0 })).toBe('0 services');
  });

  it('has one form in Chinese', () => {
    expect(t('detail.materialCount', { n: 1 })).toBe('共 1 项材料');
  });
});
