import { currentLocale } from './i18n/locale';
import { t } from './i18n/messages';
import type { Role } from './session';

/** A rate in [0, 1] as a percentage ("52.5%"); "—" where the platform reports null. */
export function formatPercent(rate: number | null | undefined, maximumFractionDigits = 1): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return t('common.none');
  return new Intl.NumberFormat(currentLocale.value, { style: 'percent', maximumFractionDigits }).format(rate);
}

/** A time limit in working days; 0 means the matter is done on the spot. */
export function formatWorkingDays(days: number): string {
  if (days === 0) return t('unit.onTheSpot');
  return t('unit.workingDays', { n: days });
}

/** A fee in yuan; null or 0 means free of charge. */
export function formatYuan(amount: number | null | undefined): string {
  if (!amount) return t('common.free');
  return new Intl.NumberFormat(currentLocale.value, { style: 'currency', currency: 'CNY' }).format(amount);
}

export function roleLabel(role: Role): string {
  return t(`role.${role}`);
}
