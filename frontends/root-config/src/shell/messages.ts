import { createI18n } from 'vue-i18n';

/**
 * The root page's own words, on vue-i18n (from the import map, like the apps' copy: never bundled here). The language
 * choice is shared with the apps through the styleguide's contract: localStorage `hall.locale` and the window event
 * `hall:locale-changed`. Messages use vue-i18n's syntax: `{name}`, plural forms `'{n} item | {n} items'` picked by
 * `t(key, { n })`, `{'@'}` / `{'|'}` for a literal @ or |.
 */
export const LOCALE_STORAGE_KEY = 'hall.locale';
export const LOCALE_CHANGED_EVENT = 'hall:locale-changed';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const zh = {
  'brand.name': '「四零」政务服务监督平台',
  'brand.tagline': '零推诿 · 零距离 · 零差错 · 零投诉',
  'nav.label': '主导航',
  'nav.guide': '办事指南',
  'nav.matters': '事项管理',
  'nav.duty': '值班管理',
  'nav.window': '窗口工作台',
  'nav.cases': '办件受理',
  'nav.track': '办件查询',
  'nav.inspect': '明察暗访',
  'nav.supervision': '督查整改',
  'nav.rectifications': '整改通知',
  'nav.dashboard': '监督看板',
  'signIn.label': '演示身份',
  'signIn.public': '公众（未登录）',
  'signIn.unavailable': '演示登录不可用',
  'signIn.failed': '登录失败，请重试',
  'signIn.current': '已登录：{label}',
  'signIn.anonymous': '未登录，以公众身份浏览',
  'locale.switch': 'English',
  'notFound.title': '页面不存在',
  'notFound.back': '返回办事指南',
  'footer.commitment': '服务受理零推诿 · 服务方式零距离 · 服务质量零差错 · 服务结果零投诉',
  'footer.note': '政务服务中心 · 监督电话 12345',
  'role.public': '公众',
  'role.staff': '窗口工作人员',
  'role.dept_admin': '部门管理员',
  'role.supervisor': '社会监督员',
  'role.manager': '大厅管理员',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'brand.name': 'Four Zeros Service Hall Platform',
  'brand.tagline': 'No buck-passing · No distance · No errors · No complaints',
  'nav.label': 'Main navigation',
  'nav.guide': 'Service guide',
  'nav.matters': 'Matters',
  'nav.duty': 'Window duty',
  'nav.window': 'Window desk',
  'nav.cases': 'Case desk',
  'nav.track': 'Track a case',
  'nav.inspect': 'Inspections',
  'nav.supervision': 'Supervision',
  'nav.rectifications': 'Rectifications',
  'nav.dashboard': 'Dashboard',
  'signIn.label': 'Demo user',
  'signIn.public': 'Public (not signed in)',
  'signIn.unavailable': 'Demo sign-in unavailable',
  'signIn.failed': 'Sign-in failed, please retry',
  'signIn.current': 'Signed in as {label}',
  'signIn.anonymous': 'Not signed in: browsing as the public',
  'locale.switch': '中文',
  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the service guide',
  'footer.commitment': 'Zero buck-passing · Zero distance · Zero errors · Zero complaints',
  'footer.note': 'Government service centre · Supervision hotline 12345',
  'role.public': 'Public',
  'role.staff': 'Window staff',
  'role.dept_admin': 'Department admin',
  'role.supervisor': 'Social supervisor',
  'role.manager': 'Hall manager',
};

export type MessageParams = Record<string, string | number>;

/** The page's language, as the last switch (the header's or an app's) stored it. */
export function currentLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const i18n = createI18n({
  legacy: false,
  flatJson: true,
  locale: currentLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  missingWarn: false,
  fallbackWarn: false,
  // Copies: with flatJson, vue-i18n nests the dotted keys of the objects it is given in place.
  messages: { 'zh-CN': { ...zh }, en: { ...en } } satisfies Record<Locale, Record<MessageKey, string>>,
});

/** A message in the page's current language; `{ n }` picks a plural form. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const locale = currentLocale();
  if (i18n.global.locale.value !== locale) i18n.global.locale.value = locale;
  return typeof params.n === 'number' ? i18n.global.t(key, params, params.n) : i18n.global.t(key, params);
}

export function isMessageKey(value: string | undefined): value is MessageKey {
  return value !== undefined && value in zh;
}
