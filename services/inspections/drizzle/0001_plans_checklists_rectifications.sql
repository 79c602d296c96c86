CREATE TYPE "inspections"."appeal_status" AS ENUM('PENDING', 'UPHELD', 'OVERTURNED');--> statement-breakpoint
CREATE TYPE "inspections"."evidence_kind" AS ENUM('PHOTO', 'AUDIO');--> statement-breakpoint
CREATE TYPE "inspections"."item_outcome" AS ENUM('PASS', 'FAIL', 'NOT_APPLICABLE');--> statement-breakpoint
CREATE TYPE "inspections"."rectification_status" AS ENUM('OPEN', 'RESPONDED', 'VERIFIED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "inspections"."amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL,
	"score" double precision,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" "inspections"."appeal_status" DEFAULT 'PENDING' NOT NULL,
	"decision_note" text,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inspections"."evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid,
	"rectification_id" uuid,
	"kind" "inspections"."evidence_kind" NOT NULL,
	"mime_type" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_one_owner" CHECK (num_nonnulls("inspections"."evidence"."inspection_id", "inspections"."evidence"."rectification_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "inspections"."item_results" (
	"inspection_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"outcome" "inspections"."item_outcome" NOT NULL,
	"comment" text,
	CONSTRAINT "item_results_inspection_id_item_key_pk" PRIMARY KEY("inspection_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "inspections"."plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"seed" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"template_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."rectification_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rectification_id" uuid NOT NULL,
	"from_status" "inspections"."rectification_status",
	"to_status" "inspections"."rectification_status" NOT NULL,
	"actor_role" text NOT NULL,
	"actor_id" text,
	"note" text,
	"due_on" date,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"window_id" uuid NOT NULL,
	"found_by" uuid NOT NULL,
	"below_threshold" boolean NOT NULL,
	"serious_finding_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" "inspections"."rectification_status" DEFAULT 'OPEN' NOT NULL,
	"due_on" date NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inspections"."settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"pass_threshold" double precision DEFAULT 85 NOT NULL,
	"rectification_due_working_days" integer DEFAULT 10 NOT NULL,
	"appeal_days" integer DEFAULT 7 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections"."checklist_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"sections" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_templates_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "inspections"."findings" ADD COLUMN "item_key" text;--> statement-breakpoint
ALTER TABLE "inspections"."findings" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "inspections"."findings" ADD COLUMN "serious" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections"."findings" ADD COLUMN "amendment_id" uuid;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD COLUMN "staff_id" uuid;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD COLUMN "scenario" text;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspections"."supervisors" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections"."amendments" ADD CONSTRAINT "amendments_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."appeals" ADD CONSTRAINT "appeals_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "inspections"."findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."appeals" ADD CONSTRAINT "appeals_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."evidence" ADD CONSTRAINT "evidence_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."evidence" ADD CONSTRAINT "evidence_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "inspections"."rectifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."item_results" ADD CONSTRAINT "item_results_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."plans" ADD CONSTRAINT "plans_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "inspections"."checklist_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."rectification_events" ADD CONSTRAINT "rectification_events_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "inspections"."rectifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."rectifications" ADD CONSTRAINT "rectifications_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "inspections"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendments_inspection" ON "inspections"."amendments" USING btree ("inspection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_finding" ON "inspections"."appeals" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "appeals_inspection" ON "inspections"."appeals" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "evidence_inspection" ON "inspections"."evidence" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "evidence_rectification" ON "inspections"."evidence" USING btree ("rectification_id");--> statement-breakpoint
CREATE INDEX "evidence_hash" ON "inspections"."evidence" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "rectification_events_order" ON "inspections"."rectification_events" USING btree ("rectification_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "rectifications_inspection" ON "inspections"."rectifications" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "rectifications_department" ON "inspections"."rectifications" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "rectifications_window" ON "inspections"."rectifications" USING btree ("window_id");--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD CONSTRAINT "inspections_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "inspections"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections"."inspections" ADD CONSTRAINT "inspections_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "inspections"."checklist_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspections_plan" ON "inspections"."inspections" USING btree ("plan_id");