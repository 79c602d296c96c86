import { enumLabel, formatWorkingDays, formatYuan } from '@hall/styleguide';
import type { Material, MatterDetail, ProcessStep } from './api';
import { t } from './messages';

/** 免费, or the amount with its legal basis. */
export function feeText(matter: Pick<MatterDetail, 'feeYuan' | 'feeBasis'>): string {
  const amount = formatYuan(matter.feeYuan);
  return matter.feeYuan && matter.feeBasis ? `${amount}（${t('detail.feeBasis')}：${matter.feeBasis}）` : amount;
}

export function requirementText(material: Material): string {
  return material.required ? t('material.required') : `${t('material.conditional')}：${material.condition ?? ''}`;
}

/** The materials checklist as text cells, for paper: a link cannot be clicked there, so the template's address is printed. */
export function materialRows(materials: readonly Material[]): Array<Record<string, string>> {
  return materials.map((material, index) => ({
    index: String(index + 1),
    name: material.notes ? `${material.name}（${material.notes}）` : material.name,
    form: enumLabel('MaterialForm', material.form),
    copies: t('material.copiesValue', { n: material.copies }),
    requirement: requirementText(material),
    source: material.source,
    template: material.sampleTemplate ?? t('material.noTemplate'),
  }));
}

export function stepRows(steps: readonly ProcessStep[]): Array<Record<string, string>> {
  return steps.map((step, index) => ({
    index: String(index + 1),
    name: step.name,
    post: step.post,
    days: formatWorkingDays(step.days),
  }));
}
