import { cssLifecycles, installStyleguide } from '@hall/styleguide';
import singleSpaVue from 'single-spa-vue';
import { createApp, h, type App } from 'vue';
import { i18n } from './messages';
import { createAppRouter } from './router';
import Supervision from './Supervision.vue';

const vueLifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(Supervision) },
  handleInstance: (app: App) => {
    installStyleguide(app);
    app.use(i18n);
    app.use(createAppRouter());
  },
});

// Built beside this module (vite.config.ts: cssFileName); a variable keeps Vite from resolving it at build time.
const cssFile = 'supervision.css';
const css = cssLifecycles(new URL(cssFile, import.meta.url).href);

export const bootstrap = [css.bootstrap, vueLifecycles.bootstrap];
export const mount = [css.mount, vueLifecycles.mount];
export const unmount = [vueLifecycles.unmount, css.unmount];
