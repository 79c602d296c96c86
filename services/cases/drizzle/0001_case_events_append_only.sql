-- The trail proves the commitment (件件有记录、事事可追溯): the database itself refuses to change or remove it.
CREATE FUNCTION "cases"."refuse_trail_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cases.case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE ON "cases"."case_events"
  FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_trail_change"();
--> statement-breakpoint
CREATE TRIGGER "case_events_no_truncate" BEFORE TRUNCATE ON "cases"."case_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_trail_change"();
