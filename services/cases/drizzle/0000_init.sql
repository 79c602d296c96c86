CREATE SCHEMA "cases";
--> statement-breakpoint
CREATE TYPE "cases"."case_status" AS ENUM('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'NOT_ACCEPTED', 'REFERRED', 'UNDER_REVIEW', 'SUSPENDED', 'APPROVED', 'DENIED', 'COMPLETED', 'DELIVERED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "cases"."case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_status" "cases"."case_status",
	"to_status" "cases"."case_status" NOT NULL,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"matter_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"window_id" uuid,
	"first_owner_staff_id" uuid NOT NULL,
	"status" "cases"."case_status" NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"visits" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "cases"."case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case" ON "cases"."case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "cases_department_submitted" ON "cases"."cases" USING btree ("department_id","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_submitted" ON "cases"."cases" USING btree ("submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_matter" ON "cases"."cases" USING btree ("matter_id");