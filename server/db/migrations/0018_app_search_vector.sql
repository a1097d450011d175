-- hand-written: the search vector is built by the app (searchVectorOf) and stored with the row; the
-- stored vectors of earlier rows stay as PostgreSQL made them (the same words for plain text).
ALTER TABLE "monitor_articles" ALTER COLUMN "search" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "monitor_articles" ALTER COLUMN "search" SET NOT NULL;
