import { describe, expect, it } from 'vitest';
import { printedMatterId, printPath } from './route';

describe('the guide’s routes', () => {
  it('round-trips a matter id through the print path', () => {
    expect(printPath('5f0c-id')).toBe('/guide/print/5f0c-id');
    expect(printedMatterId('/guide/print/5f0c-id')).toBe('5f0c-id');
    expect(printedMatterId('/guide/print/5f0c-id/')).toBe('5f0c-id');
  });

  it('is no print view elsewhere', () => {
    expect(printedMatterId('/guide')).toBeNull();
    expect(printedMatterId('/guide/print/')).toBeNull();
    expect(printedMatterId('/')).toBeNull();
  });
});
