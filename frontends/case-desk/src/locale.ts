import { useLocale } from '@hall/styleguide';

/** The current UI language outside a component (useLocale reads a shared ref). */
export function currentLocaleValue(): string {
  return useLocale().locale.value;
}
