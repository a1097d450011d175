import { z } from 'zod';
import type { Syllable } from '../../../../common/text/syllables.js';
import { analysisError } from './errors.js';
import {
  type ArticleStyle,
  articleFeatures,
  compileLexicon,
  type FeatureVector,
  featureId,
  type LexiconMatcher,
  type ScoringFeatures,
  scoringFeatures,
} from './features.js';
import { WeightTable } from './weight-table.js';
import { type Contribution, FLAGS, type Flag, type Scored, TONES, TOPICS, type Tone, type Topic } from './types.js';

/** Every output of the classifier, prefixed by its head: "tone:negative", "topic:tourism", "flag:border". */
export const LABELS = [
  ...TONES.map((t) => `tone:${t}`),
  ...TOPICS.map((t) => `topic:${t}`),
  ...FLAGS.map((f) => `flag:${f}`),
] as const;
const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));
const TONE_RANGE = [0, TONES.length] as const;
const TOPIC_RANGE = [TONES.length, TONES.length + TOPICS.length] as const;
const FLAG_RANGE = [TOPIC_RANGE[1], LABELS.length] as const;

const lexiconSchema = z.object({
  description: z.string().optional(),
  priors: z.record(z.string(), z.record(z.string(), z.number())),
  flagRules: z
    .array(
      z.object({
        flag: z.enum(FLAGS),
        topic: z.enum(TOPICS).optional(),
        all: z.array(z.string()).optional(),
        any: z.array(z.string()).optional(),
        reason: z.string(),
      }),
    )
    .optional(),
  toneFree: z.array(z.string()).optional(),
  categories: z.record(z.string(), z.array(z.string())),
});

/** The model as JSON: readable weights ("feature → label → weight"), the lexicon and the thresholds. */
export const modelSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('ttdn-monitor-classifier'),
  description: z.string().optional(),
  trainedOn: z.record(z.string(), z.number()),
  hyper: z.record(z.string(), z.number()),
  lexicon: lexiconSchema,
  bias: z.record(z.string(), z.number()),
  thresholds: z.record(z.string(), z.number()),
  weights: z.record(z.string(), z.record(z.string(), z.number())),
});
/** A trained model (JSON). */
export type ModelJson = z.infer<typeof modelSchema>;

/** A model ready to score articles. */
export type CompiledModel = {
  json: ModelJson;
  lexicon: LexiconMatcher;
  bias: Float64Array;
  thresholds: Float64Array;
  /** feature id (see featureId) → (labelIndex, weight) pairs */
  weights: WeightTable;
};

/** Validates model JSON and builds its lookup tables. */
export function compileModel(input: unknown): CompiledModel {
  const parsed = modelSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw analysisError(
      'MONITOR_MODEL_INVALID',
      `Mô hình phân loại không hợp lệ / Invalid model: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  const json = parsed.data;
  const bias = new Float64Array(LABELS.length);
  const thresholds = new Float64Array(LABELS.length).fill(0.5);
  for (const [label, value] of Object.entries(json.bias)) {
    const i = LABEL_INDEX.get(label);
    if (i !== undefined) bias[i] = value;
  }
  for (const [label, value] of Object.entries(json.thresholds)) {
    const i = LABEL_INDEX.get(label);
    if (i !== undefined) thresholds[i] = value;
  }
  const weights = new Map<number, Float64Array>();
  for (const [feature, byLabel] of Object.entries(json.weights)) {
    const pairs: number[] = [];
    for (const [label, w] of Object.entries(byLabel)) {
      const i = LABEL_INDEX.get(label);
      if (i !== undefined && w !== 0) pairs.push(i, w);
    }
    if (pairs.length > 0) weights.set(featureId(feature), Float64Array.from(pairs));
  }
  return { json, lexicon: compileLexicon(json.lexicon), bias, thresholds, weights: new WeightTable(weights) };
}

/** Raw scores of every label for a feature vector (logits). */
export function logits(model: CompiledModel, features: FeatureVector): Float64Array {
  const z = Float64Array.from(model.bias);
  const table = model.weights;
  const { labels, weights } = table;
  const { ids, values } = features;
  for (let f = 0; f < ids.length; f++) {
    const slot = table.find(ids[f]!);
    if (slot < 0) continue;
    const x = values[f]!;
    for (let k = table.start(slot), end = table.end(slot); k < end; k++) z[labels[k]!]! += weights[k]! * x;
  }
  return z;
}

/** logits of the scoring features: the same additions in the same order, so the same scores. */
function scoringLogits(model: CompiledModel, features: ScoringFeatures): Float64Array {
  const z = Float64Array.from(model.bias);
  const table = model.weights;
  const { labels, weights } = table;
  const { grams, gramCount, gramValue: x } = features;
  for (let f = 0; f < gramCount; f++) {
    const slot = table.find(grams[f]!);
    if (slot < 0) continue;
    for (let k = table.start(slot), end = table.end(slot); k < end; k++) z[labels[k]!]! += weights[k]! * x;
  }
  const { ids, values } = features.named;
  for (let f = 0; f < ids.length; f++) {
    const slot = table.find(ids[f]!);
    if (slot < 0) continue;
    const value = values[f]!;
    for (let k = table.start(slot), end = table.end(slot); k < end; k++) z[labels[k]!]! += weights[k]! * value;
  }
  return z;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Softmax of the tone logits: [positive, neutral, negative]. */
export function toneProbabilities(z: Float64Array): number[] {
  const slice = Array.from(z.subarray(TONE_RANGE[0], TONE_RANGE[1]));
  const max = Math.max(...slice);
  const exp = slice.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

function contributions(
  model: CompiledModel,
  features: FeatureVector,
  label: number,
  against: number[],
): Contribution[] {
  const out: Contribution[] = [];
  const names = features.names ?? [];
  const table = model.weights;
  const { labels, weights } = table;
  for (let f = 0; f < features.ids.length; f++) {
    const slot = table.find(features.ids[f]!);
    if (slot < 0) continue;
    let own = 0;
    let other = 0;
    for (let k = table.start(slot), end = table.end(slot); k < end; k++) {
      if (labels[k] === label) own = weights[k]!;
      else if (against.includes(labels[k]!)) other += weights[k]! / against.length;
    }
    const weight = (own - other) * features.values[f]!;
    if (weight <= 0.02) continue;
    // Lexicon features name the phrases that were found ("L:rule.flag.wrong-sovereignty (đường lưỡi bò)").
    const name = names[f] ?? `#${features.ids[f]}`;
    const phrases = /^LT?:/.test(name) ? features.lexiconHits.get(name.replace(/^LT?:/, '')) : undefined;
    const feature = phrases?.length ? `${name} (${phrases.slice(0, 3).join(', ')})` : name;
    out.push({ feature, weight: Math.round(weight * 1000) / 1000 });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, 6);
}

/** Syllables of the body the classifier reads (about 350 words: the lead and the first paragraphs). */
export const DEFAULT_BODY_LIMIT = 450;

/** Tone, topics and flags of one article, each with its probability and the features behind it. */
export type Classification = {
  tone: Scored<Tone>;
  tones: Scored<Tone>[];
  topics: Scored<Topic>[];
  flags: Scored<Flag>[];
  why: Record<string, Contribution[]>;
  lexiconHits: Record<string, string[]>;
};

/**
 * Scores an article's syllables with the model (`folded`: English or unaccented text). `explain`
 * adds the top features behind each decision (it costs as much as the scoring itself).
 */
export function classify(
  model: CompiledModel,
  title: Syllable[],
  body: Syllable[],
  options: { folded?: boolean; style?: ArticleStyle; explain?: boolean } = {},
): Classification {
  const { folded = false, style, explain = false } = options;
  // The press states its news in the title and the lead: a long body is read up to `bodyLimit`.
  const limit = model.json.hyper.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const read = body.length > limit ? body.slice(0, limit) : body;
  // Explanations need every feature by name; scoring alone takes the lighter path.
  const scale = model.json.hyper.ngramScale;
  let features: FeatureVector;
  let z: Float64Array;
  if (explain) {
    features = articleFeatures(model.lexicon, title, read, folded, scale, style, true);
    z = logits(model, features);
  } else {
    const scoring = scoringFeatures(model.lexicon, title, read, folded, scale, style);
    features = scoring.named;
    z = scoringLogits(model, scoring);
  }
  const probabilities = toneProbabilities(z);
  const tones = TONES.map((label, i) => ({ label, confidence: round(probabilities[i]!) }));
  let best = 0;
  for (let i = 1; i < tones.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  const why: Record<string, Contribution[]> = {};
  const toneOthers = [0, 1, 2].filter((i) => i !== best);
  if (explain) why[`tone:${TONES[best]}`] = contributions(model, features, best, toneOthers);

  const pick = <T extends string>(range: readonly [number, number], names: readonly T[], atLeastOne: boolean) => {
    const scored: Array<Scored<T> & { index: number }> = [];
    for (let i = range[0]; i < range[1]; i++)
      scored.push({ label: names[i - range[0]]!, confidence: round(sigmoid(z[i]!)), index: i });
    let chosen = scored.filter((s) => s.confidence >= model.thresholds[s.index]!);
    if (chosen.length === 0 && atLeastOne) {
      const top = scored.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      if (top.confidence >= 0.15) chosen = [top];
    }
    chosen.sort((a, b) => b.confidence - a.confidence);
    if (explain) for (const c of chosen) why[LABELS[c.index]!] = contributions(model, features, c.index, []);
    return chosen.map(({ label, confidence }) => ({ label, confidence }));
  };
  const topics = pick(TOPIC_RANGE, TOPICS, true);
  const flags = pick(FLAG_RANGE, FLAGS, false);
  // The register of hostile sites ("nhà cầm quyền", "ém nhẹm", "bưng bít"…) is a distortion signal:
  // two or more such phrases flag false information, whatever the weights.
  const hostile = features.lexiconHits.get('tone.hostile') ?? [];
  if (hostile.length >= 2 && !flags.some((f) => f.label === 'false-information')) {
    const index = FLAG_RANGE[0] + FLAGS.indexOf('false-information');
    flags.push({ label: 'false-information', confidence: Math.max(0.5, round(sigmoid(z[index]!))) });
    why['flag:false-information'] = [{ feature: `L:tone.hostile (${hostile.slice(0, 3).join(', ')})`, weight: 1 }];
  }
  // Flag rules of the lexicon: a sensitive subject together with an incident, a denial or hostility.
  const hit = (category: string) =>
    category.startsWith('style.')
      ? style?.[category.slice(6) as keyof ArticleStyle] === true
      : (features.lexiconHits.get(category)?.length ?? 0) > 0;
  for (const rule of model.json.lexicon.flagRules ?? []) {
    const label = rule.flag as Flag;
    if (flags.some((f) => f.label === label)) continue;
    if (rule.topic && !topics.some((t) => t.label === rule.topic)) continue;
    if (rule.all && !rule.all.every(hit)) continue;
    if (rule.any && !rule.any.some(hit)) continue;
    const index = FLAG_RANGE[0] + FLAGS.indexOf(label);
    flags.push({ label, confidence: Math.max(0.5, round(sigmoid(z[index]!))) });
    why[`flag:${label}`] = [{ feature: `rule: ${rule.reason}`, weight: 1 }];
  }
  // Decisive lexicon phrases ("rule.flag.*") set their flag whatever the weights: flags are for recall.
  for (const [category, phrases] of features.lexiconHits) {
    if (!category.startsWith('rule.flag.')) continue;
    const label = category.slice('rule.flag.'.length) as Flag;
    if (!FLAGS.includes(label) || flags.some((f) => f.label === label)) continue;
    const index = FLAG_RANGE[0] + FLAGS.indexOf(label);
    flags.push({ label, confidence: Math.max(0.6, round(sigmoid(z[index]!))) });
    why[`flag:${label}`] = [{ feature: `L:${category} (${phrases.slice(0, 3).join(', ')})`, weight: 1 }];
  }
  return {
    tone: tones[best]!,
    tones,
    topics,
    flags,
    why,
    // Built when read: the analysis itself never reads it.
    get lexiconHits() {
      return Object.fromEntries(features.lexiconHits);
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
