import { z } from 'zod';

/** What a named thing of the province is; shown with each mention. */
export const ENTITY_KINDS = [
  'province',
  'former-province',
  'nickname',
  'city',
  'district',
  'ward',
  'commune',
  'landmark',
  'river',
  'border-gate',
  'product',
  'festival',
  'agency',
  'leader',
  'leader-title',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How an exclusion recognises a confounder. */
export const EXCLUSION_KINDS = [
  'common-word',
  'other-place',
  'street',
  'person',
  'brand',
  'source-credit',
  'before-merger',
  'out-of-period',
] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const names = z.array(z.string().min(1)).default([]);

const partSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The part belongs to the province from this date (Hà Giang: 2025-07-01); absent = always. */
  memberFrom: isoDate.optional(),
  memberUntil: isoDate.optional(),
  note: z.string().optional(),
});

const entitySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  part: z.string().optional(),
  /** Names that alone identify the entity. */
  names,
  /** Names that also exist elsewhere: full weight only when the article names no other place. */
  homonyms: names,
  /** Ambiguous names: they corroborate a stronger mention but never make an article relevant alone. */
  weakNames: names,
  /** Names that are also given names: a title, surname or speech verb around them means a person. */
  personLike: names,
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
  note: z.string().optional(),
});

const placeGroupSchema = z.object({
  kind: z.enum(['commune', 'ward']),
  part: z.string().optional(),
  within: z.string().optional(),
  strong: names,
  weak: names,
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
});

const leaderSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  from: isoDate.optional(),
  until: isoDate.optional(),
  note: z.string().optional(),
});

const exclusionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(EXCLUSION_KINDS),
  phrases: z.array(z.string().min(1)).min(1),
  /** Only a use not written as a proper name (lower-case) is the confounder. */
  caseSensitive: z.boolean().default(false),
  reason: z.string().min(1),
});

const outletSchema = z.object({
  name: z.string().min(1),
  domains: z.array(z.string().min(1)).default([]),
  from: isoDate.optional(),
  until: isoDate.optional(),
});

/** The province profile as the coordinator edits it (stored as JSON). */
export const profileSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  parts: z.array(partSchema).default([]),
  entities: z.array(entitySchema).min(1),
  placeGroups: z.array(placeGroupSchema).default([]),
  leaderTitles: z.array(z.string().min(1)).default([]),
  leaders: z.array(leaderSchema).default([]),
  exclusions: z.array(exclusionSchema).default([]),
  /** Places of other provinces that show a same-named place is elsewhere ("xã Yên Sơn, huyện Quốc Oai"). */
  otherPlaces: z.array(z.string().min(1)).default([]),
  /** The province's own outlets: in their articles a bare "tỉnh" ("toàn tỉnh", "UBND tỉnh") is this province. */
  homeOutlets: z.array(outletSchema).default([]),
});

/** A province profile after validation (defaults filled in). */
export type ProfileData = z.infer<typeof profileSchema>;
/** A profile as written in JSON (optional lists may be missing). */
export type ProfileInput = z.input<typeof profileSchema>;
