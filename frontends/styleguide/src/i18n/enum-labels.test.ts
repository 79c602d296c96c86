import { afterEach, describe, expect, it } from 'vitest';
import enumsSource from '../gql/enums.ts?raw';
import { ENUM_LABELS, enumLabel, enumOptions, enumValues, type HallEnums } from './enum-labels';
import { LOCALES, setLocale } from './locale';

/** The enums of the generated file: `export type Name =` followed by `| 'VALUE'` lines (doc comments between). */
function generatedEnums(source: string): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of source.split('\n')) {
    const start = /^export type (\w+) =/.exec(line);
    if (start?.[1]) {
      current = [];
      enums.set(start[1], current);
      continue;
    }
    const value = /^\s*\| '(\w+)'/.exec(line);
    if (value?.[1] && current) current.push(value[1]);
    else if (!line.trim().startsWith('/*') && !line.trim().startsWith('*') && line.trim() !== '') current = null;
  }
  return enums;
}

function isHallEnum(name: string): name is keyof HallEnums {
  return name in ENUM_LABELS['zh-CN'];
}

describe('enum labels', () => {
  afterEach(() => setLocale('zh-CN'));

  it('labels a value in Chinese first, in English after a switch', () => {
    expect(enumLabel('CaseStatus', 'UNDER_REVIEW')).toBe('审查中');
    setLocale('en');
    expect(enumLabel('CaseStatus', 'UNDER_REVIEW')).toBe('Under review');
  });

  it('lists every value of an enum with its label', () => {
    expect(enumOptions('Warning').map((option) => option.value)).toEqual(['NONE', 'PRE', 'YELLOW', 'RED']);
  });

  it('labels every enum of the generated enums.ts, every value, in both languages', () => {
    const generated = generatedEnums(enumsSource);
    expect(generated.size).toBeGreaterThanOrEqual(36);
    for (const locale of LOCALES) {
      expect(Object.keys(ENUM_LABELS[locale]).sort()).toEqual([...generated.keys()].sort());
    }
    for (const [name, values] of generated) {
      expect(isHallEnum(name), name).toBe(true);
      if (!isHallEnum(name)) continue;
      expect([...enumValues(name)].sort(), name).toEqual([...values].sort());
      for (const locale of LOCALES) {
        const labels: Record<string, string> = ENUM_LABELS[locale][name];
        expect(Object.keys(labels).sort(), `${locale} ${name}`).toEqual([...values].sort());
        for (const value of values) expect(labels[value]?.trim(), `${locale} ${name}.${value}`).toBeTruthy();
      }
    }
  });
});
