CREATE SCHEMA "duty";
--> statement-breakpoint
CREATE TYPE "duty"."staff_post" AS ENUM('ACCEPTANCE', 'APPROVAL', 'CONSULTATION', 'CHIEF_REPRESENTATIVE');--> statement-breakpoint
CREATE TYPE "duty"."window_category" AS ENUM('COMPREHENSIVE', 'SPECIALISED', 'CONSULTATION', 'PICKUP', 'GREEN_CHANNEL', 'SELF_SERVICE');--> statement-breakpoint
CREATE TABLE "duty"."staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_no" text NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"post" "duty"."staff_post" NOT NULL,
	"party_member" boolean DEFAULT false NOT NULL,
	"posted_since" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_employee_no_unique" UNIQUE("employee_no")
);
--> statement-breakpoint
CREATE TABLE "duty"."window_departments" (
	"window_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "window_departments_window_id_department_id_pk" PRIMARY KEY("window_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "duty"."windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"category" "duty"."window_category" NOT NULL,
	"hall_zone" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "windows_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "duty"."window_departments" ADD CONSTRAINT "window_departments_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "duty"."windows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_department" ON "duty"."staff" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "window_departments_department" ON "duty"."window_departments" USING btree ("department_id");