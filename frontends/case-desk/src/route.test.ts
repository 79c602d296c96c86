import { describe, expect, it } from 'vitest';
import { printPath, printTarget } from './route';

describe('the desk’s print routes', () => {
  it('reads the result notice’s route back, beside the other two', () => {
    expect(printPath('result', 'c-1')).toBe('/desk/print/result/c-1');
    expect(printTarget('/desk/print/result/c-1')).toEqual({ kind: 'result', caseId: 'c-1' });
    expect(printTarget('/desk/print/notice/c-1/')).toEqual({ kind: 'notice', caseId: 'c-1' });
    expect(printTarget('/desk/print/refusal/c-1')).toEqual({ kind: 'refusal', caseId: 'c-1' });
    expect(printTarget('/desk/print/receipt/c-1')).toBeNull();
    expect(printTarget('/desk')).toBeNull();
  });
});
