import { type DupSignature, SLOTS } from './dup-signature.js';
import { HEADER, PackedLayout, packSignature } from './signature-codec.js';
import { sharedCount } from './sorted-runs.js';

/** Thresholds of the near-duplicate decision (tuned on the training split, see corpus/README). */
export const DUP_RULES = {
  /** Share of the shorter text found in the longer one (shingles or whole sentences). */
  minContainment: 0.5,
  /** A lower share suffices when whole sentences of this many syllables recur and the numbers agree. */
  minSharedContainment: 0.4,
  minSharedSyllables: 20,
  /** When both texts carry this many numbers, this share of the shorter one's numbers must recur. */
  numbersFrom: 4,
  minNumberShare: 0.5,
  /** Above this overlap a copy may be retitled freely: its title's names need not recur. */
  retitledFrom: 0.85,
  /**
   * A copy with a new lead and a new title (a national outlet's version of the provincial paper's
   * report) shares less, but keeps every figure of many: then this overlap suffices for a new title.
   */
  retitledManyFiguresFrom: 0.75,
  retitledManyFigures: 6,
  /** Numbers that agree this well make two differently titled texts one story (or a template's twins). */
  sameFiguresShare: 0.9,
  /**
   * A rewrite (same facts in new sentences, as regional outlets do): little shared wording suffices
   * when at least this many numbers, dates and figures recur almost all, and the names do not disagree.
   */
  rewriteMinNumbers: 3,
  rewriteNumberShare: 0.75,
  rewriteMinContainment: 0.15,
  rewriteNameShare: 0.3,
  /**
   * A rewrite in wholly new words ("Ba căn nhà" for "3 ngôi nhà"): almost no wording recurs, so every
   * figure of the shorter text must recur and most of its proper names (places, people) too. A festival
   * report retold sentence by sentence may share no shingle at all: the figures and names decide.
   */
  looseRewriteMinNumbers: 3,
  looseRewriteMinNames: 3,
  looseRewriteNameShare: 0.75,
  looseRewriteMinContainment: 0,
  /**
   * A rewrite that keeps most figures and nearly all names but retells in its own words (a regional
   * outlet's version of the night's events): many figures, three in four recurring, and four in five
   * of the shorter text's proper names, with some wording in common.
   */
  closeRewriteMinNumbers: 6,
  closeRewriteMinNames: 5,
  closeRewriteNameShare: 0.8,
  closeRewriteMinContainment: 0.1,
  /**
   * A rewrite of a story told by its places and people more than its figures (a reportage retold by
   * a trade paper): few figures, every one recurring, and nearly all of many proper names.
   */
  namesRewriteMinNumbers: 2,
  namesRewriteMinNames: 6,
  namesRewriteNameShare: 0.9,
  namesRewriteMinContainment: 0.1,
  /** So many figures, all recurring, make one story even when each version names other people. */
  manyFiguresMinNumbers: 5,
  /**
   * A festival night or a year's review retold in another outlet's words: no wording recurs, but a great
   * many figures do (dates, counts, the route's street numbers, a year's results), four in five of the
   * shorter text's. The names need not: the retelling adds its own places and people.
   */
  retoldMinSharedNumbers: 8,
  retoldNumberShare: 0.8,
  /** A title name of this many capitalised pairs (four syllables) recurs only when all of them do. */
  longTitleNamePairs: 3,
} as const;

/** How two signatures compare, and the verdict with its reason. */
export type DupComparison = {
  duplicate: boolean;
  jaccard: number;
  containment: number;
  sentenceShare: number;
  numberShare: number | null;
  reason: string;
};

// The comparisons below read packed signatures (the stored layout) by offset: the index keeps its
// articles packed, and building a signature object per candidate was most of the cost of a lookup.

/** Binary search in a sorted run of `w`. */
function hasValue(w: Uint32Array, from: number, count: number, value: number): boolean {
  let lo = from;
  let hi = from + count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = w[mid]!;
    if (x === value) return true;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Syllables of A's sentences that recur in B (both sorted). */
function sharedSentenceSyllables(a: PackedLayout, b: PackedLayout): number {
  const w = a.words;
  const v = b.words;
  let i = a.sentences;
  let j = b.sentences;
  const iEnd = i + a.sentenceCount;
  const jEnd = j + b.sentenceCount;
  const toLength = a.lengths - a.sentences;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const x = w[i]!;
    const y = v[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      sum += w[i + toLength]!;
      i++;
      j++;
    }
  }
  return sum;
}

const sharedNumbers = (a: PackedLayout, b: PackedLayout) =>
  sharedCount(a.words, a.numbers, a.numbers + a.numberCount, b.words, b.numbers, b.numbers + b.numberCount);
const sharedNames = (a: PackedLayout, b: PackedLayout) =>
  sharedCount(a.words, a.names, a.names + a.nameCount, b.words, b.names, b.names + b.nameCount);

function jaccardOf(a: PackedLayout, b: PackedLayout): number {
  const w = a.words;
  const v = b.words;
  let equal = 0;
  for (let i = HEADER; i < HEADER + SLOTS; i++) if (w[i] === v[i]) equal++;
  return equal / SLOTS;
}

function containmentOf(a: PackedLayout, b: PackedLayout, jaccard: number): number {
  const smaller = Math.max(1, Math.min(a.shingles, b.shingles));
  return Math.min(1, (jaccard * (a.shingles + b.shingles)) / ((1 + jaccard) * smaller));
}

function absentTitleNumber(a: PackedLayout, b: PackedLayout): boolean {
  for (let k = a.titleNumbers; k < a.titleNumbers + a.titleNumberCount; k++)
    if (!hasValue(b.words, b.numbers, b.numberCount, a.words[k]!)) return true;
  return false;
}

/** Each title carries a number the other title lacks ("… 2 vụ, 1 người chết" against "… 3 vụ, 2 người"). */
function titlesDisagreeOnNumbers(a: PackedLayout, b: PackedLayout): boolean {
  if (a.titleNumberCount === 0 || b.titleNumberCount === 0) return false;
  const shared = sharedCount(
    a.words,
    a.titleNumbers,
    a.titleNumbers + a.titleNumberCount,
    b.words,
    b.titleNumbers,
    b.titleNumbers + b.titleNumberCount,
  );
  return shared < a.titleNumberCount && shared < b.titleNumberCount;
}

function absentTitleName(a: PackedLayout, b: PackedLayout): boolean {
  // A proper name of A's title of which no capitalised pair occurs anywhere in B. A long name
  // ("Trường THPT Chuyên Hà Giang", "Công ty Cổ phần Xi măng Tân Quang") opens with capitalised
  // designators that a template's twin shares ("Trường THPT …"), and the province's own name recurs
  // in every text: such a name is in B only when B writes the whole of it.
  const w = a.words;
  let at = a.titleNames;
  const names = w[at++]!;
  for (let k = 0; k < names; k++) {
    const pairs = w[at++]!;
    // A short name: one recurring pair suffices. A long one: every pair must recur.
    const whole = pairs >= DUP_RULES.longTitleNamePairs;
    let found = whole;
    for (let p = at; p < at + pairs; p++)
      if (hasValue(b.words, b.names, b.nameCount, w[p]!) !== whole) {
        found = !whole;
        break;
      }
    if (!found) return true;
    at += pairs;
  }
  return false;
}

/**
 * Whether the pair is surely not a duplicate ('little shared text'), decided from the cheapest
 * measures first. Exactly the negation of `enough` in `comparePacked`: the index skips the full
 * comparison for the many candidates that share only a band or a boilerplate sentence.
 */
export function littleShared(a: PackedLayout, b: PackedLayout): boolean {
  const jaccard = jaccardOf(a, b);
  const containment = containmentOf(a, b, jaccard);
  if (containment >= DUP_RULES.minContainment) return false;
  const sharedSyllables = sharedSentenceSyllables(a, b);
  const sentenceShare = Math.min(1, sharedSyllables / Math.max(1, Math.min(a.length, b.length)));
  const overlap = Math.max(containment, sentenceShare);
  if (overlap >= DUP_RULES.minContainment) return false;
  const fewerNumbers = Math.min(a.numberCount, b.numberCount);
  let shared = -1;
  if (overlap >= DUP_RULES.minSharedContainment && sharedSyllables >= DUP_RULES.minSharedSyllables) {
    if (fewerNumbers < DUP_RULES.numbersFrom) return false;
    shared = sharedNumbers(a, b);
    if (shared / fewerNumbers >= DUP_RULES.minNumberShare) return false;
  }
  // A rewrite: the figures recur, a little wording, and the names do not disagree.
  const minNumbers = Math.min(
    DUP_RULES.rewriteMinNumbers,
    DUP_RULES.looseRewriteMinNumbers,
    DUP_RULES.namesRewriteMinNumbers,
  );
  const minContainment = Math.min(DUP_RULES.rewriteMinContainment, DUP_RULES.looseRewriteMinContainment);
  if (fewerNumbers < minNumbers || overlap < minContainment) return true;
  if (shared < 0) shared = sharedNumbers(a, b);
  return !isRewrite(a, b, overlap, fewerNumbers, shared);
}

/** The two rewrite paths of `comparePacked`: few shared words but the same figures and names. */
function isRewrite(
  a: PackedLayout,
  b: PackedLayout,
  containment: number,
  fewerNumbers: number,
  shared: number,
): boolean {
  const fewerNames = Math.min(a.nameCount, b.nameCount);
  const nameShare = () => sharedNames(a, b) / fewerNames;
  if (
    fewerNumbers >= DUP_RULES.rewriteMinNumbers &&
    shared / fewerNumbers >= DUP_RULES.rewriteNumberShare &&
    containment >= DUP_RULES.rewriteMinContainment &&
    (fewerNames < 2 || nameShare() >= DUP_RULES.rewriteNameShare)
  )
    return true;
  // Many figures, most recurring, and nearly all names: the same night retold in other words.
  if (
    fewerNumbers >= DUP_RULES.closeRewriteMinNumbers &&
    shared / fewerNumbers >= DUP_RULES.rewriteNumberShare &&
    containment >= DUP_RULES.closeRewriteMinContainment &&
    fewerNames >= DUP_RULES.closeRewriteMinNames &&
    nameShare() >= DUP_RULES.closeRewriteNameShare
  )
    return true;
  // Few figures, all recurring, and nearly all of many names: the same places and people retold.
  if (
    fewerNumbers >= DUP_RULES.namesRewriteMinNumbers &&
    shared >= fewerNumbers &&
    containment >= DUP_RULES.namesRewriteMinContainment &&
    fewerNames >= DUP_RULES.namesRewriteMinNames &&
    nameShare() >= DUP_RULES.namesRewriteNameShare
  )
    return true;
  // Many figures, every one of the shorter text's recurring (prices, distances, sums): the same facts
  // retold, whatever names each version quotes.
  if (
    fewerNumbers >= DUP_RULES.manyFiguresMinNumbers &&
    shared >= fewerNumbers &&
    containment >= DUP_RULES.rewriteMinContainment / 2
  )
    return true;
  // A night or a year's review retold in new words: many shared figures, four in five recurring.
  if (shared >= DUP_RULES.retoldMinSharedNumbers && shared / fewerNumbers >= DUP_RULES.retoldNumberShare) return true;
  // In wholly new words: every figure of the shorter text and most of its names recur.
  return (
    fewerNumbers >= DUP_RULES.looseRewriteMinNumbers &&
    shared >= fewerNumbers &&
    containment >= DUP_RULES.looseRewriteMinContainment &&
    fewerNames >= DUP_RULES.looseRewriteMinNames &&
    nameShare() >= DUP_RULES.looseRewriteNameShare
  );
}

/**
 * Whether B repeats A (or A repeats B): most of the shorter text recurs in the longer one, and
 * the numbers and names that make a story its own agree. Two stories of one template ("Giá vàng
 * hôm nay 5/8" and "… 6/8", "Xã A tổ chức đại hội" and "Xã B …") share their boilerplate but each
 * has a title number or name the other lacks.
 */
export function comparePacked(a: PackedLayout, b: PackedLayout): DupComparison {
  const jaccard = jaccardOf(a, b);
  const containment = containmentOf(a, b, jaccard);
  // Whole sentences that recur, weighed by their length against the shorter text.
  const sharedSyllables = sharedSentenceSyllables(a, b);
  const sentenceShare = Math.min(1, sharedSyllables / Math.max(1, Math.min(a.length, b.length)));
  const fewerNumbers = Math.min(a.numberCount, b.numberCount);
  const numberShare = fewerNumbers >= DUP_RULES.numbersFrom ? sharedNumbers(a, b) / fewerNumbers : null;
  const result = (duplicate: boolean, reason: string): DupComparison => ({
    duplicate,
    jaccard,
    containment,
    sentenceShare,
    numberShare,
    reason,
  });
  const overlap = Math.max(containment, sentenceShare);
  const numbersAgree = numberShare === null || numberShare >= DUP_RULES.minNumberShare;
  // A rewrite keeps the figures, not the wording: every number and date recurs, the names do too.
  // Its shared wording may be a whole sentence (a quote of the post, the official's words) more than shingles.
  const rewrite = fewerNumbers > 0 && isRewrite(a, b, overlap, fewerNumbers, sharedNumbers(a, b));
  const enough =
    overlap >= DUP_RULES.minContainment ||
    (overlap >= DUP_RULES.minSharedContainment && sharedSyllables >= DUP_RULES.minSharedSyllables && numbersAgree) ||
    rewrite;
  if (!enough) return result(false, 'ít nội dung chung / little shared text');
  if (absentTitleNumber(a, b) && absentTitleNumber(b, a))
    return result(false, 'mỗi tiêu đề có con số (ngày, giá) bài kia không có / different title numbers');
  const sameFigures = numberShare === null || numberShare >= DUP_RULES.sameFiguresShare;
  if (titlesDisagreeOnNumbers(a, b) && !sameFigures)
    return result(false, 'hai tiêu đề khác số, thân bài khác số / titles and figures differ: same template');
  const manyFigures = fewerNumbers >= DUP_RULES.retitledManyFigures && overlap >= DUP_RULES.retitledManyFiguresFrom;
  const retitled = (overlap >= DUP_RULES.retitledFrom || manyFigures) && sameFigures;
  if (!retitled && absentTitleName(a, b) && absentTitleName(b, a))
    return result(false, 'mỗi tiêu đề có tên riêng bài kia không có / different title names');
  if (numberShare !== null && numberShare < DUP_RULES.minNumberShare)
    return result(false, 'các con số khác nhau (cùng khuôn mẫu) / different numbers: same template');
  if (overlap < DUP_RULES.minSharedContainment)
    return result(true, 'cùng sự việc, cùng số liệu, viết lại / a rewrite: same facts and figures');
  return result(true, 'cùng một bài (đăng lại, đổi tiêu đề hoặc cắt gọn) / the same story');
}

/** `comparePacked` of two signatures (packs them: the index itself compares packed words). */
export function compareSignatures(a: DupSignature, b: DupSignature): DupComparison {
  return comparePacked(new PackedLayout().locate(packSignature(a)), new PackedLayout().locate(packSignature(b)));
}
