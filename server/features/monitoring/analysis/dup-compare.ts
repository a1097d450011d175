import { type DupSignature, hasValue, SLOTS, sharedCount, sharedWeight } from './dup-signature.js';

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

function absentTitleNumber(a: DupSignature, b: DupSignature): boolean {
  for (const n of a.titleNumbers) if (!hasValue(b.numbers, n)) return true;
  return false;
}

/** Each title carries a number the other title lacks ("… 2 vụ, 1 người chết" against "… 3 vụ, 2 người"). */
function titlesDisagreeOnNumbers(a: DupSignature, b: DupSignature): boolean {
  if (a.titleNumbers.length === 0 || b.titleNumbers.length === 0) return false;
  const shared = sharedCount(a.titleNumbers, b.titleNumbers);
  return shared < a.titleNumbers.length && shared < b.titleNumbers.length;
}

function absentTitleName(a: DupSignature, b: DupSignature): boolean {
  // A proper name of A's title of which no capitalised pair occurs anywhere in B.
  for (const name of a.titleNames) {
    let found = false;
    for (const pair of name)
      if (hasValue(b.names, pair)) {
        found = true;
        break;
      }
    if (!found) return true;
  }
  return false;
}

/**
 * Whether B repeats A (or A repeats B): most of the shorter text recurs in the longer one, and
 * the numbers and names that make a story its own agree. Two stories of one template ("Giá vàng
 * hôm nay 5/8" and "… 6/8", "Xã A tổ chức đại hội" and "Xã B …") share their boilerplate but each
 * has a title number or name the other lacks.
 */
export function compareSignatures(a: DupSignature, b: DupSignature): DupComparison {
  let equal = 0;
  for (let i = 0; i < SLOTS; i++) if (a.minhash[i] === b.minhash[i]) equal++;
  const jaccard = equal / SLOTS;
  const smaller = Math.max(1, Math.min(a.shingles, b.shingles));
  const containment = Math.min(1, (jaccard * (a.shingles + b.shingles)) / ((1 + jaccard) * smaller));
  // Whole sentences that recur, weighed by their length against the shorter text.
  const sharedSyllables = sharedWeight(a.sentences, a.sentenceLengths, b.sentences);
  const sentenceShare = Math.min(1, sharedSyllables / Math.max(1, Math.min(a.length, b.length)));
  const fewerNumbers = Math.min(a.numbers.length, b.numbers.length);
  const numberShare = fewerNumbers >= DUP_RULES.numbersFrom ? sharedCount(a.numbers, b.numbers) / fewerNumbers : null;
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
  const fewerNames = Math.min(a.names.length, b.names.length);
  const namesAgree = fewerNames < 2 || sharedCount(a.names, b.names) / fewerNames >= DUP_RULES.rewriteNameShare;
  // A rewrite keeps the figures, not the wording: every number and date recurs, the names do too.
  const rewrite =
    fewerNumbers >= DUP_RULES.rewriteMinNumbers &&
    sharedCount(a.numbers, b.numbers) / fewerNumbers >= DUP_RULES.rewriteNumberShare &&
    containment >= DUP_RULES.rewriteMinContainment &&
    namesAgree;
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
  const retitled = overlap >= DUP_RULES.retitledFrom && sameFigures;
  if (!retitled && absentTitleName(a, b) && absentTitleName(b, a))
    return result(false, 'mỗi tiêu đề có tên riêng bài kia không có / different title names');
  if (numberShare !== null && numberShare < DUP_RULES.minNumberShare)
    return result(false, 'các con số khác nhau (cùng khuôn mẫu) / different numbers: same template');
  if (overlap < DUP_RULES.minSharedContainment)
    return result(true, 'cùng sự việc, cùng số liệu, viết lại / a rewrite: same facts and figures');
  return result(true, 'cùng một bài (đăng lại, đổi tiêu đề hoặc cắt gọn) / the same story');
}
