CREATE TABLE "cases"."number_counters" (
	"prefix" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "evaluation_code" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD CONSTRAINT "cases_evaluation_code_unique" UNIQUE("evaluation_code");