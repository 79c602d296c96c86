-- The audit of a bad review's workflow (核实、整改、回访) proves it was handled: append-only like the case trail.
CREATE TRIGGER "evaluation_actions_append_only" BEFORE UPDATE OR DELETE ON "cases"."evaluation_actions"
  FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_trail_change"();
--> statement-breakpoint
CREATE TRIGGER "evaluation_actions_no_truncate" BEFORE TRUNCATE ON "cases"."evaluation_actions"
  FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_trail_change"();
