import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter, printRoute, printTarget } from './router';

const router = createAppRouter(createMemoryHistory());

describe('the desk’s print routes', () => {
  it('reads the result notice’s route back, beside the other two', () => {
    expect(router.resolve(printRoute('result', 'c-1')).href).toBe('/desk/print/result/c-1');
    expect(printTarget(router.resolve('/desk/print/result/c-1'))).toEqual({ kind: 'result', caseId: 'c-1' });
    expect(printTarget(router.resolve('/desk/print/notice/c-1/'))).toEqual({ kind: 'notice', caseId: 'c-1' });
    expect(printTarget(router.resolve('/desk/print/refusal/c-1'))).toEqual({ kind: 'refusal', caseId: 'c-1' });
    expect(printTarget(router.resolve('/desk/print/receipt/c-1'))).toBeNull();
    expect(printTarget(router.resolve('/desk'))).toBeNull();
  });

  it('shows the list for /desk and any other path under it, and leaves other apps’ paths alone', () => {
    expect(router.resolve('/desk').name).toBe('desk');
    expect(router.resolve('/desk/print/receipt/c-1').name).toBe('desk-other');
    expect(router.resolve('/track').matched).toEqual([]);
  });

  it('encodes a case id in the path and decodes it back', () => {
    const href = router.resolve(printRoute('notice', 'a/b c')).href;
    expect(href).toBe('/desk/print/notice/a%2Fb%20c');
    expect(printTarget(router.resolve(href))).toEqual({ kind: 'notice', caseId: 'a/b c' });
  });
});
