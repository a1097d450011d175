import { canonicalizeUrl } from './canonical-url.js';
import { comparePacked, type DupComparison, littleShared } from './dup-compare.js';
import { ACROSS_RULES, acrossLanguages } from './dup-languages.js';
import { BANDS, type DupSignature, ROWS } from './dup-signature.js';
import { IntMultiMap } from './int-multimap.js';
import { PackedLayout, packSignature, viewSignature } from './signature-codec.js';

/** What the index answers when an article is added. */
export type DupAddResult = {
  /** The id of the earliest article (by publishedAt, then order of adding) of the group. */
  clusterId: string;
  /** The article it was found to repeat, or null when it starts a group. */
  matchedId: string | null;
  via: 'url' | 'content' | null;
  comparison?: DupComparison;
  /** Set when this article is earlier than the group's previous earliest: the group was renamed. */
  renamedFrom?: string;
};

/** The newest postings read per bucket: boilerplate sentences shared by a whole template family stay cheap. */
const BUCKET_LIMIT = 24;
/** Sentences of each article put in the sentence index (the smallest hashes: a consistent sample). */
const SENTENCE_SAMPLE = 8;
/**
 * Numbers of each article put in the figures index (the smallest hashes), when it has at least
 * FIGURES_FROM: two, as a rewrite told by its names may keep only two figures (a count and a year).
 */
const FIGURE_SAMPLE = 6;
const FIGURES_FROM = 2;
/** A rewrite shares figures, not sentences: a candidate must recur under this many of the sampled numbers. */
const FIGURE_HITS = 2;
/** Figures buckets are read shallower: common numbers ("2026", "1") fill them, rare ones find the rewrite. */
const FIGURE_BUCKET_LIMIT = 8;
/**
 * Articles of the other language read, newest first, to find the original of a translation (or the
 * translation of an original): a translation shares no shingle, sentence or written figure with it.
 * English articles are few, so this is read only for an article no same-language copy was found for.
 */
const ACROSS_SCAN = 4000;
const ACROSS_MS = ACROSS_RULES.maxHours * 3600_000;

function bandKey(minhash: Uint32Array, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0; r < ROWS; r++) {
    h = Math.imul(h ^ minhash[band * ROWS + r]!, 0x85ebca6b);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

function timeOf(publishedAt: string | undefined): number {
  if (!publishedAt) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(publishedAt);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * A streaming near-duplicate index: add articles one by one (in any order) and get the id of the
 * group each belongs to. Candidates come from MinHash LSH bands (edited copies) and from a sample of
 * sentence fingerprints (trimmed copies, copies with a new lead); each candidate is then verified by
 * `compareSignatures`. A new article joins the group of its best verified match; groups never merge
 * afterwards, so an id once given stays valid unless a still earlier article arrives (`renamedFrom`).
 */
export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly times: number[] = [];
  /** Packed signatures (one Uint32Array each): an index of 100,000 articles stays small. */
  private readonly signatures: Uint32Array[] = [];
  private readonly clusterOf: number[] = [];
  /** Per group: its name (the id of its earliest article, which a kept index may no longer hold)… */
  private readonly groupName: string[] = [];
  /** …and that article's time (−∞ when it was published before anything the index holds). */
  private readonly groupTime: number[] = [];
  private readonly groupByName = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  private readonly bands = new IntMultiMap(1 << 14, 1 << 16);
  private readonly sentences = new IntMultiMap(1 << 14, 1 << 15);
  private readonly figures = new IntMultiMap(1 << 14, 1 << 15);
  /** The articles of each known language (dup-languages LANGUAGE), in order of adding. */
  private readonly byLanguage: number[][] = [[], [], []];
  private seen = new Uint32Array(1024);
  private figureQuery = new Uint32Array(1024);
  private figureHits = new Uint8Array(1024);
  private query = 0;
  /** The band keys of the article being added (computed once for lookup and filing). */
  private readonly bandKeys = new Uint32Array(BANDS);
  /** The article being looked up and the candidate at hand (reused: no allocation per candidate). */
  private readonly probe = new PackedLayout();
  private readonly candidate = new PackedLayout();
  private best = -1;
  private bestComparison: DupComparison | null = null;
  private bestScore = 0;
  /** Candidates published before this (ms) are not matched (set per add). */
  private notBefore = Number.NEGATIVE_INFINITY;

  /** Articles added so far. */
  get size(): number {
    return this.ids.length;
  }

  /** Approximate bytes held by the index (typed arrays and signatures). */
  get approximateBytes(): number {
    let sig = 0;
    for (const s of this.signatures) sig += s.byteLength + 100;
    return this.bands.bytes + this.sentences.bytes + this.figures.bytes + sig + this.ids.length * 64;
  }

  /** The group id of an article already added. */
  clusterIdOf(id: string): string | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.groupName[this.clusterOf[i]!]!;
  }

  /**
   * Adds an article (its id must be new) with its signature, plain or packed, and returns its group.
   * `notBefore` (ms): articles published earlier are not matched (a kept index holds a few older days).
   * `storedGroup`: the group a stored article was given when it was stored; it joins that group
   * unmatched, so an index rebuilt from stored rows groups them as they were stored, even when the
   * group's first article is older than the rows read.
   */
  add(
    article: { id: string; publishedAt?: string; url?: string },
    given: DupSignature | Uint32Array,
    notBefore = Number.NEGATIVE_INFINITY,
    storedGroup?: string,
  ): DupAddResult {
    const packed = given instanceof Uint32Array ? given : packSignature(given);
    const signature = given instanceof Uint32Array ? viewSignature(given) : given;
    const index = this.ids.length;
    const time = timeOf(article.publishedAt);
    const url = canonicalizeUrl(article.url);
    let matched = -1;
    let via: DupAddResult['via'] = null;
    let comparison: DupComparison | undefined;
    for (let b = 0; b < BANDS; b++) this.bandKeys[b] = bandKey(signature.minhash, b);

    const byUrl = url ? this.byUrl.get(url) : undefined;
    const sameUrl = byUrl !== undefined && this.times[byUrl]! >= notBefore ? byUrl : undefined;
    // A stored article is filed under its stored group below, unmatched.
    if (storedGroup === undefined && sameUrl !== undefined) {
      matched = sameUrl;
      via = 'url';
    } else if (storedGroup === undefined) {
      this.notBefore = notBefore;
      if (this.bestMatch(signature, packed, time)) {
        matched = this.best;
        comparison = this.bestComparison!;
        via = 'content';
      }
    }

    this.ids.push(article.id);
    this.times.push(time);
    this.signatures.push(packed);
    this.byId.set(article.id, index);
    const language = signature.across?.language ?? 0;
    if (language > 0 && language < this.byLanguage.length) this.byLanguage[language]!.push(index);
    if (url && sameUrl === undefined) this.byUrl.set(url, index);
    for (let b = 0; b < BANDS; b++) this.bands.add(this.bandKeys[b]!, index);
    const sample = Math.min(SENTENCE_SAMPLE, signature.sentences.length);
    for (let k = 0; k < sample; k++) this.sentences.add(signature.sentences[k]!, index);
    if (signature.numbers.length >= FIGURES_FROM) {
      const figures = Math.min(FIGURE_SAMPLE, signature.numbers.length);
      for (let k = 0; k < figures; k++) this.figures.add(signature.numbers[k]!, index);
    }

    let renamedFrom: string | undefined;
    if (storedGroup !== undefined) {
      this.joinStoredGroup(storedGroup, article.id, time);
    } else if (matched < 0) {
      this.newGroup(article.id, time);
    } else {
      const cluster = this.clusterOf[matched]!;
      this.clusterOf.push(cluster);
      if (time < this.groupTime[cluster]!) {
        renamedFrom = this.groupName[cluster]!;
        this.groupByName.delete(renamedFrom);
        this.groupByName.set(article.id, cluster);
        this.groupName[cluster] = article.id;
        this.groupTime[cluster] = time;
      }
    }
    return {
      clusterId: this.groupName[this.clusterOf[index]!]!,
      matchedId: matched < 0 ? null : this.ids[matched]!,
      via,
      comparison,
      renamedFrom,
    };
  }

  /** Starts a group for the article being added. */
  private newGroup(name: string, time: number): void {
    const cluster = this.groupName.length;
    this.clusterOf.push(cluster);
    this.groupName.push(name);
    this.groupTime.push(time);
    this.groupByName.set(name, cluster);
  }

  /** Files a stored article under the group it was stored with. */
  private joinStoredGroup(name: string, id: string, time: number): void {
    const cluster = this.groupByName.get(name);
    // A group whose first article is not (yet) here was started before the rows read.
    if (cluster === undefined) {
      this.newGroup(name, name === id ? time : Number.NEGATIVE_INFINITY);
      return;
    }
    this.clusterOf.push(cluster);
    if (name === id) this.groupTime[cluster] = time;
  }

  /** Finds the best verified match of an article not yet added (into `best`); false when none. */
  private bestMatch(signature: DupSignature, packed: Uint32Array, time: number): boolean {
    this.query++;
    if (this.seen.length < this.ids.length + 1) {
      const grown = new Uint32Array(Math.max(this.seen.length * 2, this.ids.length + 1));
      grown.set(this.seen);
      this.seen = grown;
      const query = new Uint32Array(grown.length);
      query.set(this.figureQuery);
      this.figureQuery = query;
      const hits = new Uint8Array(grown.length);
      hits.set(this.figureHits);
      this.figureHits = hits;
    }
    this.probe.locate(packed);
    this.best = -1;
    this.bestComparison = null;
    this.bestScore = 0;
    // Candidates in the order of the buckets: the first of equal scores wins.
    for (let b = 0; b < BANDS; b++) this.considerBucket(this.bands, this.bandKeys[b]!, BUCKET_LIMIT);
    for (const sentence of signature.sentences) this.considerBucket(this.sentences, sentence, BUCKET_LIMIT);
    // Rewrites: candidates filed under at least FIGURE_HITS of the same sampled numbers.
    if (signature.numbers.length >= FIGURES_FROM) {
      const figures = Math.min(FIGURE_SAMPLE, signature.numbers.length);
      for (let k = 0; k < figures; k++) {
        let e = this.figures.firstEntry(signature.numbers[k]!);
        for (let n = 0; e !== -1 && n < FIGURE_BUCKET_LIMIT; n++) {
          const candidate = this.figures.valueOf(e);
          if (this.figureQuery[candidate] !== this.query) {
            this.figureQuery[candidate] = this.query;
            this.figureHits[candidate] = 0;
          }
          if (++this.figureHits[candidate]! === FIGURE_HITS) this.consider(candidate);
          e = this.figures.nextEntry(e);
        }
      }
    }
    const language = signature.across?.language ?? 0;
    if (this.best < 0 && language > 0 && Number.isFinite(time)) this.considerAcross(language, time);
    return this.best >= 0;
  }

  /** The best match in the other language among articles published close to `time` (ms). */
  private considerAcross(language: number, time: number): void {
    const at = this.probe.across();
    if (at < 0) return;
    const others = this.byLanguage[language === 1 ? 2 : 1]!;
    const last = Math.max(0, others.length - ACROSS_SCAN);
    for (let k = others.length - 1; k >= last; k--) {
      const candidate = others[k]!;
      const when = this.times[candidate]!;
      if (when < this.notBefore || Math.abs(when - time) > ACROSS_MS) continue;
      const stored = this.candidate.locate(this.signatures[candidate]!);
      const cAt = stored.across();
      if (cAt < 0) continue;
      const share = acrossLanguages(this.probe.words, at, stored.words, cAt);
      if (share < 0 || (this.best >= 0 && share <= this.bestScore)) continue;
      this.best = candidate;
      this.bestScore = share;
      this.bestComparison = {
        duplicate: true,
        jaccard: 0,
        containment: 0,
        sentenceShare: 0,
        numberShare: share,
        reason: 'bản dịch: cùng tên riêng, cùng số liệu / a translation: same names and figures',
      };
    }
  }

  private considerBucket(map: IntMultiMap, key: number, limit: number): void {
    let e = map.firstEntry(key);
    for (let n = 0; e !== -1 && n < limit; n++) {
      this.consider(map.valueOf(e));
      e = map.nextEntry(e);
    }
  }

  private consider(candidate: number): void {
    if (this.seen[candidate] === this.query) return;
    this.seen[candidate] = this.query;
    if (this.times[candidate]! < this.notBefore) return;
    const stored = this.candidate.locate(this.signatures[candidate]!);
    // Most candidates share a band or a boilerplate sentence only: ruled out without the full comparison.
    if (littleShared(this.probe, stored)) return;
    const comparison = comparePacked(this.probe, stored);
    if (!comparison.duplicate) return;
    const score = Math.max(comparison.containment, comparison.sentenceShare) + comparison.jaccard;
    if (this.best < 0 || score > this.bestScore) {
      this.best = candidate;
      this.bestComparison = comparison;
      this.bestScore = score;
    }
  }
}
