import { watch } from 'vue';
import { createI18n, type I18n } from 'vue-i18n';
import { currentLocale, DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

export type MessageParams = Record<string, string | number>;
/**
 * `t(key, params?)`: `{name}` placeholders are filled from `params`; a message with plural forms
 * (`'{n} working day | {n} working days'`) picks its form by `params.n`. Chinese has one form.
 */
export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/** A catalogue: Chinese defines the keys, English must translate every one of them. */
export interface MessageCatalogue<Messages extends Record<string, string>> {
  'zh-CN': Messages;
  en: { [Key in keyof Messages]: string };
}

export interface HallI18n<Key extends string> {
  /** The vue-i18n instance: `app.use(i18n)` gives the app's components `useI18n()` and `$t`. */
  i18n: I18n<Record<Locale, Record<string, string>>, Record<string, never>, Record<string, never>, Locale, false>;
  /** Typed over the catalogue's keys; re-renders a template that uses it when the language is switched. */
  t: Translate<Key>;
}

/**
 * A vue-i18n instance for one app (or the styleguide itself) that follows the page's one language: every app's
 * instance is switched together with the styleguide's shared locale (the root page's header, or any app).
 * Keys are flat (`'desk.title'`); messages use vue-i18n's syntax (`{n}`, `a | b` plural forms; `{'@'}` for a literal @).
 */
export function createHallI18n<Messages extends Record<string, string>>(catalogue: MessageCatalogue<Messages>): HallI18n<keyof Messages & string> {
  const i18n = createI18n({
    legacy: false,
    globalInjection: true,
    flatJson: true,
    locale: currentLocale.value,
    fallbackLocale: DEFAULT_LOCALE,
    availableLocales: [...LOCALES],
    missingWarn: false,
    fallbackWarn: false,
    messages: { 'zh-CN': { ...catalogue['zh-CN'] }, en: { ...catalogue.en } } as Record<Locale, Record<string, string>>,
  });
  watch(
    currentLocale,
    (locale) => {
      i18n.global.locale.value = locale;
    },
    { flush: 'sync' },
  );
  const translate = i18n.global.t;
  const t: Translate<keyof Messages & string> = (key, params) => {
    const named = params ?? {};
    return typeof named.n === 'number' ? translate(key, named, named.n) : translate(key, named);
  };
  return { i18n, t };
}
