-- A confirmed recognition (服务明星, 流动红旗) is a record of the hall: the database refuses to change or remove it.
CREATE FUNCTION "cases"."refuse_recognition_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cases.recognitions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "recognitions_append_only" BEFORE UPDATE OR DELETE ON "cases"."recognitions"
  FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_recognition_change"();
--> statement-breakpoint
CREATE TRIGGER "recognitions_no_truncate" BEFORE TRUNCATE ON "cases"."recognitions"
  FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_recognition_change"();
