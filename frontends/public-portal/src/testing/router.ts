import { createWebHistory, type Router } from 'vue-router';
import { createAppRouter } from '../router';

/**
 * The portal's router at `url`, on the test page's own history (happy-dom's): the tests read the address bar the way
 * single-spa and the applicant see it.
 */
export async function routerAt(url: string): Promise<Router> {
  window.history.replaceState(null, '', url);
  const router = createAppRouter(createWebHistory());
  await router.push(url);
  await router.isReady();
  return router;
}
