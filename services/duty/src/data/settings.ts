import { badUserInput } from '@hall/service-kit';
import { eq, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import { hallSettings, type DutyTables } from '../db/schema';

export type HallSettingsRow = typeof hallSettings.$inferSelect;

export interface HallSettings {
  timeZone: string;
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
  graceMinutes: number;
  unattendedAfterMinutes: number;
  checkInOpensMinutes: number;
  swapNoticeWorkingDays: number;
  minimumPostingMonths: number;
  queueServiceLevelMinutes: number;
}

/** '09:00:00' → '09:00'. */
const hhmm = (value: string) => value.slice(0, 5);

export function settingsOf(row: HallSettingsRow, timeZone: string): HallSettings {
  return {
    timeZone,
    morningStart: hhmm(row.morningStart),
    morningEnd: hhmm(row.morningEnd),
    afternoonStart: hhmm(row.afternoonStart),
    afternoonEnd: hhmm(row.afternoonEnd),
    graceMinutes: row.graceMinutes,
    unattendedAfterMinutes: row.unattendedAfterMinutes,
    checkInOpensMinutes: row.checkInOpensMinutes,
    swapNoticeWorkingDays: row.swapNoticeWorkingDays,
    minimumPostingMonths: row.minimumPostingMonths,
    queueServiceLevelMinutes: row.queueServiceLevelMinutes,
  };
}

export async function loadSettings(db: NodePgDatabase<DutyTables>, timeZone: string): Promise<HallSettings> {
  const [row] = await db.select().from(hallSettings).where(eq(hallSettings.id, 1));
  if (!row) throw new Error('duty.hall_settings has no row: the migrations did not run');
  return settingsOf(row, timeZone);
}

/** '09:00' … '23:59'. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');
const minutes = (max: number) => z.number().int().min(0).max(max);

export const settingsInput = z
  .object({
    morningStart: clock,
    morningEnd: clock,
    afternoonStart: clock,
    afternoonEnd: clock,
    graceMinutes: minutes(60),
    unattendedAfterMinutes: minutes(180).min(1),
    checkInOpensMinutes: minutes(180),
    swapNoticeWorkingDays: minutes(60),
    minimumPostingMonths: minutes(120),
    queueServiceLevelMinutes: minutes(480).min(1),
  })
  .partial()
  .strict();

export async function updateSettings(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  input: z.infer<typeof settingsInput>,
): Promise<HallSettings> {
  const current = await loadSettings(db, timeZone);
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null)) };
  if (!(next.morningStart < next.morningEnd && next.morningEnd <= next.afternoonStart && next.afternoonStart < next.afternoonEnd)) {
    throw badUserInput('the hours must run morning start < morning end ≤ afternoon start < afternoon end');
  }
  if (next.unattendedAfterMinutes < next.graceMinutes) {
    throw badUserInput('unattendedAfterMinutes must not be shorter than graceMinutes');
  }
  const [row] = await db
    .update(hallSettings)
    .set({
      morningStart: next.morningStart,
      morningEnd: next.morningEnd,
      afternoonStart: next.afternoonStart,
      afternoonEnd: next.afternoonEnd,
      graceMinutes: next.graceMinutes,
      unattendedAfterMinutes: next.unattendedAfterMinutes,
      checkInOpensMinutes: next.checkInOpensMinutes,
      swapNoticeWorkingDays: next.swapNoticeWorkingDays,
      minimumPostingMonths: next.minimumPostingMonths,
      queueServiceLevelMinutes: next.queueServiceLevelMinutes,
      updatedAt: sql`now()`,
    })
    .where(eq(hallSettings.id, 1))
    .returning();
  if (!row) throw new Error('duty.hall_settings has no row');
  return settingsOf(row, timeZone);
}
