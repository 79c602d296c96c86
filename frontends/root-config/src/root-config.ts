import { addErrorHandler, registerApplication, start, type AppProps, type LifeCycles } from 'single-spa';
import { constructApplications, constructLayoutEngine, constructRoutes } from 'single-spa-layout';
import layoutHtml from './microfrontend-layout.html?raw';
import { setUpDemoSignIn } from './shell/demo-sign-in';
import { gatewayOrigin } from './shell/gateway';
import { markKioskRoute } from './shell/kiosk';
import { setUpLocaleToggle, translateLayout } from './shell/locale';
import { interceptNavigation, markCurrentLink } from './shell/navigation';
import './styles.css';

const routes = constructRoutes(layoutHtml, {
  loaders: {
    appLoading: '<div class="hall-notice" role="status" aria-busy="true">加载中… Loading…</div>',
  },
  props: {},
  errors: {
    appError:
      '<div class="hall-notice hall-notice--error" role="alert">应用加载失败，请刷新页面重试。The application failed to load; please reload.</div>',
  },
});

// Each app is resolved by the browser through the import map, never bundled here (STACK pitfall 10).
const loadApp = ({ name }: AppProps): Promise<LifeCycles> => import(/* @vite-ignore */ name);

const applications = constructApplications({ routes, loadApp });
const layoutEngine = constructLayoutEngine({ routes, applications, active: false });
applications.forEach((application) => registerApplication(application));
// Renders the layout (header, main, footer) into <body> at once, so the header can be wired up below.
layoutEngine.activate();

addErrorHandler((error) => console.error(`single-spa: ${error.appOrParcelName} failed`, error));

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the layout lacks #${id}`);
  return element;
}

const shell = document.body;
translateLayout(shell);
interceptNavigation(shell);
// A route's own texts (the not-found page) are rendered anew from the layout, in Chinese, each time it is shown.
window.addEventListener('single-spa:routing-event', () => {
  translateLayout(shell);
  markCurrentLink(shell);
});
markKioskRoute(shell);
window.addEventListener('single-spa:before-routing-event', () => markKioskRoute(shell));

const signIn = setUpDemoSignIn(
  { select: byId('demo-user', HTMLSelectElement), current: byId('hall-current-user', HTMLElement) },
  gatewayOrigin(),
);
setUpLocaleToggle(byId('hall-locale-toggle', HTMLButtonElement), () => {
  translateLayout(shell);
  void signIn.then(({ rerender }) => rerender());
});

start();
