-- A submitted inspection proves the commitment: the database itself refuses to change it, its item results and its
-- evidence. Corrections are amendments (append-only); checklist template versions and the rectification trail never change.
CREATE FUNCTION "inspections"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'inspections.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "inspections"."refuse_submitted_inspection_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'SUBMITTED' THEN
    RAISE EXCEPTION 'inspection % is submitted: % refused (record an amendment instead)', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- For rows that belong to an inspection (item results, findings): refused once the inspection is submitted.
CREATE FUNCTION "inspections"."refuse_submitted_child_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN parent := NEW.inspection_id; ELSE parent := OLD.inspection_id; END IF;
  IF EXISTS (SELECT 1 FROM "inspections"."inspections" WHERE id = parent AND status = 'SUBMITTED') THEN
    RAISE EXCEPTION 'inspection % is submitted: % on % refused', parent, TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Evidence is never changed; it is added to a draft or a rectification response, and removed only from a draft.
CREATE FUNCTION "inspections"."refuse_evidence_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'evidence is never changed: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'INSERT' THEN parent := NEW.inspection_id; ELSE parent := OLD.inspection_id; END IF;
  IF TG_OP = 'DELETE' AND OLD.rectification_id IS NOT NULL THEN
    RAISE EXCEPTION 'rectification evidence is append-only: DELETE refused' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF parent IS NOT NULL AND EXISTS (SELECT 1 FROM "inspections"."inspections" WHERE id = parent AND status = 'SUBMITTED') THEN
    RAISE EXCEPTION 'inspection % is submitted: % on evidence refused', parent, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "inspections_submitted_locked" BEFORE UPDATE OR DELETE ON "inspections"."inspections"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_submitted_inspection_change"();
--> statement-breakpoint
CREATE TRIGGER "item_results_submitted_locked" BEFORE INSERT OR UPDATE OR DELETE ON "inspections"."item_results"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_submitted_child_change"();
--> statement-breakpoint
CREATE TRIGGER "findings_submitted_locked" BEFORE UPDATE OR DELETE ON "inspections"."findings"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_submitted_child_change"();
--> statement-breakpoint
CREATE TRIGGER "evidence_submitted_locked" BEFORE INSERT OR UPDATE OR DELETE ON "inspections"."evidence"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_evidence_change"();
--> statement-breakpoint
CREATE TRIGGER "amendments_append_only" BEFORE UPDATE OR DELETE ON "inspections"."amendments"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "rectification_events_append_only" BEFORE UPDATE OR DELETE ON "inspections"."rectification_events"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "checklist_templates_immutable" BEFORE UPDATE OR DELETE ON "inspections"."checklist_templates"
  FOR EACH ROW EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "inspections_no_truncate" BEFORE TRUNCATE ON "inspections"."inspections"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "item_results_no_truncate" BEFORE TRUNCATE ON "inspections"."item_results"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "evidence_no_truncate" BEFORE TRUNCATE ON "inspections"."evidence"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "amendments_no_truncate" BEFORE TRUNCATE ON "inspections"."amendments"
  FOR EACH STATEMENT EXECUTE FUNCTION "inspections"."refuse_change"();
--> statement-breakpoint
INSERT INTO "inspections"."settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
