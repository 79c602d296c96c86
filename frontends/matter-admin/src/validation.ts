import type { MatterDraft } from './api';
import { t, type MessageKey } from './messages';

/**
 * The catalog's rules for a matter version (services/catalog/src/resolvers/inputs.ts), checked as the editor types so most
 * mistakes never reach the server. Paths are the server's (`materials.2.condition`), so a field shows the client's
 * message and the server's the same way.
 */
export interface Issue {
  path: string;
  message: string;
  /** A missing value is reported only once the editor tries to save; a broken rule at once. */
  missing: boolean;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/;
const TEMPLATE = /^(https?:\/\/|\/)\S+$/;

function isDays(value: number | null | undefined): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 365;
}

function hasRepeats(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

export function validateMatter(input: MatterDraft): Issue[] {
  const issues: Issue[] = [];
  const missing = (path: string, field: MessageKey) =>
    issues.push({ path, message: t('rule.required', { field: t(field) }), missing: true });
  const broken = (path: string, message: string) => issues.push({ path, message, missing: false });
  const text = (path: string, value: string | null, field: MessageKey, max: number, required = true) => {
    const trimmed = (value ?? '').trim();
    if (!trimmed) {
      if (required) missing(path, field);
    } else if (trimmed.length > max) broken(path, t('rule.maxLength', { max }));
  };

  if (!input.code.trim()) missing('code', 'field.code');
  else if (!CODE.test(input.code.trim())) broken('code', t('rule.code'));
  if (!input.name.trim()) missing('name', 'field.name');
  else if (input.name.trim().length < 2 || input.name.trim().length > 100) broken('name', t('rule.nameLength'));
  if (!input.departmentId) missing('departmentId', 'field.departmentId');

  if (!isDays(input.legalLimitDays)) broken('legalLimitDays', t('rule.days'));
  if (!isDays(input.committedLimitDays)) broken('committedLimitDays', t('rule.days'));
  else if (input.kind === 'INSTANT' && input.committedLimitDays !== 0) broken('committedLimitDays', t('rule.instantCommits'));
  else if (isDays(input.legalLimitDays) && input.committedLimitDays > input.legalLimitDays) {
    broken('committedLimitDays', t('rule.committedOverLegal', { n: input.legalLimitDays }));
  }

  if (input.feeYuan !== null && !(input.feeYuan > 0)) broken('feeYuan', t('rule.feePositive'));
  if (input.feeYuan && !input.feeBasis?.trim()) broken('feeBasis', t('rule.feeBasis'));
  else text('feeBasis', input.feeBasis, 'field.feeBasis', 300, false);

  if (input.channels.length === 0) broken('channels', t('rule.channels'));
  if (hasRepeats(input.keywords)) broken('keywords', t('rule.repeats'));
  else if (input.keywords.length > 20) broken('keywords', t('rule.tooMany', { max: 20 }));
  input.keywords.forEach((keyword, index) => text(`keywords.${index}`, keyword, 'field.keywords', 20));

  text('conditions', input.conditions, 'field.conditions', 2000);
  if (input.legalBasis.length === 0) missing('legalBasis', 'field.legalBasis');
  else if (input.legalBasis.length > 10) broken('legalBasis', t('rule.legalBasis'));
  else if (hasRepeats(input.legalBasis)) broken('legalBasis', t('rule.repeats'));

  if (input.materials.length === 0) broken('materials', t('rule.materials'));
  else if (hasRepeats(input.materials.map((material) => material.name.trim()).filter(Boolean))) broken('materials', t('rule.materialNames'));
  input.materials.forEach((material, index) => {
    const at = (field: string) => `materials.${index}.${field}`;
    text(at('name'), material.name, 'material.name', 100);
    text(at('source'), material.source, 'material.source', 100);
    text(at('notes'), material.notes, 'material.notes', 500, false);
    if (!Number.isInteger(material.copies) || material.copies < 0 || material.copies > 20) broken(at('copies'), t('rule.copies'));
    if (!material.required && !material.condition?.trim()) broken(at('condition'), t('rule.condition'));
    const template = material.sampleTemplate?.trim();
    if (template && !TEMPLATE.test(template)) broken(at('sampleTemplate'), t('rule.template'));
  });

  if (hasRepeats(input.jointDepartmentIds)) broken('jointDepartmentIds', t('rule.repeats'));
  else if (input.jointDepartmentIds.includes(input.departmentId)) broken('jointDepartmentIds', t('rule.jointOwn'));

  input.processSteps.forEach((step, index) => {
    text(`processSteps.${index}.name`, step.name, 'step.name', 50);
    text(`processSteps.${index}.post`, step.post, 'step.post', 50);
    if (!isDays(step.days)) broken(`processSteps.${index}.days`, t('rule.days'));
  });
  const stepDays = input.processSteps.reduce((sum, step) => sum + (isDays(step.days) ? step.days : 0), 0);
  if (stepDays > input.committedLimitDays) {
    broken('processSteps', t('rule.stepsOverCommitted', { n: stepDays, committed: input.committedLimitDays }));
  }
  if (hasRepeats(input.refusalGrounds)) broken('refusalGrounds', t('rule.repeats'));
  text('appealRoute', input.appealRoute, 'field.appealRoute', 1000, false);
  return issues;
}

/** The first message per path, for showing beside each field. */
export function messagesByPath(issues: readonly Issue[], showMissing: boolean): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.missing && !showMissing) continue;
    messages[issue.path] ??= issue.message;
  }
  return messages;
}
