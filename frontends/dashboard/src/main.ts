import { cssLifecycles, installStyleguide } from '@hall/styleguide';
import singleSpaVue from 'single-spa-vue';
import { createApp, h, type App as VueApp } from 'vue';
import App from './App.vue';
import { i18n } from './messages';
import { createAppRouter } from './router';

const vueLifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app: VueApp) => {
    installStyleguide(app);
    app.use(i18n);
    app.use(createAppRouter());
  },
});

// Built beside this module (vite.config.ts: cssFileName); a variable keeps Vite from resolving it at build time.
const cssFile = 'dashboard.css';
const css = cssLifecycles(new URL(cssFile, import.meta.url).href);

export const bootstrap = [css.bootstrap, vueLifecycles.bootstrap];
export const mount = [css.mount, vueLifecycles.mount];
export const unmount = [vueLifecycles.unmount, css.unmount];
