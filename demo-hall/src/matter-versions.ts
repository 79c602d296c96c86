import { dayOf, localTime } from './calendar';
import { demoId } from './ids';
import { type DemoMatter, type DemoMatterVersion } from './types';

/**
 * The demo's revised matter: 企业名称变更登记 (a matter no demo case uses, so case statistics stay per version) got a
 * second version in June 2026, the hall's "减材料" reform: the business licence is fetched from the electronic licence
 * library instead of being handed in, appointments are offered, and the implementing rules were added to its legal basis.
 * Its department admin (市场监管) drafted the new version and published it a few days later.
 */
export const REVISED_MATTER_NAME = '企业名称变更登记';

export function buildMatterVersions(matters: readonly DemoMatter[]): DemoMatterVersion[] {
  const first = matters.find((matter) => matter.name === REVISED_MATTER_NAME);
  if (!first) throw new Error(`The demo catalogue has no ${REVISED_MATTER_NAME}`);
  const second: DemoMatterVersion = {
    ...structuredClone(first),
    id: demoId('matter', `${first.code}@v2`),
    version: 2,
    supersedesId: first.id,
    channels: first.channels.includes('APPOINTMENT') ? [...first.channels] : [...first.channels, 'APPOINTMENT'],
    keywords: [...first.keywords, '企业更名'],
    legalBasis: [...first.legalBasis, '《企业名称登记管理规定实施办法》第三十条'],
    materials: first.materials.map((material) =>
      material.name === '营业执照正、副本'
        ? {
            ...material,
            form: 'ELECTRONIC' as const,
            source: '市场监管部门电子证照库',
            notes: '窗口通过电子证照库调取，申请人免于提交；换发新执照时交回原纸质执照',
          }
        : { ...material },
    ),
    draftedAt: localTime(dayOf('2026-06-10'), 10 * 60 + 12),
    publishedAt: localTime(dayOf('2026-06-15'), 9 * 60 + 30),
    editorUserId: demoId('user', `dept_admin:${first.code.split('-')[1]}`),
  };
  return [second];
}
