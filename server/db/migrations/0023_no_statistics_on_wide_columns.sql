-- No query filters or sorts on these columns (search reads the vector), so the planner never uses
-- their statistics; gathering them was half of each ANALYZE of the table (0.79 s against 0.43 s for
-- 20,000 articles on PostgreSQL 15), and a growing table is analysed at every tenth of its size.
ALTER TABLE "monitor_articles" ALTER COLUMN "body" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "monitor_articles" ALTER COLUMN "evidence" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "monitor_articles" ALTER COLUMN "signature" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "monitor_articles" ALTER COLUMN "analysis" SET STATISTICS 0;
