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
/**
 * Tone cues that are themselves a negation frame: "không còn cảnh ép giá" (no more overcharging) is
 * praise, and its "không" still negates the shortcoming it names. Any other cue's negator is its own.
 */
export const NEGATION_FRAMES = new Set(['không còn cảnh', 'khong con canh']);

// A negation reaches across a list ("không … chặt chém, ép giá") but not past a contrast.
const CONTRASTS = new Set(['nhưng', 'nhung', 'song', 'tuy', 'mà', 'but', 'though', 'whereas']);
// "trong khi" (whereas) contrasts too: in "không có tên trong danh sách, trong khi người thân của cán bộ
// lại có" the negator is the first clause's. (Plain "khi", "when", goes on with the clause.)
const isContrast = (tokens: Syllable[], i: number) =>
  CONTRASTS.has(tokens[i]!.key) || (tokens[i]!.key === 'khi' && i > 0 && tokens[i - 1]!.key === 'trong');
// Nor past the "thì" that ends a condition: in "không trả thì bị nói lời khó nghe" the negator is the
// condition's ("if you do not pay"), the cue after "thì" is what happens.
const CONDITION_ENDS = new Set(['thì']);
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

// A replacement reaches across a list of short items ("xóa nhà tạm, nhà dột nát") but not into a new
// clause after a comma ("tham ô tiền xóa nhà tạm, nguyên lãnh đạo huyện bị khởi tố").
const LIST_ITEM = 4;

/** Whether a criticism cue is what a replacement or clearance removes (same clause, a few words back). */
function replacedBefore(tokens: Syllable[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 10); i--) {
    const t = tokens[i]!;
    if (tokens[i + 1]!.punctBefore.includes(',') && from - (i + 1) > LIST_ITEM) return false;
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
    if (isContrast(tokens, i) || CONDITION_ENDS.has(t.key)) return false;
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

// A shortcoming conceded before the point is made is not the point ("despite the crowds you read about
// online, the scenery is as jaw-dropping as ever", "mặc dù đông khách, …"): the concession runs only to
// the first punctuation, a few words.
const CONCEDING = new Set(['despite', 'spite']);

/** Whether a criticism cue is what a concession ("despite …", "mặc dù …") grants, in the same phrase. */
function conceded(tokens: Syllable[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 6); i--) {
    const next = tokens[i + 1]!;
    if (next.sentenceStart || next.punctBefore !== '') return false;
    const t = tokens[i]!;
    if (CONCEDING.has(t.key) || (t.key === 'dù' && tokens[i - 1]?.key === 'mặc' && t.punctBefore === '')) return true;
  }
  return false;
}

/**
 * Whether a criticism cue (tokens `from`–`to`) is the past or granted: replaced or cleared before it,
 * repaired after it, or conceded ("despite …").
 */
export function replaced(tokens: Syllable[], from: number, to: number): boolean {
  return replacedBefore(tokens, from) || repairedAfter(tokens, to) || conceded(tokens, from);
}

// A rise is growth only when output, visitors or income rise: a price that rises ("giá cam sành thu mua
// tại vườn … tăng mạnh", "Giá vàng chiều 12/1: nhẫn trơn tăng mạnh") is market news, neutral. "giá trị"
// (value) and "đánh giá" (assessment) are not prices.
const NOT_PRICE_AFTER = new Set(['trị']);
const NOT_PRICE_BEFORE = new Set(['đánh', 'định', 'tỷ', 'trị']);
// Address words after a comma continue the subject ("giá cam tại xã Thái Hòa, tỉnh Tuyên Quang tăng").
const ADDRESS_AFTER_COMMA = new Set(['tỉnh', 'xã', 'phường', 'huyện', 'thôn', 'thị', 'thành']);

/** Whether a praise cue that is a rise ("tăng mạnh") has a price for its subject, in the same clause. */
export function priceRise(tokens: Syllable[], from: number): boolean {
  if (tokens[from]?.key !== 'tăng') return false;
  for (let i = from - 1; i >= Math.max(0, from - 20); i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    // A headline's colon keeps its subject ("Giá cam sành ngày 7/1: tăng mạnh").
    const colon = next.punctBefore.trim() === ':';
    if ((next.sentenceStart && !colon) || next.punctBefore.includes(';')) return false;
    if (next.punctBefore.includes(',') && !ADDRESS_AFTER_COMMA.has(next.key)) return false;
    if (CONTRASTS.has(t.key)) return false;
    if (
      t.key === 'giá' &&
      !(next.punctBefore === '' && NOT_PRICE_AFTER.has(next.key)) &&
      !(t.punctBefore === '' && NOT_PRICE_BEFORE.has(tokens[i - 1]?.key ?? ''))
    )
      return true;
  }
  return false;
}
