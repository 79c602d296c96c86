CREATE SCHEMA "inspections";
--> statement-breakpoint
CREATE TYPE "inspections"."inspection_status" AS ENUM('PLANNED', 'DRAFT', 'SUBMITTED');--> statement-breakpoint
CREATE TABLE "inspections"."findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"window_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"planned_for" date NOT NULL,
	"visited_at" timestamp with time zone,
	"score" double precision,
	"status" "inspections"."inspection_status" DEFAULT 'PLANNED' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."supervisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"affiliation" text NOT NULL,
	"phone" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"tied_department_ids" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspections"."findings" ADD CONSTRAINT "findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD CONSTRAINT "inspections_supervisor_id_supervisors_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "inspections"."supervisors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "findings_inspection" ON "inspections"."findings" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "inspections_window" ON "inspections"."inspections" USING btree ("window_id","planned_for");--> statement-breakpoint
CREATE INDEX "inspections_department" ON "inspections"."inspections" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "inspections_supervisor" ON "inspections"."inspections" USING btree ("supervisor_id");