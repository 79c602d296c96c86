-- A published monthly report (月度通报) is a record of the hall: the database refuses to change or remove it.
CREATE FUNCTION "cases"."refuse_published_report_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cases.published_reports is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "published_reports_append_only" BEFORE UPDATE OR DELETE ON "cases"."published_reports"
  FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_published_report_change"();
--> statement-breakpoint
CREATE TRIGGER "published_reports_no_truncate" BEFORE TRUNCATE ON "cases"."published_reports"
  FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_published_report_change"();
