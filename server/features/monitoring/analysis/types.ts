import { FLAGS, TOPICS } from '../../../../common/monitoring-labels.js';
import type { EntityKind, ExclusionKind } from './profile-schema.js';
import type { Strength } from './profile.js';

/** An article as the analysis reads it (one line of the CLI's JSONL, one row of ingest). */
export type ArticleInput = {
  id: string;
  url?: string;
  source?: string;
  /** ISO date or date-time; a date-time is read in Việt Nam time (UTC+7). */
  publishedAt?: string;
  title?: string;
  body?: string;
};

/** The topic and flag lists live in common (screens and filters read them too). */
export { FLAGS, TOPICS };
export type Topic = (typeof TOPICS)[number];

export type Flag = (typeof FLAGS)[number];

/** Tone toward the province. */
export const TONES = ['positive', 'neutral', 'negative'] as const;
export type Tone = (typeof TONES)[number];

/** Where a name of the province was found. */
export type Mention = {
  /** The words as written in the article. */
  text: string;
  /** Entity id in the profile, e.g. "h-meo-vac". */
  entity: string;
  entityName: string;
  kind: EntityKind;
  field: 'title' | 'body';
  /** Offset (UTF-16 code units) in the NFC text of `field`. */
  offset: number;
  length: number;
  strength: Strength;
  /** What the mention adds to the relevance score. */
  weight: number;
};

/** Which exclusion cancelled a mention, and why. */
export type ExclusionHit = { id: string; kind: ExclusionKind; reason: string };

/** A name of the province that was found but does not count. */
export type ExcludedMention = Mention & { exclusion: ExclusionHit };

/** Whether an article is about the province, and the evidence. */
export type Relevance = {
  relevant: boolean;
  score: number;
  mentions: Mention[];
  excluded: ExcludedMention[];
  /** The article's date in Việt Nam (yyyy-mm-dd) used for dated names, or null when unknown. */
  date: string | null;
  /** Names of places elsewhere found in the article (they weaken same-named places). */
  otherPlaces: string[];
  /** "accented" Vietnamese, or "folded" for English and unaccented text. */
  mode: 'accented' | 'folded';
  /** At least one counted name is not merely ambiguous. */
  anchored: boolean;
};

/** A label with its probability. */
export type Scored<T extends string> = { label: T; confidence: number };

/** A feature that pushed a decision, for "why". */
export type Contribution = { feature: string; weight: number };

/** The result of analysing one article (before near-duplicate clustering). */
export type ArticleAnalysis = {
  id: string;
  relevance: Relevance;
  tone: Scored<Tone> | null;
  topics: Scored<Topic>[];
  flags: Scored<Flag>[];
  /** Top features behind tone, topics and flags. */
  why: Record<string, Contribution[]>;
};
