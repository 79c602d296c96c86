import { currentLocale, type Locale } from './locale';

export type MessageParams = Record<string, string | number>;
export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/** A catalogue: Chinese defines the keys, English must translate every one of them. */
export interface MessageCatalogue<Messages extends Record<string, string>> {
  'zh-CN': Messages;
  en: { [Key in keyof Messages]: string };
}

function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Returns a `t(key, params?)` for a catalogue. It reads the current locale on every call, so a template
 * using it re-renders when the language is switched.
 */
export function defineMessages<Messages extends Record<string, string>>(
  catalogue: MessageCatalogue<Messages>,
): Translate<keyof Messages & string> {
  return (key, params) => {
    const locale: Locale = currentLocale.value;
    const template = catalogue[locale][key] ?? catalogue['zh-CN'][key] ?? key;
    return interpolate(template, params);
  };
}
