import { describe, expect, it } from 'vitest';
import { byBureau } from './ranking';

const entry = (id: string, place: number, parent?: string) => ({ place, department: { id, parent: parent ? { id: parent } : null } });

describe('the ranking by bureau', () => {
  it('puts each branch office under its bureau, both in the ranking’s order, keeping the whole ranking’s places', () => {
    // The server's order: LOST 1, CITYA 2, TAX 3, CITY 4, CITYB 5. A branch whose bureau is not listed stands alone.
    const ranked = [entry('LOST', 1, 'GONE'), entry('CITYA', 2, 'CITY'), entry('TAX', 3), entry('CITY', 4), entry('CITYB', 5, 'CITY')];
    expect(byBureau(ranked).map(({ bureau, branches }) => [bureau.department.id, bureau.place, branches.map((branch) => [branch.department.id, branch.place])])).toEqual([
      ['LOST', 1, []],
      ['TAX', 3, []],
      ['CITY', 4, [['CITYA', 2], ['CITYB', 5]]],
    ]);
  });
});
