CREATE TYPE "duty"."half_day" AS ENUM('MORNING', 'AFTERNOON');--> statement-breakpoint
CREATE TYPE "duty"."matter_category" AS ENUM('PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "duty"."shift_period" AS ENUM('MORNING', 'AFTERNOON', 'FULL_DAY');--> statement-breakpoint
CREATE TYPE "duty"."swap_kind" AS ENUM('REPLACEMENT', 'EXCHANGE');--> statement-breakpoint
CREATE TYPE "duty"."swap_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "duty"."ticket_status" AS ENUM('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW');--> statement-breakpoint
CREATE TABLE "duty"."attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"window_id" uuid NOT NULL,
	"check_in_at" timestamp with time zone NOT NULL,
	"check_out_at" timestamp with time zone,
	CONSTRAINT "attendance_shift_id_unique" UNIQUE("shift_id"),
	CONSTRAINT "attendance_out_after_in" CHECK ("duty"."attendance"."check_out_at" IS NULL OR "duty"."attendance"."check_out_at" >= "duty"."attendance"."check_in_at")
);
--> statement-breakpoint
CREATE TABLE "duty"."hall_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"morning_start" time DEFAULT '09:00' NOT NULL,
	"morning_end" time DEFAULT '12:00' NOT NULL,
	"afternoon_start" time DEFAULT '13:30' NOT NULL,
	"afternoon_end" time DEFAULT '17:00' NOT NULL,
	"grace_minutes" integer DEFAULT 5 NOT NULL,
	"unattended_after_minutes" integer DEFAULT 15 NOT NULL,
	"check_in_opens_minutes" integer DEFAULT 60 NOT NULL,
	"swap_notice_working_days" integer DEFAULT 7 NOT NULL,
	"minimum_posting_months" integer DEFAULT 24 NOT NULL,
	"queue_service_level_minutes" integer DEFAULT 20 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hall_settings_single_row" CHECK ("duty"."hall_settings"."id" = 1),
	CONSTRAINT "hall_settings_hours_in_order" CHECK ("duty"."hall_settings"."morning_start" < "duty"."hall_settings"."morning_end" AND "duty"."hall_settings"."morning_end" <= "duty"."hall_settings"."afternoon_start" AND "duty"."hall_settings"."afternoon_start" < "duty"."hall_settings"."afternoon_end")
);
--> statement-breakpoint
CREATE TABLE "duty"."shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"period" "duty"."shift_period" NOT NULL,
	"window_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"swap_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty"."swap_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"kind" "duty"."swap_kind" NOT NULL,
	"staff_id" uuid NOT NULL,
	"other_staff_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"reason" text NOT NULL,
	"document_no" text,
	"emergency" boolean DEFAULT false NOT NULL,
	"notice_working_days" integer NOT NULL,
	"recently_posted_staff_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" "duty"."swap_status" DEFAULT 'PENDING' NOT NULL,
	"filed_by" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"shifts_changed" integer,
	CONSTRAINT "swap_requests_two_people" CHECK ("duty"."swap_requests"."staff_id" <> "duty"."swap_requests"."other_staff_id"),
	CONSTRAINT "swap_requests_range" CHECK ("duty"."swap_requests"."effective_to" IS NULL OR "duty"."swap_requests"."effective_to" >= "duty"."swap_requests"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "duty"."ticket_counters" (
	"day" date NOT NULL,
	"prefix" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "ticket_counters_day_prefix_pk" PRIMARY KEY("day","prefix")
);
--> statement-breakpoint
CREATE TABLE "duty"."tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day" date NOT NULL,
	"number" text NOT NULL,
	"department_id" uuid NOT NULL,
	"category" "duty"."matter_category" NOT NULL,
	"status" "duty"."ticket_status" DEFAULT 'WAITING' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"window_id" uuid,
	"staff_id" uuid,
	"service_started_at" timestamp with time zone,
	"service_ended_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	CONSTRAINT "tickets_day_number" UNIQUE("day","number"),
	CONSTRAINT "tickets_called_after_issue" CHECK ("duty"."tickets"."called_at" IS NULL OR "duty"."tickets"."called_at" >= "duty"."tickets"."issued_at"),
	CONSTRAINT "tickets_service_in_order" CHECK ("duty"."tickets"."service_ended_at" IS NULL OR ("duty"."tickets"."service_started_at" IS NOT NULL AND "duty"."tickets"."service_ended_at" >= "duty"."tickets"."service_started_at"))
);
--> statement-breakpoint
CREATE TABLE "duty"."unattended_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"window_id" uuid NOT NULL,
	"date" date NOT NULL,
	"half" "duty"."half_day" NOT NULL,
	"shift_id" uuid,
	"staff_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unattended_incidents_window_slot" UNIQUE("window_id","date","half")
);
--> statement-breakpoint
ALTER TABLE "duty"."staff" ADD COLUMN "photo_url" text;--> statement-breakpoint
ALTER TABLE "duty"."windows" ADD COLUMN "matter_categories" "duty"."matter_category"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "duty"."windows" ADD COLUMN "opening_hours" text;--> statement-breakpoint
ALTER TABLE "duty"."attendance" ADD CONSTRAINT "attendance_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "duty"."shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."attendance" ADD CONSTRAINT "attendance_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."attendance" ADD CONSTRAINT "attendance_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "duty"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."shifts" ADD CONSTRAINT "shifts_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "duty"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."shifts" ADD CONSTRAINT "shifts_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."swap_requests" ADD CONSTRAINT "swap_requests_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."swap_requests" ADD CONSTRAINT "swap_requests_other_staff_id_staff_id_fk" FOREIGN KEY ("other_staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."tickets" ADD CONSTRAINT "tickets_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "duty"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."tickets" ADD CONSTRAINT "tickets_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."unattended_incidents" ADD CONSTRAINT "unattended_incidents_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "duty"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."unattended_incidents" ADD CONSTRAINT "unattended_incidents_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "duty"."shifts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty"."unattended_incidents" ADD CONSTRAINT "unattended_incidents_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "duty"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shifts_window_morning" ON "duty"."shifts" USING btree ("window_id","date") WHERE "duty"."shifts"."period" IN ('MORNING', 'FULL_DAY');--> statement-breakpoint
CREATE UNIQUE INDEX "shifts_window_afternoon" ON "duty"."shifts" USING btree ("window_id","date") WHERE "duty"."shifts"."period" IN ('AFTERNOON', 'FULL_DAY');--> statement-breakpoint
CREATE UNIQUE INDEX "shifts_staff_morning" ON "duty"."shifts" USING btree ("staff_id","date") WHERE "duty"."shifts"."period" IN ('MORNING', 'FULL_DAY');--> statement-breakpoint
CREATE UNIQUE INDEX "shifts_staff_afternoon" ON "duty"."shifts" USING btree ("staff_id","date") WHERE "duty"."shifts"."period" IN ('AFTERNOON', 'FULL_DAY');--> statement-breakpoint
CREATE INDEX "shifts_date" ON "duty"."shifts" USING btree ("date");--> statement-breakpoint
CREATE INDEX "swap_requests_department" ON "duty"."swap_requests" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "tickets_waiting" ON "duty"."tickets" USING btree ("day","status","issued_at");--> statement-breakpoint
CREATE INDEX "tickets_window" ON "duty"."tickets" USING btree ("window_id","day");--> statement-breakpoint
CREATE INDEX "tickets_staff" ON "duty"."tickets" USING btree ("staff_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_one_per_window" ON "duty"."tickets" USING btree ("window_id","day") WHERE "duty"."tickets"."status" IN ('CALLED', 'SERVING');--> statement-breakpoint
CREATE INDEX "unattended_incidents_date" ON "duty"."unattended_incidents" USING btree ("date");