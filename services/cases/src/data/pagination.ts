import { badUserInput, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';

/** Keyset cursor over (submittedAt desc, id desc): stable under inserts, as fast on page 1,000 as on page 1. */
export interface CaseCursor {
  submittedAt: Date;
  id: string;
}

const cursorSchema = z.tuple([z.string().datetime(), uuidSchema]);

export function encodeCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.submittedAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): CaseCursor {
  try {
    const [submittedAt, id] = cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return { submittedAt: new Date(submittedAt), id };
  } catch {
    throw badUserInput('invalid cursor', { field: 'after' });
  }
}
