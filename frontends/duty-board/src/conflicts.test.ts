import { GraphQLRequestError } from '@hall/styleguide';
import { describe, expect, it } from 'vitest';
import { rosterConflicts } from './conflicts';

describe('roster conflicts', () => {
  it('reads the conflicts a CONFLICT error lists and skips malformed entries', () => {
    const error = GraphQLRequestError.fromErrors(
      [
        {
          message: 'the roster has 2 conflicts',
          extensions: {
            code: 'CONFLICT',
            conflicts: [
              { reason: 'STAFF_BUSY', date: '2026-11-30', period: 'FULL_DAY', windowNumber: 'A01', staffName: '王敏', existingPeriod: 'MORNING', existingWindowNumber: 'A03', existingStaffName: '王敏' },
              { reason: 'SOMETHING_NEW', date: '2026-11-30', period: 'FULL_DAY' },
            ],
          },
        },
      ],
      200,
    );
    expect(rosterConflicts(error)).toEqual([
      {
        reason: 'STAFF_BUSY',
        date: '2026-11-30',
        period: 'FULL_DAY',
        windowNumber: 'A01',
        staffName: '王敏',
        existingPeriod: 'MORNING',
        existingWindowNumber: 'A03',
        existingStaffName: '王敏',
      },
    ]);
    expect(rosterConflicts(new GraphQLRequestError('FORBIDDEN', 'no'))).toEqual([]);
  });
});
