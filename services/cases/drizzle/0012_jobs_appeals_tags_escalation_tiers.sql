CREATE TYPE "cases"."bad_review_tag" AS ENUM('OVER_TIME_LIMIT', 'EXTRA_CONDITIONS', 'EXTRA_MATERIALS', 'NOT_TOLD_AT_ONCE', 'REPEATED_TRIPS', 'ATTITUDE', 'SYSTEM_FAILURE', 'OTHER');--> statement-breakpoint
CREATE TYPE "cases"."complaint_satisfaction" AS ENUM('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');--> statement-breakpoint
CREATE TYPE "cases"."escalation_tier" AS ENUM('DEPARTMENT', 'LEADERSHIP');--> statement-breakpoint
ALTER TYPE "cases"."rectification_status" ADD VALUE 'APPEALED';--> statement-breakpoint
ALTER TABLE "cases"."complaints" ADD COLUMN "satisfaction" "cases"."complaint_satisfaction";--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "tier" "cases"."escalation_tier" DEFAULT 'DEPARTMENT' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "automatic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "responded_by" text;--> statement-breakpoint
ALTER TABLE "cases"."escalations" ADD COLUMN "climbed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."evaluations" ADD COLUMN "tags" "cases"."bad_review_tag"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "escalations_unanswered_due" ON "cases"."escalations" USING btree ("due_at") WHERE responded_at IS NULL;--> statement-breakpoint
CREATE INDEX "escalations_raised" ON "cases"."escalations" USING btree ("raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_actions_overdue_once" ON "cases"."evaluation_actions" USING btree ("evaluation_id") WHERE action = 'OVERDUE';--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_actions_appeal_once" ON "cases"."evaluation_actions" USING btree ("evaluation_id") WHERE action = 'APPEAL';