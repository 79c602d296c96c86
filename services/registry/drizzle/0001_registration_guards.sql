-- The steps prove what the registry recorded and when (append-only): the database itself refuses to change or remove them.
CREATE FUNCTION "registry"."refuse_step_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'registry.registration_steps is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "registration_steps_append_only" BEFORE UPDATE OR DELETE ON "registry"."registration_steps"
  FOR EACH ROW EXECUTE FUNCTION "registry"."refuse_step_change"();
--> statement-breakpoint
CREATE TRIGGER "registration_steps_no_truncate" BEFORE TRUNCATE ON "registry"."registration_steps"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry"."refuse_step_change"();
--> statement-breakpoint
-- A registration moves one stage forward at a time and keeps its case, department, unit and certificate: the rules of
-- src/domain/stages.ts, held by the database too. It is never removed.
CREATE FUNCTION "registry"."guard_registration_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stages "registry"."registration_stage"[] := enum_range(NULL::"registry"."registration_stage");
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'registry.registrations are never removed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.case_id <> OLD.case_id OR NEW.department_id <> OLD.department_id OR NEW.unit_number <> OLD.unit_number
     OR NEW.created_at <> OLD.created_at
     OR (OLD.certificate_number IS NOT NULL AND NEW.certificate_number IS DISTINCT FROM OLD.certificate_number) THEN
    RAISE EXCEPTION 'a registration keeps its case, department, unit and certificate' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF array_position(stages, NEW.stage) <> array_position(stages, OLD.stage) + 1 THEN
    RAISE EXCEPTION 'a registration moves one stage forward at a time (% to % refused)', OLD.stage, NEW.stage
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "registrations_forward_only" BEFORE UPDATE OR DELETE ON "registry"."registrations"
  FOR EACH ROW EXECUTE FUNCTION "registry"."guard_registration_change"();
--> statement-breakpoint
CREATE TRIGGER "registrations_no_truncate" BEFORE TRUNCATE ON "registry"."registrations"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry"."guard_registration_change"();
