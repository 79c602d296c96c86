import type { Database } from '@hall/db';
import { WorkingCalendar, type Identity, type ModuleContext, type SubgraphContext } from '@hall/service-kit';
import { calendarDays, type CasesTables } from './db/schema';
import { createLoaders, type CasesLoaders } from './data/loaders';
import type { DutyDirectory } from './ports/duty';
import type { HallFigures } from './ports/hall-figures';
import type { MatterDirectory } from './ports/matters';
import type { CasesSettings } from './settings';

export interface CasesContext extends SubgraphContext {
  database: Database<CasesTables>;
  loaders: CasesLoaders;
  /** One clock per request, so every warning and every event of an answer uses the same instant. */
  now: Date;
  settings: CasesSettings;
  matters: MatterDirectory;
  /** Staff and windows, from the duty subgraph. */
  duty: DutyDirectory;
  /** The other subgraphs' figures for the ranking and the monthly report. */
  figures: HallFigures;
  /** The hall calendar with the manager's overrides, read once per request when first needed. */
  calendar(): Promise<WorkingCalendar>;
}

export interface CasesDependencies {
  matters: MatterDirectory;
  duty: DutyDirectory;
  figures: HallFigures;
  settings: CasesSettings;
  /** The current instant; tests replace it to place transitions on chosen days. */
  clock?: () => Date;
}

export function contextFactory({ matters, duty, figures, settings, clock = () => new Date() }: CasesDependencies) {
  return (identity: Identity, database: Database<CasesTables>): ModuleContext<CasesContext> => {
    const now = clock();
    let calendar: Promise<WorkingCalendar> | undefined;
    return {
      identity,
      database,
      loaders: createLoaders(database.db, settings.timeZone, now, settings.episodeDays),
      now,
      settings,
      matters,
      duty,
      figures,
      calendar: () => {
        calendar ??= database.db
          .select({ day: calendarDays.day, kind: calendarDays.kind })
          .from(calendarDays)
          .then((rows) => new WorkingCalendar(new Map(rows.map((row) => [row.day, row.kind]))));
        return calendar;
      },
    };
  };
}
