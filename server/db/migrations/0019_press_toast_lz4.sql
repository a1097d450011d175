-- hand-written: the press articles' large values (body, search text and vector, analysis, signature,
-- evidence) were compressed by pglz on every insert, 40 % of the database's work per stored article.
-- lz4 compresses them at a fraction of the cost where the server has it (PostgreSQL 15 in Debian);
-- embedded PGlite is built without it, and there they are stored uncompressed instead (external).
DO $$
BEGIN
  IF 'lz4' = ANY (SELECT unnest(enumvals) FROM pg_settings WHERE name = 'default_toast_compression') THEN
    ALTER TABLE "monitor_articles"
      ALTER COLUMN "body" SET COMPRESSION lz4,
      ALTER COLUMN "search_text" SET COMPRESSION lz4,
      ALTER COLUMN "search" SET COMPRESSION lz4,
      ALTER COLUMN "analysis" SET COMPRESSION lz4,
      ALTER COLUMN "signature" SET COMPRESSION lz4,
      ALTER COLUMN "evidence" SET COMPRESSION lz4;
  ELSE
    ALTER TABLE "monitor_articles"
      ALTER COLUMN "body" SET STORAGE EXTERNAL,
      ALTER COLUMN "search_text" SET STORAGE EXTERNAL,
      ALTER COLUMN "search" SET STORAGE EXTERNAL,
      ALTER COLUMN "analysis" SET STORAGE EXTERNAL,
      ALTER COLUMN "signature" SET STORAGE EXTERNAL,
      ALTER COLUMN "evidence" SET STORAGE EXTERNAL;
  END IF;
END $$;
