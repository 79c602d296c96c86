-- 一事一评 (issue 13): every case already completed or delivered gets its evaluation code: 16 Crockford base32
-- characters, each the low 5 bits of a random byte of gen_random_uuid() (pg_strong_random; byte 6 of the first uuid, which
-- carries a version bit in its low 5, is skipped), 80 random bits as src/codes.ts makes them.
CREATE FUNCTION "cases"."new_evaluation_code"() RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(r.b, p.i) & 31) + 1, 1), '' ORDER BY p.o)
  FROM (SELECT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) AS b) AS r,
    unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) WITH ORDINALITY AS p(i, o)
$$;
--> statement-breakpoint
UPDATE "cases"."cases" SET "evaluation_code" = "cases"."new_evaluation_code"()
WHERE "status" IN ('COMPLETED', 'DELIVERED') AND "evaluation_code" IS NULL;
--> statement-breakpoint
DROP FUNCTION "cases"."new_evaluation_code"();
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD CONSTRAINT "cases_completed_have_evaluation_code"
  CHECK ("status" NOT IN ('COMPLETED', 'DELIVERED') OR "evaluation_code" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD CONSTRAINT "cases_evaluation_code_format"
  CHECK ("evaluation_code" ~ '^[0-9A-HJKMNP-TV-Z]{16}$');
--> statement-breakpoint
-- The daily counters start where the numbers already stored in the live format end (src/numbers.ts).
INSERT INTO "cases"."number_counters" ("prefix", "last")
SELECT left("number", 10), max(substr("number", 11)::int) FROM "cases"."cases" WHERE "number" ~ '^ZW[0-9]{13}$' GROUP BY 1
UNION ALL
SELECT left("number", 10), max(substr("number", 11)::int) FROM "cases"."complaints" WHERE "number" ~ '^TS[0-9]{12}$' GROUP BY 1
ON CONFLICT ("prefix") DO UPDATE SET "last" = GREATEST("cases"."number_counters"."last", excluded."last");
