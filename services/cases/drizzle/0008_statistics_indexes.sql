CREATE INDEX "cases_pre_warning" ON "cases"."cases" USING btree ("pre_warning_at");--> statement-breakpoint
CREATE INDEX "cases_due" ON "cases"."cases" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "cases_supervision_due" ON "cases"."cases" USING btree ("supervision_due_at");--> statement-breakpoint
CREATE INDEX "cases_referrals" ON "cases"."cases" USING btree ("submitted_at") WHERE status = 'REFERRED' OR referred_from_case_id IS NOT NULL;