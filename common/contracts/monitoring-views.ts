import { z } from 'zod';
import { Id, IsoDate, QueryFlag, Timestamp } from './primitives.js';

// Press monitoring's shapes: sources, stories and articles, alerts and digests, as screens read them.

/** The fixed topic list of issue 9 (shared with the analysis, for screens and filters). */
export { FLAGS, TOPICS } from '../monitoring-labels.js';

/** Kinds of press source. */
export const SourceKind = z.enum(['rss', 'sitemap', 'url', 'text', 'csv']);
export const Tone = z.enum(['positive', 'neutral', 'negative']);
export const DigestKind = z.enum(['daily', 'weekly', 'monthly']);
export type DigestKind = z.infer<typeof DigestKind>;

/** A source with its health: last success, failures in a row, items per day against its own rate. */
export const SourceView = z.object({
  id: z.number(),
  kind: SourceKind,
  name: z.string(),
  url: z.string().nullable(),
  pollMinutes: z.number(),
  active: z.boolean(),
  lastAttemptAt: Timestamp.nullable(),
  lastSuccessAt: Timestamp.nullable(),
  lastNewItemAt: Timestamp.nullable(),
  consecutiveFailures: z.number(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  itemsTotal: z.number(),
  itemsLast7Days: z.number(),
  perDayBaseline: z.number(),
  health: z.enum(['ok', 'silent', 'failing', 'new']),
});

export const NewSourceBody = z.object({
  kind: z.enum(['rss', 'sitemap', 'url']),
  name: z.string().trim().min(2).max(200),
  url: z.url({ protocol: /^https?$/ }),
  pollMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .optional(),
});

/** One story in a list: its earliest article, with the outlets that repeated it. */
export const StoryView = z.object({
  id: z.number(),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  day: IsoDate,
  publishedAt: Timestamp.nullable(),
  relevant: z.boolean(),
  tone: Tone.nullable(),
  topics: z.array(z.string()),
  flags: z.array(z.string()),
  gist: z.string(),
  copies: z.number(),
  outlets: z.array(z.string()),
});
export type StoryView = z.infer<typeof StoryView>;

export const ArticleQuery = z.object({
  q: z.string().max(200).optional(),
  tone: Tone.optional(),
  topic: z.string().max(60).optional(),
  flag: z.string().max(60).optional(),
  sourceId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  all: QueryFlag.optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});
export type ArticleQuery = z.infer<typeof ArticleQuery>;

export const ScoredLabel = z.object({ label: z.string(), confidence: z.number() });

/** An article with the analysis' reasons and the near-duplicates of its story. */
export const ArticleDetail = StoryView.extend({
  body: z.string(),
  author: z.string().nullable(),
  clusterId: z.number().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
  toneScore: ScoredLabel.nullable(),
  topicScores: z.array(ScoredLabel),
  flagScores: z.array(ScoredLabel),
  why: z.record(z.string(), z.array(z.object({ feature: z.string(), weight: z.number() }))),
  copiesList: z.array(
    z.object({ id: z.number(), outlet: z.string(), title: z.string(), url: z.string().nullable(), day: IsoDate }),
  ),
});

export const StoreResultView = z.object({
  received: z.number(),
  stored: z.number(),
  skipped: z.number(),
  relevant: z.number(),
  alerts: z.number(),
});

export const AlertView = z.object({
  id: z.number(),
  kind: z.string(),
  message: z.string(),
  articleId: z.number().nullable(),
  sourceId: z.number().nullable(),
  createdAt: Timestamp,
  handledAt: Timestamp.nullable(),
});

/** A digest: its period, and the chosen stories grouped by topic. */
export const DigestView = z.object({
  id: z.number().nullable(),
  kind: DigestKind,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  issuedAt: Timestamp.nullable(),
  groups: z.array(z.object({ topic: z.string(), label: z.string(), items: z.array(StoryView) })),
  candidates: z.array(StoryView),
});
