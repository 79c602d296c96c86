-- Search (issue 3). pg_trgm makes no trigrams from Chinese characters on a C-locale database, and a two-character word
-- (餐饮) is shorter than a trigram; so every matter keeps its own character unigrams and bigrams (of its code, name,
-- keywords and material names), GIN-indexed. A query is turned into the bigrams of each of its words (the character
-- itself for a one-character word), matched with @>, then checked exactly with ILIKE on search_text.
-- Whitespace never belongs to a gram, so no gram spans two words, two keywords or two fields.
CREATE FUNCTION "catalog"."text_grams"(source text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT grams.gram ORDER BY grams.gram), '{}'::text[])
  FROM (SELECT lower(source) AS folded) AS s,
       generate_series(1, char_length(s.folded)) AS position,
       LATERAL (VALUES (substr(s.folded, position, 1)), (substr(s.folded, position, 2))) AS grams(gram)
  WHERE grams.gram !~ '[[:space:]\u3000]'
$$;
--> statement-breakpoint
CREATE FUNCTION "catalog"."query_grams"(query text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT grams.gram ORDER BY grams.gram), '{}'::text[])
  FROM regexp_split_to_table(lower(query), '[[:space:]\u3000]+') AS words(word),
       generate_series(1, greatest(char_length(words.word) - 1, 1)) AS position,
       LATERAL (SELECT CASE WHEN char_length(words.word) = 1 THEN words.word ELSE substr(words.word, position, 2) END) AS grams(gram)
  WHERE words.word <> ''
$$;
--> statement-breakpoint
CREATE FUNCTION "catalog"."matter_search_text"(p_matter_id uuid, p_code text, p_name text, p_keywords text[]) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT concat_ws(E'\n', p_code, p_name, array_to_string(p_keywords, E'\n'),
    (SELECT string_agg(m.name, E'\n' ORDER BY m.position) FROM "catalog"."materials" AS m WHERE m.matter_id = p_matter_id))
$$;
--> statement-breakpoint
CREATE FUNCTION "catalog"."matters_fill_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := "catalog"."matter_search_text"(NEW.id, NEW.code, NEW.name, NEW.keywords);
  NEW.search_terms := "catalog"."text_grams"(NEW.search_text);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Also on a direct write of the search columns, so they can only ever hold what the matter says.
CREATE TRIGGER "matters_search" BEFORE INSERT OR UPDATE OF "code", "name", "keywords", "search_text", "search_terms" ON "catalog"."matters"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."matters_fill_search"();
--> statement-breakpoint
CREATE FUNCTION "catalog"."materials_refresh_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Touching search_text fires matters_search, which recomputes it from the materials as they are now;
  -- once per statement, for every matter the statement touched.
  UPDATE "catalog"."matters" SET "search_text" = "search_text"
  WHERE "id" IN (SELECT DISTINCT "matter_id" FROM changed_materials);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "materials_search_insert" AFTER INSERT ON "catalog"."materials"
  REFERENCING NEW TABLE AS changed_materials FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."materials_refresh_search"();
--> statement-breakpoint
CREATE TRIGGER "materials_search_update" AFTER UPDATE ON "catalog"."materials"
  REFERENCING NEW TABLE AS changed_materials FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."materials_refresh_search"();
--> statement-breakpoint
CREATE TRIGGER "materials_search_delete" AFTER DELETE ON "catalog"."materials"
  REFERENCING OLD TABLE AS changed_materials FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."materials_refresh_search"();
--> statement-breakpoint
UPDATE "catalog"."matters" SET "search_text" = "search_text";
--> statement-breakpoint
-- The change logs (who, when, what) prove what the hall published and when: the database itself refuses to change or
-- remove an entry. Entries written before issue 3 are brought to the new action names first.
UPDATE "catalog"."matter_changes" SET
  "action" = CASE "action" WHEN 'create' THEN 'CREATE' WHEN 'update' THEN 'UPDATE' WHEN 'DRAFT->PUBLISHED' THEN 'PUBLISH'
    WHEN 'PUBLISHED->WITHDRAWN' THEN 'WITHDRAW' ELSE "action" END,
  "detail" = CASE WHEN "detail" ? 'fields' THEN "detail" ELSE "detail" || '{"fields":[]}'::jsonb END;
--> statement-breakpoint
ALTER TABLE "catalog"."matter_changes" ADD CONSTRAINT "matter_changes_action"
  CHECK ("action" IN ('IMPORT', 'CREATE', 'UPDATE', 'NEW_VERSION', 'PUBLISH', 'SUPERSEDE', 'WITHDRAW'));
--> statement-breakpoint
ALTER TABLE "catalog"."department_changes" ADD CONSTRAINT "department_changes_action"
  CHECK ("action" IN ('IMPORT', 'CREATE', 'UPDATE', 'DEACTIVATE', 'REACTIVATE'));
--> statement-breakpoint
CREATE FUNCTION "catalog"."refuse_change_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "matter_changes_append_only" BEFORE UPDATE OR DELETE ON "catalog"."matter_changes"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."refuse_change_log_change"();
--> statement-breakpoint
CREATE TRIGGER "matter_changes_no_truncate" BEFORE TRUNCATE ON "catalog"."matter_changes"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."refuse_change_log_change"();
--> statement-breakpoint
CREATE TRIGGER "department_changes_append_only" BEFORE UPDATE OR DELETE ON "catalog"."department_changes"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."refuse_change_log_change"();
--> statement-breakpoint
CREATE TRIGGER "department_changes_no_truncate" BEFORE TRUNCATE ON "catalog"."department_changes"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."refuse_change_log_change"();
