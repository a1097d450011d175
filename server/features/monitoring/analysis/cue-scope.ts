/**
 * The scope of a tone cue within its clause: whether a negator before it says the opposite
 * ("không ghi nhận tình trạng chặt chém"), and whether a criticism cue is the past, replaced or
 * repaired. Hand-written: these are rules of Vietnamese press wording, not a library's.
 */
import type { Syllable } from '../../../../common/text/syllables.js';

/**
 * Words that negate the tone cue after them in their clause ("không ghi nhận tình trạng chặt chém");
 * social posts write them unaccented or in teencode ("khong dong, khong chat chem", "ko ai kiểm tra").
 * Advice to avoid something reports no case of it ("tránh mua đất phân lô trái phép").
 */
export const NEGATORS = new Set([
  'không',
  'chưa',
  'chẳng',
  'chả',
  'hết',
  'tránh',
  'khong',
  'ko',
  'no',
  'not',
  'without',
  'never',
]);
// A negation reaches across a list ("không … chặt chém, ép giá") but not past a contrast.
const CONTRASTS = new Set(['nhưng', 'nhung', 'song', 'tuy', 'mà', 'but', 'though', 'whereas']);
// "trong khi" (whereas) contrasts too: in "không có tên trong danh sách, trong khi người thân của cán bộ
// lại có" the negator is the first clause's. (Plain "khi", "when", goes on with the clause.)
const isContrast = (tokens: Syllable[], i: number) =>
  CONTRASTS.has(tokens[i]!.key) || (tokens[i]!.key === 'khi' && i > 0 && tokens[i - 1]!.key === 'trong');
// A negator that opens a compound word negates nothing ("không khí phấn khởi", "mở ra không gian phát
// triển", "hết lòng phục vụ", "hết sức khó khăn"): the pair is the word, not "không" + a verb.
const NEGATOR_COMPOUNDS = new Set([
  'không khí',
  'không gian',
  'không quân',
  'không phận',
  'không trung',
  'không lưu',
  'không ảnh',
  'khong khi',
  'khong gian',
  'hết lòng',
  'hết mình',
  'hết sức',
  // "chưa đầy một năm đã xuống cấp": "chưa đầy" is "less than", not "not yet" (but "chưa đầy đủ" negates).
  'chưa đầy',
  // "đến hết năm 2025 mới giải ngân 71%", "đến hết ngày 7/7": "hết" + a span of time is "the end of".
  'hết năm',
  'hết tháng',
  'hết quý',
  'hết tuần',
  'hết ngày',
  'hết giờ',
  'hết đợt',
  'hết kỳ',
]);
// A compound above that negates after all when a third syllable follows it ("chưa đầy đủ hồ sơ").
const NEGATING_TRIPLES = new Set(['chưa đầy đủ']);

// A shortcoming that is being replaced or cleared is the past, not the news ("khu nội trú mới thay cho
// những dãy nhà tạm dột nát", "thay thế các phòng học đã xuống cấp", "xóa nhà tạm, nhà dột nát"), and so
// is one that is ended ("chấm dứt vụ tranh chấp kéo dài nhiều năm"). A repair done over again ("sơn lại
// hai phòng học đã bong tróc", "lợp lại mái bị dột") removes the fault too.
const REPLACING_PAIRS = new Set(['thay cho', 'thay thế', 'thay vì', 'chấm dứt', 'sơn lại', 'sửa lại', 'lợp lại']);
const REPLACING = new Set(['xóa', 'replacing', 'replace', 'replaces']);

/** Whether a criticism cue is what a replacement or clearance removes (same clause, a few words back). */
function replacedBefore(tokens: Syllable[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 10); i--) {
    const t = tokens[i]!;
    if (isContrast(tokens, i)) return false;
    if (REPLACING.has(t.key)) return true;
    const next = tokens[i + 1]!;
    if (i + 1 < from && next.punctBefore === '' && REPLACING_PAIRS.has(`${t.key} ${next.key}`)) return true;
    if (next.sentenceStart || next.punctBefore.includes(';')) return false;
  }
  return false;
}

// A shortcoming the same clause says has been put right is the past too ("phòng học xuống cấp ở các điểm
// trường đã được sửa chữa trong dịp hè"): "đã/vừa/đều được" and a repair, not "cần được", "chưa được sửa".
const REPAIRED_BEFORE = new Set(['đã', 'vừa', 'đều']);
const REPAIRS = new Set([
  'sửa chữa',
  'khắc phục',
  'cải tạo',
  'tu sửa',
  'thay thế',
  'nâng cấp',
  'gia cố',
  'xây mới',
  'làm mới',
]);

/** Whether a criticism cue is followed in its clause by its repair ("… đã được sửa chữa"). */
function repairedAfter(tokens: Syllable[], to: number): boolean {
  for (let j = to; j < Math.min(tokens.length - 1, to + 12); j++) {
    const t = tokens[j]!;
    if (j > to && (t.sentenceStart || t.punctBefore.includes(';'))) return false;
    if (isContrast(tokens, j)) return false;
    if (t.key !== 'được' || j === 0 || !REPAIRED_BEFORE.has(tokens[j - 1]!.key)) continue;
    const a = tokens[j + 1]!;
    const b = tokens[j + 2];
    if (a.punctBefore === '' && b && b.punctBefore === '' && REPAIRS.has(`${a.key} ${b.key}`)) return true;
  }
  return false;
}

/** Whether a tone cue at `from` is negated by a negator a few words back in its clause (not its own). */
export function negated(tokens: Syllable[], from: number, ownFrom: number, ownTo: number): boolean {
  // "chưa để xảy ra vụ cháy rừng hay chặt phá rừng": the scope runs through a short list.
  for (let i = from - 1; i >= Math.max(0, from - 10); i--) {
    // A negator ends its own sentence: "… có thay đổi hay không. Khảo sát cho thấy …" negates nothing.
    if (tokens[i + 1]!.sentenceStart || tokens[i + 1]!.punctBefore.includes(';')) return false;
    const t = tokens[i]!;
    if (isContrast(tokens, i)) return false;
    // A negator inside an earlier cue is that cue's own ("chưa qua xử lý, vượt quy chuẩn", "no licence
    // and no insurance"): it says nothing about the cues after it.
    if (NEGATORS.has(t.key)) {
      const next = tokens[i + 1]!;
      const pair = `${t.key} ${next.key}`;
      // "đến hết 2025": "hết" before a date is "the end of" too.
      if (t.key === 'hết' && next.num && next.punctBefore === '') continue;
      if (
        next.punctBefore === '' &&
        NEGATOR_COMPOUNDS.has(pair) &&
        !NEGATING_TRIPLES.has(`${pair} ${tokens[i + 2]?.key ?? ''}`)
      )
        continue;
      return !(i >= ownFrom && i < ownTo && from >= ownTo);
    }
  }
  return false;
}

/** Whether a criticism cue (tokens `from`–`to`) is the past: replaced or cleared before it, repaired after it. */
export function replaced(tokens: Syllable[], from: number, to: number): boolean {
  return replacedBefore(tokens, from) || repairedAfter(tokens, to);
}
