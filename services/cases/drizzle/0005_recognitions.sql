CREATE TYPE "cases"."recognition_kind" AS ENUM('SERVICE_STAR', 'RED_FLAG_WINDOW');--> statement-breakpoint
CREATE TABLE "cases"."recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"kind" "cases"."recognition_kind" NOT NULL,
	"subject_id" uuid NOT NULL,
	"department_id" uuid,
	"note" text NOT NULL,
	"confirmed_by" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recognitions_month_subject" UNIQUE("month","kind","subject_id")
);
--> statement-breakpoint
CREATE INDEX "recognitions_month" ON "cases"."recognitions" USING btree ("month");