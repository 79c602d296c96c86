import type { Ref } from 'vue';
import { currentLocale, setLocale, type Locale } from './locale';
import { t } from './messages';

export interface LocaleControls {
  locale: Readonly<Ref<Locale>>;
  setLocale: (locale: Locale) => void;
  t: typeof t;
}

export function useLocale(): LocaleControls {
  return { locale: currentLocale, setLocale, t };
}
