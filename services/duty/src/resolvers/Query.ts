import { parseInput, uuidSchema } from '@hall/service-kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DutyContext } from '../context';
import { windows } from '../db/schema';
import type { WindowRow } from '../loaders';

const hallZone = z.string().trim().min(1).max(20).nullish();

export const Query = {
  windows(_: unknown, args: { hallZone?: unknown }, { database }: DutyContext): Promise<WindowRow[]> {
    const zone = parseInput(hallZone, args.hallZone);
    return database.db
      .select()
      .from(windows)
      .where(and(eq(windows.active, true), zone ? eq(windows.hallZone, zone) : undefined))
      .orderBy(asc(windows.number));
  },
  window: (_: unknown, args: { id: unknown }, { loaders }: DutyContext) => loaders.windowById.load(parseInput(uuidSchema, args.id)),
  staffMember: (_: unknown, args: { id: unknown }, { loaders }: DutyContext) => loaders.staffById.load(parseInput(uuidSchema, args.id)),
};
