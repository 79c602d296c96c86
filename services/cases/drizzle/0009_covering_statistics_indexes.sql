-- Custom (drizzle-kit cannot declare INCLUDE columns): the evaluation statistics (stats.ts evaluationCounts) read a
-- period's evaluations and completed cases by index only, without visiting the tables (issue 8, bench/README.md).
DROP INDEX "cases"."evaluations_at";--> statement-breakpoint
CREATE INDEX "evaluations_at" ON "cases"."evaluations" USING btree ("evaluated_at") INCLUDE ("department_id", "level", "case_id", "id");--> statement-breakpoint
DROP INDEX "cases"."cases_completed";--> statement-breakpoint
CREATE INDEX "cases_completed" ON "cases"."cases" USING btree ("completed_at") INCLUDE ("department_id", "id");
