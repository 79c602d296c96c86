-- Issue 9 (audit suite): TRUNCATE bypasses row triggers, so every table that holds part of the record needs its own
-- statement trigger. 0002 covered inspections, item results, evidence and amendments; the rectification trail,
-- the findings of submitted inspections and the checklist template versions were still open to TRUNCATE (… CASCADE).
CREATE TRIGGER "rectification_events_no_truncate" BEFORE TRUNCATE ON "inspections"."rectification_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "findings_no_truncate" BEFORE TRUNCATE ON "inspections"."findings"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "checklist_templates_no_truncate" BEFORE TRUNCATE ON "inspections"."checklist_templates"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
