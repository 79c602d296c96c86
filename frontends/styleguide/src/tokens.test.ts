import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenProperty, tokens, tokenVar, type TokenName } from './tokens';

const tokensCss = readFileSync(join(import.meta.dirname, 'styles/tokens.css'), 'utf8');

describe('design tokens', () => {
  it('names each token as a --hall- custom property', () => {
    expect(tokenProperty('colorPrimary')).toBe('--hall-color-primary');
    expect(tokenProperty('space4')).toBe('--hall-space-4');
    expect(tokenVar('colorAccent')).toBe('var(--hall-color-accent)');
  });

  it('keeps tokens.ts and tokens.css in step', () => {
    for (const name of Object.keys(tokens) as TokenName[]) {
      expect(tokensCss).toContain(`${tokenProperty(name)}: ${tokens[name]};`);
    }
  });

  it('uses a government blue and 中国红, and Chinese fonts first', () => {
    expect(tokens.colorPrimary).toBe('#1f4e99');
    expect(tokens.colorAccent).toBe('#c8161d');
    expect(tokens.fontFamily).toMatch(/^'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', /);
    expect(tokensCss).toContain('--el-color-primary: #1f4e99;');
  });
});
