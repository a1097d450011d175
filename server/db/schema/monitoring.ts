import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';

/** PostgreSQL's tsvector (drizzle has no built-in type for it). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Where press articles come from: a feed, a news sitemap, a page, pasted text or a CSV export. */
export const monitorSources = pgTable(
  'monitor_sources',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    url: text('url'),
    /** Minutes between polls of a feed or sitemap. */
    pollMinutes: integer('poll_minutes').notNull().default(60),
    active: boolean('active').notNull().default(true),
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    /** The last time a poll brought at least one new article (for the silent-feed alarm). */
    lastNewItemAt: timestamp('last_new_item_at', { withTimezone: true }),
    lastError: jsonb('last_error'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    itemsTotal: integer('items_total').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitor_sources_province_idx').on(t.provinceId)],
);

/** One article as stored: the text (NFC), its analysis, its near-duplicate group and its search vector. */
export const monitorArticles = pgTable(
  'monitor_articles',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    sourceId: integer('source_id').references(() => monitorSources.id),
    outlet: text('outlet').notNull(),
    url: text('url'),
    canonicalUrl: text('canonical_url'),
    /** The feed entry's id or the canonical URL: what makes a re-poll skip the article. */
    externalKey: text('external_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    author: text('author'),
    language: text('language').notNull().default('vi'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The publication day in Việt Nam (or the fetch day when the date is unknown). */
    day: date('day', { mode: 'string' }).notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    relevant: boolean('relevant').notNull(),
    score: real('score').notNull(),
    tone: text('tone'),
    toneConfidence: real('tone_confidence'),
    topics: jsonb('topics').$type<string[]>().notNull(),
    flags: jsonb('flags').$type<string[]>().notNull(),
    /** Mentions, exclusions, confidences and the features behind each decision. */
    analysis: jsonb('analysis').notNull(),
    /** The id of the earliest article of its near-duplicate group (itself when it starts one). */
    clusterId: integer('cluster_id'),
    /** Is it the first article of its group (the story a list shows)? Stored so the planner knows how many are. */
    isHead: boolean('is_head').generatedAlwaysAs(sql`cluster_id = id`),
    /** The near-duplicate signature, base64, so the index can be rebuilt without re-analysing. */
    signature: text('signature').notNull(),
    /** The fetched item or page as received (evidence). */
    evidence: text('evidence'),
    /** The full-text vector of the folded title and body (searchVectorOf): words as queries cut them. */
    search: tsvector('search').notNull(),
  },
  (t) => [
    uniqueIndex('monitor_articles_key_uq').on(t.provinceId, t.externalKey),
    index('monitor_articles_day_idx').on(t.provinceId, t.day),
    index('monitor_articles_cluster_idx').on(t.clusterId),
    index('monitor_articles_search_idx').using('gin', t.search),
    // The list's order over story heads only: a search for a common word walks it newest first
    // and stops after a page instead of sorting every match. No province column first: the
    // province policies are an OR (own province, or reading all), which an index cannot lead with.
    // Filters by topic and flag (containment): a rare flag must not walk the whole list.
    index('monitor_articles_topics_idx').using('gin', sql`${t.topics} jsonb_path_ops`),
    index('monitor_articles_flags_idx').using('gin', sql`${t.flags} jsonb_path_ops`),
    index('monitor_articles_heads_idx')
      .on(t.day.desc().nullsFirst(), t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`is_head`),
    // The same order per tone: a tone filter (with or without words) walks only that tone's stories.
    index('monitor_articles_tone_heads_idx')
      .on(t.tone, t.day.desc().nullsFirst(), t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`is_head`),
    // The same order over flagged story heads (a few in a hundred): a flag filter walks only these.
    index('monitor_articles_flagged_heads_idx')
      .on(t.day.desc().nullsFirst(), t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`is_head and flags <> '[]'::jsonb`),
  ],
);

/**
 * The distinct words (folded lexemes) of the province's articles with how many articles hold each,
 * rebuilt by a periodic job from `ts_stat`: a misspelt query word is corrected to its nearest
 * frequent words by trigrams here (a few thousand rows) instead of trigram-matching every title.
 */
export const monitorWords = pgTable(
  'monitor_words',
  {
    provinceId: provinceId(),
    word: text('word').notNull(),
    /** Articles that contain the word: among equally near corrections the commoner wins. */
    articles: integer('articles').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.word] }),
    index('monitor_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops')),
  ],
);

/**
 * New relevant stories per day (Việt Nam date of their first article), counted as they are stored:
 * a spike compares a day with the 28 before it, and counting distinct groups over the articles
 * themselves read a month of rows on every poll (5,500 rows, 4 ms of database at 60 stories a day).
 */
export const monitorStoryDays = pgTable(
  'monitor_story_days',
  {
    provinceId: provinceId(),
    day: date('day', { mode: 'string' }).notNull(),
    stories: integer('stories').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.day] })],
);

/** Something the coordinator must look at now: a negative or flagged article, a spike, a silent feed. */
export const monitorAlerts = pgTable(
  'monitor_alerts',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').notNull(),
    articleId: integer('article_id').references(() => monitorArticles.id),
    sourceId: integer('source_id').references(() => monitorSources.id),
    params: jsonb('params').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('monitor_alerts_dedupe_uq').on(t.provinceId, t.dedupeKey)],
);

/** An issued press digest ("Điểm tin báo chí") of a day, week or month, with its chosen items in order. */
export const monitorDigests = pgTable(
  'monitor_digests',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    articleIds: jsonb('article_ids').$type<number[]>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: text('issued_by').notNull(),
  },
  (t) => [uniqueIndex('monitor_digests_period_uq').on(t.provinceId, t.kind, t.periodStart)],
);

/** The province profile as the coordinator edited it (absent: the shipped profile applies). */
export const monitorProfiles = pgTable(
  'monitor_profiles',
  {
    provinceId: provinceId(),
    data: jsonb('data').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceId] })],
);

/** Who receives the digests by e-mail. */
export const monitorSubscribers = pgTable(
  'monitor_subscribers',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    email: text('email').notNull(),
    kinds: jsonb('kinds').$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex('monitor_subscribers_email_uq').on(t.provinceId, t.email)],
);

/** A search a user keeps to run again: the words and filters of the article list, by name. */
export const monitorSavedSearches = pgTable(
  'monitor_saved_searches',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    userId: integer('user_id').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('monitor_saved_searches_name_uq').on(t.provinceId, t.userId, t.name)],
);
