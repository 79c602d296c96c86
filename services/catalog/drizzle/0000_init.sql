CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TYPE "catalog"."material_form" AS ENUM('ORIGINAL', 'COPY', 'ELECTRONIC');--> statement-breakpoint
CREATE TYPE "catalog"."matter_category" AS ENUM('PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "catalog"."matter_kind" AS ENUM('INSTANT', 'COMMITTED');--> statement-breakpoint
CREATE TYPE "catalog"."matter_status" AS ENUM('DRAFT', 'PUBLISHED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "catalog"."departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"hall_zone" text NOT NULL,
	"contact_phone" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"form" "catalog"."material_form" NOT NULL,
	"copies" integer DEFAULT 1 NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"condition" text,
	"source" text NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "catalog"."matter_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "catalog"."matter_kind" NOT NULL,
	"category" "catalog"."matter_category" NOT NULL,
	"legal_limit_days" integer NOT NULL,
	"committed_limit_days" integer NOT NULL,
	"fee_yuan" numeric(12, 2),
	"fee_basis" text,
	"channels" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"conditions" text NOT NULL,
	"legal_basis" text[] NOT NULL,
	"status" "catalog"."matter_status" DEFAULT 'DRAFT' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "matters_code_version" UNIQUE("code","version"),
	CONSTRAINT "matters_committed_within_legal" CHECK ("catalog"."matters"."committed_limit_days" >= 0 AND "catalog"."matters"."committed_limit_days" <= "catalog"."matters"."legal_limit_days"),
	CONSTRAINT "matters_instant_commits_zero" CHECK ("catalog"."matters"."kind" <> 'INSTANT' OR "catalog"."matters"."committed_limit_days" = 0)
);
--> statement-breakpoint
ALTER TABLE "catalog"."materials" ADD CONSTRAINT "materials_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "catalog"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."matter_changes" ADD CONSTRAINT "matter_changes_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "catalog"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."matters" ADD CONSTRAINT "matters_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "catalog"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "materials_matter" ON "catalog"."materials" USING btree ("matter_id","position");--> statement-breakpoint
CREATE INDEX "matter_changes_matter" ON "catalog"."matter_changes" USING btree ("matter_id","at");--> statement-breakpoint
CREATE INDEX "matters_department_status" ON "catalog"."matters" USING btree ("department_id","status");