import { REGION_CODE } from './city';
import { demoId } from './ids';
import { matterDetails } from './matter-details';
import { type MatterSeed } from './matters';
import { type DemoMatter, type MatterCategory } from './types';

/** Category segment of a matter code: 许可, 变更, 延续, 备案, 确认, 其他. */
const CATEGORY_CODES: Record<MatterCategory, string> = {
  PERMIT: 'XK',
  CHANGE: 'BG',
  RENEWAL: 'YX',
  FILING: 'BA',
  CONFIRMATION: 'QR',
  OTHER: 'QT',
};

/** Numbers matters per department and category, in the order asked: `339900-SCJG-XK-001`, `339900-SCJG-XK-002`, … */
export function matterCoder(): (departmentCode: string, category: MatterCategory) => string {
  const sequences = new Map<string, number>();
  return (departmentCode, category) => {
    const prefix = `${REGION_CODE}-${departmentCode}-${CATEGORY_CODES[category]}`;
    const sequence = (sequences.get(prefix) ?? 0) + 1;
    sequences.set(prefix, sequence);
    return `${prefix}-${String(sequence).padStart(3, '0')}`;
  };
}

/** A matter authored from a seed under the code, name and department given, with its generated details. */
export function matterFromSeed(seed: MatterSeed, code: string, name: string, department: { id: string; name: string }): DemoMatter {
  const authored = {
    id: demoId('matter', code),
    code,
    name,
    departmentId: department.id,
    kind: seed.kind,
    category: seed.category,
    legalLimitDays: seed.legalLimitDays,
    committedLimitDays: seed.committedLimitDays,
    feeYuan: seed.fee?.yuan ?? null,
    feeBasis: seed.fee?.basis ?? null,
    channels: [...seed.channels],
    keywords: [...seed.keywords],
    conditions: seed.conditions,
    legalBasis: [...seed.legalBasis],
    materials: seed.materials.map((material) => ({ ...material })),
  };
  return { ...authored, ...matterDetails(authored, department.name) };
}
