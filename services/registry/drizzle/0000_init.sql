CREATE SCHEMA "registry";
--> statement-breakpoint
CREATE TYPE "registry"."registration_stage" AS ENUM('ACCEPTED', 'REVIEWED', 'RECORDED', 'CERTIFIED', 'ISSUED');--> statement-breakpoint
CREATE TABLE "registry"."appointment_quotas" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"morning" integer NOT NULL,
	"afternoon" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "appointment_quotas_morning" CHECK ("registry"."appointment_quotas"."morning" BETWEEN 0 AND 200),
	CONSTRAINT "appointment_quotas_afternoon" CHECK ("registry"."appointment_quotas"."afternoon" BETWEEN 0 AND 200)
);
--> statement-breakpoint
CREATE TABLE "registry"."registration_steps" (
	"case_id" uuid NOT NULL,
	"stage" "registry"."registration_stage" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	CONSTRAINT "registration_steps_case_id_stage_pk" PRIMARY KEY("case_id","stage")
);
--> statement-breakpoint
CREATE TABLE "registry"."registrations" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"stage" "registry"."registration_stage" NOT NULL,
	"unit_number" text NOT NULL,
	"certificate_number" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registrations_unit_number" CHECK ("registry"."registrations"."unit_number" ~ '^[0-9A-Z]{28}$'),
	CONSTRAINT "registrations_certificate_from_certified" CHECK (("registry"."registrations"."stage" >= 'CERTIFIED') = ("registry"."registrations"."certificate_number" IS NOT NULL)),
	CONSTRAINT "registrations_certificate_length" CHECK (char_length("registry"."registrations"."certificate_number") BETWEEN 10 AND 60)
);
--> statement-breakpoint
ALTER TABLE "registry"."registration_steps" ADD CONSTRAINT "registration_steps_case_id_registrations_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "registry"."registrations"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_quotas_department" ON "registry"."appointment_quotas" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "registrations_moved" ON "registry"."registrations" USING btree ("updated_at" DESC NULLS FIRST,"case_id");--> statement-breakpoint
CREATE INDEX "registrations_department" ON "registry"."registrations" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_certificate" ON "registry"."registrations" USING btree ("certificate_number") WHERE "registry"."registrations"."certificate_number" IS NOT NULL;