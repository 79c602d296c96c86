ALTER TABLE "cases"."cases" ADD COLUMN "applicant_key" text;--> statement-breakpoint
CREATE INDEX "cases_applicant" ON "cases"."cases" USING btree ("applicant_key","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_unkeyed" ON "cases"."cases" USING btree ("id") WHERE applicant_key IS NULL;