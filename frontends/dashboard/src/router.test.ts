import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from './router';

const router = createAppRouter(createMemoryHistory());

describe('the dashboard’s routes', () => {
  it('shows the board at /dashboard and a month’s report under it', () => {
    expect(router.resolve('/dashboard').name).toBe('board');
    expect(router.resolve({ name: 'report', params: { month: '2026-11' } }).href).toBe('/dashboard/report/2026-11');
    const report = router.resolve('/dashboard/report/2026-11/');
    expect(report.name).toBe('report');
    expect(report.params.month).toBe('2026-11');
  });

  it('shows the board for any other path under /dashboard, and leaves other apps’ paths alone', () => {
    expect(router.resolve('/dashboard/elsewhere').matched.at(-1)?.redirect).toEqual({ name: 'board' });
    expect(router.resolve('/desk').matched).toEqual([]);
  });
});
