import { syllables } from '../../../../common/text/syllables.js';
import { articleFeatures, articleStyle, compileLexicon, type Lexicon, NGRAM_SCALE } from './features.js';
import { readingMode } from './mentions.js';
import { DEFAULT_BODY_LIMIT, LABELS, type ModelJson } from './model.js';
import { type ArticleInput, FLAGS, type Flag, TONES, TOPICS, type Tone, type Topic } from './types.js';

/** A labelled article, or a staff correction: any head left undefined is not learnt from. */
export type TrainingExample = { article: ArticleInput; tone?: Tone | null; topics?: Topic[]; flags?: Flag[] };

/** Training settings; `base` turns training into an update of an existing model. */
export type TrainOptions = {
  lexicon: Lexicon;
  /** Learn on top of this model: its weights become the values the regulariser pulls toward. */
  base?: ModelJson;
  /** Strength of the pull toward the priors (per example). */
  l2?: number;
  epochs?: number;
  /** An n-gram must occur in this many training articles to become a feature. */
  minCount?: number;
  /** Weight of the n-gram block against the lexicon features. */
  ngramScale?: number;
  /** Extra regularisation of n-grams relative to `l2` (lexicon features get l2/4). */
  ngramL2Factor?: number;
  thresholds?: Record<string, number>;
};

export const DEFAULT_HYPER = { l2: 0.03, epochs: 160, minCount: 2, learningRate: 0.05 };
const DEFAULT_THRESHOLDS: Record<string, number> = {
  ...Object.fromEntries(TOPICS.map((t) => [`topic:${t}`, 0.45])),
  ...Object.fromEntries(FLAGS.map((f) => [`flag:${f}`, 0.3])),
};
const TONE_COUNT = TONES.length;
const L = LABELS.length;

/** Prior weights of a lexicon feature: from the lexicon's priors, and topic/flag categories onto their label. */
function lexiconPriors(lexicon: Lexicon): Map<string, Map<number, number>> {
  const priors = new Map<string, Map<number, number>>();
  const set = (feature: string, label: string, w: number) => {
    const i = LABELS.indexOf(label as (typeof LABELS)[number]);
    if (i < 0) return;
    const m = priors.get(feature) ?? new Map<number, number>();
    m.set(i, w);
    priors.set(feature, m);
  };
  for (const [category, byClass] of Object.entries(lexicon.priors))
    if (category.startsWith('style.'))
      for (const [label, w] of Object.entries(byClass))
        set(`S:${category.slice(6)}`, label.includes(':') ? label : `tone:${label}`, w);
  for (const category of Object.keys(lexicon.categories)) {
    const [head = '', name = ''] = category.replace(/^rule\./, 'rule-').split('.');
    const weights: Record<string, number> =
      head === 'topic'
        ? { [`topic:${name}`]: 1.5 }
        : head === 'flag'
          ? { [`flag:${name}`]: 1 }
          : head === 'rule-flag'
            ? { [`flag:${name}`]: 3 }
            : {};
    for (const [cls, w] of Object.entries(lexicon.priors[category] ?? {}))
      weights[cls.includes(':') ? cls : `tone:${cls}`] = w;
    for (const [label, w] of Object.entries(weights)) {
      set(`L:${category}`, label, w);
      set(`LT:${category}`, label, w / 2);
    }
  }
  return priors;
}

type Row = { ids: Int32Array; values: Float64Array; y: Float64Array; mask: Uint8Array; weight: Float64Array };

/**
 * Trains the classifier (multinomial logistic regression for tone, one logistic regression per
 * topic and per flag) on labelled articles by full-batch Adam. Written by hand because it is small
 * and must stay readable: the result is plain JSON whose every weight can be looked at.
 */
export function trainModel(examples: TrainingExample[], options: TrainOptions): ModelJson {
  const l2 = options.l2 ?? options.base?.hyper.l2 ?? DEFAULT_HYPER.l2;
  const epochs = options.epochs ?? DEFAULT_HYPER.epochs;
  const minCount = options.minCount ?? DEFAULT_HYPER.minCount;
  const ngramScale = options.ngramScale ?? options.base?.hyper.ngramScale ?? NGRAM_SCALE;
  const matcher = compileLexicon(options.lexicon);
  const vectors = examples.map((e) => {
    const title = syllables((e.article.title ?? '').normalize('NFC'));
    const full = syllables((e.article.body ?? '').normalize('NFC'));
    const body = full.length > DEFAULT_BODY_LIMIT ? full.slice(0, DEFAULT_BODY_LIMIT) : full;
    const folded = readingMode([{ field: 'body', tokens: [...title, ...body] }]) === 'folded';
    const style = articleStyle(title, body, e.article.body ?? '', e.article.url);
    return articleFeatures(matcher, title, body, folded, ngramScale, style, true);
  });

  // Vocabulary: n-grams seen often enough, every lexicon feature, and the base model's features.
  const counts = new Map<string, number>();
  for (const v of vectors) for (const name of v.names ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const addFeature = (name: string) => {
    if (!vocabulary.has(name)) vocabulary.set(name, vocabulary.size);
  };
  for (const category of Object.keys(options.lexicon.categories)) {
    addFeature(`L:${category}`);
    addFeature(`LT:${category}`);
    if (category.startsWith('tone.')) {
      addFeature(`L:not.${category}`);
      addFeature(`LT:not.${category}`);
    }
  }
  for (const key of ['exclaim', 'caps', 'social']) addFeature(`S:${key}`);
  if (options.base) for (const name of Object.keys(options.base.weights)) addFeature(name);
  for (const [name, n] of counts) if (n >= minCount) addFeature(name);
  const F = vocabulary.size;

  // Priors (and starting point): the base model, else the lexicon's priors.
  const prior = new Float64Array(F * L);
  const bias = new Float64Array(L);
  if (options.base) {
    for (const [name, byLabel] of Object.entries(options.base.weights)) {
      const f = vocabulary.get(name)!;
      for (const [label, w] of Object.entries(byLabel)) {
        const i = LABELS.indexOf(label as (typeof LABELS)[number]);
        if (i >= 0) prior[f * L + i] = w;
      }
    }
    for (const [label, b] of Object.entries(options.base.bias)) {
      const i = LABELS.indexOf(label as (typeof LABELS)[number]);
      if (i >= 0) bias[i] = b;
    }
  } else {
    for (const [name, byLabel] of lexiconPriors(options.lexicon)) {
      const f = vocabulary.get(name);
      if (f !== undefined) for (const [i, w] of byLabel) prior[f * L + i] = w;
    }
    for (let i = TONE_COUNT; i < L; i++) bias[i] = -2;
  }

  const rows = buildRows(examples, vectors, vocabulary);
  // Lexicon features are regularised four times less than n-grams: they are the general knowledge,
  // the n-grams are what this corpus happens to say.
  const l2ByFeature = new Float64Array(F).fill(l2 * (options.ngramL2Factor ?? 1));
  for (const [name, f] of vocabulary) if (/^(L|LT|S):/.test(name)) l2ByFeature[f] = l2 / 4;
  const W = Float64Array.from(prior);
  // Categories that name what an item is about, not its tone toward the province, keep no tone weight.
  const toneFrozen = new Uint8Array(F);
  for (const category of options.lexicon.toneFree ?? [])
    for (const name of [`L:${category}`, `LT:${category}`]) {
      const f = vocabulary.get(name);
      if (f !== undefined) toneFrozen[f] = 1;
    }
  adam(rows, W, bias, prior, { l2: l2ByFeature, epochs, F, toneFrozen });

  const weights: Record<string, Record<string, number>> = {};
  for (const [name, f] of vocabulary) {
    const byLabel: Record<string, number> = {};
    for (let i = 0; i < L; i++) {
      const w = W[f * L + i]!;
      if (Math.abs(w) >= 0.005) byLabel[LABELS[i]!] = Math.round(w * 10000) / 10000;
    }
    if (Object.keys(byLabel).length > 0) weights[name] = byLabel;
  }
  const count = (pick: (e: TrainingExample) => unknown) => examples.filter((e) => pick(e) !== undefined).length;
  return {
    schemaVersion: 1,
    kind: 'ttdn-monitor-classifier',
    description:
      'Tone (softmax), topics and flags (one sigmoid each) over syllable n-grams and lexicon categories. weights: feature → label → weight; a label wins by the sum of weight × value of the article features plus bias.',
    trainedOn: {
      examples: examples.length,
      tone: count((e) => e.tone ?? undefined),
      topics: count((e) => e.topics),
      flags: count((e) => e.flags),
    },
    hyper: { l2, epochs, minCount, ngramScale, bodyLimit: DEFAULT_BODY_LIMIT, features: F },
    lexicon: options.lexicon,
    bias: Object.fromEntries(LABELS.map((label, i) => [label, Math.round(bias[i]! * 10000) / 10000])),
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.base?.thresholds, ...options.thresholds },
    weights,
  };
}

function buildRows(
  examples: TrainingExample[],
  vectors: ReturnType<typeof articleFeatures>[],
  vocabulary: Map<string, number>,
): Row[] {
  const toneCounts = new Float64Array(TONE_COUNT);
  for (const e of examples) if (e.tone) toneCounts[TONES.indexOf(e.tone)]!++;
  const toneTotal = toneCounts.reduce((a, b) => a + b, 0);
  const positives = new Float64Array(L);
  const labelled = new Float64Array(L);
  for (const e of examples) {
    for (const [list, prefix, names] of [
      [e.topics, 'topic', TOPICS],
      [e.flags, 'flag', FLAGS],
    ] as const) {
      if (!list) continue;
      for (const n of names) {
        const i = LABELS.indexOf(`${prefix}:${n}` as (typeof LABELS)[number]);
        labelled[i]!++;
        if ((list as readonly string[]).includes(n)) positives[i]!++;
      }
    }
  }
  return examples.map((e, k) => {
    const v = vectors[k]!;
    const ids: number[] = [];
    const values: number[] = [];
    (v.names ?? []).forEach((name, j) => {
      const f = vocabulary.get(name);
      if (f !== undefined) {
        ids.push(f);
        values.push(v.values[j]!);
      }
    });
    const y = new Float64Array(L);
    const mask = new Uint8Array(L);
    const weight = new Float64Array(L).fill(1);
    if (e.tone) {
      const t = TONES.indexOf(e.tone);
      y[t] = 1;
      // Balanced classes: negative articles are few, and macro-F1 weighs them like the rest.
      for (let i = 0; i < TONE_COUNT; i++) {
        mask[i] = 1;
        weight[i] = toneTotal / (TONE_COUNT * Math.max(1, toneCounts[t]!));
      }
    }
    for (const [list, prefix, names] of [
      [e.topics, 'topic', TOPICS],
      [e.flags, 'flag', FLAGS],
    ] as const) {
      if (!list) continue;
      for (const n of names) {
        const i = LABELS.indexOf(`${prefix}:${n}` as (typeof LABELS)[number]);
        mask[i] = 1;
        const positive = (list as readonly string[]).includes(n);
        y[i] = positive ? 1 : 0;
        // Rare labels (flags) weigh their positives up, for recall.
        const ratio = (labelled[i]! - positives[i]!) / Math.max(1, positives[i]!);
        weight[i] = positive ? Math.min(4, Math.max(1, ratio / 2)) : 1;
      }
    }
    return { ids: Int32Array.from(ids), values: Float64Array.from(values), y, mask, weight };
  });
}

function adam(
  rows: Row[],
  W: Float64Array,
  bias: Float64Array,
  prior: Float64Array,
  { l2, epochs, F, toneFrozen }: { l2: Float64Array; epochs: number; F: number; toneFrozen: Uint8Array },
): void {
  const lr = DEFAULT_HYPER.learningRate;
  const n = Math.max(1, rows.length);
  const gW = new Float64Array(F * L);
  const mW = new Float64Array(F * L);
  const vW = new Float64Array(F * L);
  const gB = new Float64Array(L);
  const mB = new Float64Array(L);
  const vB = new Float64Array(L);
  const z = new Float64Array(L);
  const g = new Float64Array(L);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = 0; i < gW.length; i++) gW[i] = l2[(i / L) | 0]! * (W[i]! - prior[i]!);
    gB.fill(0);
    for (const row of rows) {
      z.set(bias);
      for (let k = 0; k < row.ids.length; k++) {
        const base = row.ids[k]! * L;
        const x = row.values[k]!;
        for (let i = 0; i < L; i++) z[i]! += W[base + i]! * x;
      }
      // Tone: softmax cross-entropy; topics and flags: independent logistic losses.
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < TONE_COUNT; i++) max = Math.max(max, z[i]!);
      let sum = 0;
      for (let i = 0; i < TONE_COUNT; i++) sum += Math.exp(z[i]! - max);
      for (let i = 0; i < L; i++) {
        if (!row.mask[i]) {
          g[i] = 0;
          continue;
        }
        const p = i < TONE_COUNT ? Math.exp(z[i]! - max) / sum : 1 / (1 + Math.exp(-z[i]!));
        g[i] = ((p - row.y[i]!) * row.weight[i]!) / n;
      }
      for (let i = 0; i < L; i++) gB[i]! += g[i]!;
      for (let k = 0; k < row.ids.length; k++) {
        const base = row.ids[k]! * L;
        const x = row.values[k]!;
        for (let i = 0; i < L; i++) if (g[i] !== 0) gW[base + i]! += g[i]! * x;
      }
    }
    for (let f = 0; f < F; f++) if (toneFrozen[f]) gW.fill(0, f * L, f * L + TONE_COUNT);
    const c1 = 1 - 0.9 ** epoch;
    const c2 = 1 - 0.999 ** epoch;
    const step = (w: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array) => {
      for (let i = 0; i < w.length; i++) {
        const gi = grad[i]!;
        if (gi === 0 && m[i] === 0) continue;
        m[i] = 0.9 * m[i]! + 0.1 * gi;
        v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
        w[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
      }
    };
    step(W, gW, mW, vW);
    step(bias, gB, mB, vB);
  }
}
