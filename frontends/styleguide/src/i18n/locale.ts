import { readonly, ref, type Ref } from 'vue';

/** Chinese first; English for visitors and foreign-invested businesses. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const LOCALE_STORAGE_KEY = 'hall.locale';
/** Dispatched on `window` by whoever switches the language (an app or the root page's header). */
export const LOCALE_CHANGED_EVENT = 'hall:locale-changed';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** One locale for the whole page: the styleguide module is loaded once through the import map. */
const current = ref<Locale>(typeof window === 'undefined' ? DEFAULT_LOCALE : readStoredLocale());

export const currentLocale: Readonly<Ref<Locale>> = readonly(current);

function apply(locale: Locale): void {
  current.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function setLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted when storage is blocked; the switch still applies to this page.
  }
  apply(locale);
  window.dispatchEvent(new CustomEvent(LOCALE_CHANGED_EVENT));
}

if (typeof window !== 'undefined') {
  const follow = () => {
    const stored = readStoredLocale();
    if (stored !== current.value) apply(stored);
  };
  window.addEventListener(LOCALE_CHANGED_EVENT, follow);
  window.addEventListener('storage', (event) => {
    if (event.key === LOCALE_STORAGE_KEY) follow();
  });
}
