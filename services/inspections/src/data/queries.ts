import { sql, type SQL } from 'drizzle-orm';

// drizzle leaves columns unqualified in single-table selects, so correlated subqueries name their tables explicitly.

/** The score after the latest amendment, else the score at submission (in a query over "inspections"). */
export const effectiveScore: SQL<number | null> = sql<number | null>`coalesce((
  SELECT am.score FROM "inspections"."amendments" am WHERE am.inspection_id = "inspections"."id"
  ORDER BY am.created_at DESC, am.id DESC LIMIT 1), "inspections"."score")`;

/**
 * A finding counts unless it was overturned on appeal or its item no longer fails after the latest amendment
 * (an overturned finding is also recorded as an amendment passing the item, so the score follows). In a query over "findings".
 */
export const findingCounts: SQL<boolean> = sql<boolean>`(
  NOT EXISTS (SELECT 1 FROM "inspections"."appeals" ap WHERE ap.finding_id = "findings"."id" AND ap.status = 'OVERTURNED')
  AND ("findings"."item_key" IS NULL OR coalesce((
    SELECT change->>'outcome' FROM "inspections"."amendments" am, jsonb_array_elements(am.changes) AS change
    WHERE am.inspection_id = "findings"."inspection_id" AND change->>'itemKey' = "findings"."item_key"
    ORDER BY am.created_at DESC, am.id DESC LIMIT 1
  ), (SELECT ir.outcome::text FROM "inspections"."item_results" ir
      WHERE ir.inspection_id = "findings"."inspection_id" AND ir.item_key = "findings"."item_key"), 'FAIL') = 'FAIL'))`;

/** Counting findings of the inspection of the current row of "inspections". */
export const countingFindings: SQL<number> = sql<number>`(SELECT count(*) FROM "inspections"."findings" WHERE "findings"."inspection_id" = "inspections"."id" AND ${findingCounts})::int`;
