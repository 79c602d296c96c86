import ElementPlus, { provideGlobalConfig } from 'element-plus';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { computed, type App } from 'vue';
import { currentLocale } from './i18n/locale';
import { ensureBaseStylesheets } from './stylesheets';

const elementLocales = { 'zh-CN': zhCn, en } as const;

/**
 * Installs Element Plus into an app with its texts in the current language (Chinese by default),
 * following every language switch, and makes sure the shared stylesheets are on the page.
 */
export function installStyleguide(app: App): void {
  void ensureBaseStylesheets();
  app.use(ElementPlus);
  provideGlobalConfig(
    computed(() => ({ locale: elementLocales[currentLocale.value] })),
    app,
    true,
  );
}
