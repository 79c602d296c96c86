import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from './errors';

function refusal(work: () => unknown): Record<string, unknown> {
  try {
    work();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('expected a refusal');
}

describe('parseInput', () => {
  it('refuses with BAD_USER_INPUT naming the first field at fault as `field` beside the list of `fields`', () => {
    const schema = z.object({ note: z.string().min(1), tags: z.array(z.string()).max(1) });
    expect(refusal(() => parseInput(schema, { note: '', tags: ['a', 'b'] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
      fields: [
        { path: 'note', message: expect.any(String) },
        { path: 'tags', message: expect.any(String) },
      ],
    });
    expect(refusal(() => parseInput(z.string(), 1))).not.toHaveProperty('field');
  });
});
