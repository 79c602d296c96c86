CREATE TABLE "cases"."ranking_weights" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"completion" smallint NOT NULL,
	"on_time" smallint NOT NULL,
	"satisfaction" smallint NOT NULL,
	"attendance" smallint NOT NULL,
	"inspection" smallint NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
