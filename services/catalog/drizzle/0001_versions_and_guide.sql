CREATE TABLE "catalog"."department_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "catalog"."department_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"department_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb DEFAULT '{"fields":[]}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."joint_departments" (
	"matter_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "joint_departments_matter_id_department_id_pk" PRIMARY KEY("matter_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "catalog"."process_steps" (
	"matter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"post" text NOT NULL,
	"days" integer NOT NULL,
	CONSTRAINT "process_steps_matter_id_position_pk" PRIMARY KEY("matter_id","position"),
	CONSTRAINT "process_steps_days" CHECK ("catalog"."process_steps"."days" >= 0)
);
--> statement-breakpoint
DROP INDEX "catalog"."matter_changes_matter";--> statement-breakpoint
ALTER TABLE "catalog"."matter_changes" ALTER COLUMN "detail" SET DEFAULT '{"fields":[]}'::jsonb;--> statement-breakpoint
ALTER TABLE "catalog"."departments" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."materials" ADD COLUMN "sample_template" text;--> statement-breakpoint
ALTER TABLE "catalog"."matter_changes" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "catalog"."matter_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "catalog"."matter_changes" ADD COLUMN "actor_name" text;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "on_site_inspection" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "refusal_grounds" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "appeal_route" text;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "based_on_version" integer;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "superseded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD COLUMN "search_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."department_changes" ADD CONSTRAINT "department_changes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "catalog"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."joint_departments" ADD CONSTRAINT "joint_departments_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "catalog"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."joint_departments" ADD CONSTRAINT "joint_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "catalog"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."process_steps" ADD CONSTRAINT "process_steps_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "catalog"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "department_changes_department" ON "catalog"."department_changes" USING btree ("department_id","seq");--> statement-breakpoint
CREATE INDEX "joint_departments_department" ON "catalog"."joint_departments" USING btree ("department_id");--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD CONSTRAINT "matters_superseded_by_id_matters_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "catalog"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matters_one_published_per_code" ON "catalog"."matters" USING btree ("code") WHERE "catalog"."matters"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "matters_search_terms" ON "catalog"."matters" USING gin ("search_terms");--> statement-breakpoint
CREATE INDEX "matter_changes_matter" ON "catalog"."matter_changes" USING btree ("matter_id","seq");--> statement-breakpoint
ALTER TABLE "catalog"."departments" ADD CONSTRAINT "departments_name_unique" UNIQUE("name");--> statement-breakpoint
-- Before the fee rule: a fee of 0 was "free", and a basis without a fee meant nothing.
UPDATE "catalog"."matters" SET "fee_yuan" = NULL WHERE "fee_yuan" <= 0;--> statement-breakpoint
UPDATE "catalog"."matters" SET "fee_basis" = NULL WHERE "fee_yuan" IS NULL AND "fee_basis" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD CONSTRAINT "matters_fee_with_basis" CHECK (("catalog"."matters"."fee_yuan" IS NULL AND "catalog"."matters"."fee_basis" IS NULL) OR ("catalog"."matters"."fee_yuan" > 0 AND "catalog"."matters"."fee_basis" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD CONSTRAINT "matters_version_positive" CHECK ("catalog"."matters"."version" >= 1 AND ("catalog"."matters"."based_on_version" IS NULL OR "catalog"."matters"."based_on_version" < "catalog"."matters"."version"));