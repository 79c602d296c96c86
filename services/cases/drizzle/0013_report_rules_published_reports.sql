CREATE TABLE "cases"."published_reports" (
	"month" text PRIMARY KEY NOT NULL,
	"report" jsonb NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."report_rules" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"min_ranked_cases" integer NOT NULL,
	"min_evaluations" integer NOT NULL,
	"min_completed_for_rate" integer NOT NULL,
	"min_evaluation_rate" double precision NOT NULL,
	"implausible_streak" integer NOT NULL,
	"min_bad_reviews" integer NOT NULL,
	"invalid_share" double precision NOT NULL,
	"quiet_inspections" integer NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
