-- The hall's settings live in one row, created here with the defaults (09:00–12:00, 13:30–17:00, 5 minutes' grace …).
INSERT INTO "duty"."hall_settings" ("id") VALUES (1) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
-- Windows created before matter categories existed served every category: keep it so, except self-service machines.
UPDATE "duty"."windows"
  SET "matter_categories" = '{PERMIT,CHANGE,RENEWAL,FILING,CONFIRMATION,OTHER}'
  WHERE "category" <> 'SELF_SERVICE' AND "matter_categories" = '{}';
