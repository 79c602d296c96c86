CREATE TYPE "cases"."calendar_day_kind" AS ENUM('WORKING', 'OFF');--> statement-breakpoint
CREATE TYPE "cases"."complaint_channel" AS ENUM('WINDOW', 'BOX', 'HOTLINE', 'WEB', 'MOBILE', 'LETTER');--> statement-breakpoint
CREATE TYPE "cases"."complaint_status" AS ENUM('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "cases"."complaint_subject" AS ENUM('DEPARTMENT', 'WINDOW', 'STAFF', 'MATTER');--> statement-breakpoint
CREATE TYPE "cases"."escalation_level" AS ENUM('YELLOW', 'RED');--> statement-breakpoint
CREATE TYPE "cases"."evaluation_channel" AS ENUM('WINDOW_TABLET', 'PC', 'MOBILE', 'QR_CODE', 'SMS', 'HOTLINE');--> statement-breakpoint
CREATE TYPE "cases"."rectification_status" AS ENUM('PENDING', 'IN_PROGRESS', 'DONE', 'INVALID', 'UNRECTIFIABLE');--> statement-breakpoint
CREATE TABLE "cases"."calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" "cases"."calendar_day_kind" NOT NULL,
	"note" text,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_visits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"window_id" uuid,
	"recorded_by" text
);
--> statement-breakpoint
CREATE TABLE "cases"."complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"channel" "cases"."complaint_channel" NOT NULL,
	"subject_kind" "cases"."complaint_subject" NOT NULL,
	"department_id" uuid,
	"window_id" uuid,
	"staff_id" uuid,
	"matter_id" uuid,
	"case_id" uuid,
	"content" text NOT NULL,
	"complainant_name" text,
	"complainant_phone" text,
	"status" "cases"."complaint_status" DEFAULT 'RECEIVED' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"assigned_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "complaints_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "cases"."escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"level" "cases"."escalation_level" NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"raised_by" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "escalations_case_level" UNIQUE("case_id","level")
);
--> statement-breakpoint
CREATE TABLE "cases"."evaluation_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_status" "cases"."rectification_status",
	"to_status" "cases"."rectification_status",
	"action" text NOT NULL,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cases"."evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"window_id" uuid,
	"staff_id" uuid,
	"level" smallint NOT NULL,
	"channel" "cases"."evaluation_channel" NOT NULL,
	"comment" text,
	"real_name" boolean DEFAULT true NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"rectification_status" "cases"."rectification_status",
	"rectification_due_at" timestamp with time zone,
	"callback_at" timestamp with time zone,
	"callback_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "evaluations_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "evaluations_level" CHECK ("cases"."evaluations"."level" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "matter_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "instant" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "paused_working_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "paused_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "pre_warning_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "supervision_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "supplement_notices" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "referred_to_department_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "referred_from_case_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."case_visits" ADD CONSTRAINT "case_visits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD CONSTRAINT "escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."evaluation_actions" ADD CONSTRAINT "evaluation_actions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "cases"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."evaluations" ADD CONSTRAINT "evaluations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_visits_case" ON "cases"."case_visits" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complaints_department" ON "cases"."complaints" USING btree ("department_id","received_at");--> statement-breakpoint
CREATE INDEX "evaluation_actions_evaluation" ON "cases"."evaluation_actions" USING btree ("evaluation_id","id");--> statement-breakpoint
CREATE INDEX "evaluations_department_at" ON "cases"."evaluations" USING btree ("department_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "evaluations_at" ON "cases"."evaluations" USING btree ("evaluated_at");--> statement-breakpoint
CREATE INDEX "cases_accepted" ON "cases"."cases" USING btree ("accepted_at");--> statement-breakpoint
CREATE INDEX "cases_completed" ON "cases"."cases" USING btree ("completed_at");