import { describe, expect, it } from 'vitest';
import { composeSupergraph, readCheckedInSupergraph } from './supergraph';

describe('supergraph', () => {
  it('composes from the subgraphs and matches the checked-in file (run `npm run compose` when this fails)', () => {
    expect(readCheckedInSupergraph()).toBe(composeSupergraph());
  });
});
