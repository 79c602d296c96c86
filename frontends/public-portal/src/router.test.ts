import { createMemoryHistory } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { createAppRouter } from './router';

describe('the portal’s routes', () => {
  it('opens 一事一评 on /evaluate with the code of the link, and complaints on /track/complaint', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/evaluate?code=7K3MQ9ZT2HX4BC1D&channel=WINDOW_TABLET');
    expect(router.currentRoute.value.name).toBe('evaluate');
    expect(router.currentRoute.value.query).toEqual({ code: '7K3MQ9ZT2HX4BC1D', channel: 'WINDOW_TABLET' });
    await router.push('/track/complaint');
    expect(router.currentRoute.value.name).toBe('complaint');
  });

  it('leaves other apps’ paths alone: no page, no redirect', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/desk');
    expect(router.currentRoute.value.matched).toEqual([]);
    expect(router.currentRoute.value.fullPath).toBe('/desk');
  });
});
