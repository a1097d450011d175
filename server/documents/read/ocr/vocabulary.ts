/**
 * The document's own vocabulary offered to the recogniser's output: agency names (the registry's
 * and the usual ones), legal-document words, labels and headings. Tesseract's commonest error in
 * Vietnamese is a wrong or missing tone mark; a run of words that equals a known phrase once
 * diacritics are folded, and has the same capitals, is rewritten with the phrase's marks.
 */
import { foldDiacritics, toneKey } from '../../../../common/text/vietnamese.js';
import type { LayoutLine, PlacedWord } from './layout.js';

/** A phrase of the vocabulary: its words as printed and folded (no diacritics, lower case, no trailing comma). */
interface Phrase {
  words: string[];
  folded: string[];
}

/** Phrases indexed by each of their folded words, with the word's place in the phrase. */
export interface Vocabulary {
  byWord: Map<string, Array<{ phrase: Phrase; offset: number }>>;
}

/** Words and phrases of Vietnamese plans, printed the way documents print them. */
export const DOCUMENT_WORDS: readonly string[] = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH',
  'QUYẾT ĐỊNH',
  'PHỤ LỤC',
  'MỤC ĐÍCH, YÊU CẦU',
  'MỤC ĐÍCH',
  'YÊU CẦU',
  'NHIỆM VỤ',
  'NỘI DUNG',
  'TỔ CHỨC THỰC HIỆN',
  'KINH PHÍ THỰC HIỆN',
  'KINH PHÍ',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Nơi nhận',
  'Căn cứ',
  'Thực hiện',
  'Theo đề nghị',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Cơ quan thực hiện',
  'Cơ quan chỉ đạo, hướng dẫn',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Đơn vị thực hiện',
  'Thời gian thực hiện',
  'Thời gian hoàn thành',
  'Thời hạn hoàn thành',
  'Nội dung',
  'Thường xuyên',
  'Hằng năm',
  'Hàng năm',
  'Hằng quý',
  'Trong năm',
  'Kết luận',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Chương trình',
  'Văn bản',
  'Công văn',
  'Hướng dẫn',
  'Thông báo',
  'thông tin đối ngoại',
  'Thông tin đối ngoại',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Ban Thường vụ Tỉnh ủy',
  'Thường trực Tỉnh ủy',
  'Bộ Thông tin và Truyền thông',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Ngoại giao',
  'Bộ Công an',
  'Bộ Quốc phòng',
  'Sở Thông tin và Truyền thông',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Ngoại vụ',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Kế hoạch và Đầu tư',
  'Sở Giáo dục và Đào tạo',
  'Sở Du lịch',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Ban Dân tộc tỉnh',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng UBND tỉnh',
  'Ủy ban nhân dân tỉnh',
  'Ủy ban nhân dân huyện, thành phố',
  'Ủy ban nhân dân các xã, phường',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Báo và Phát thanh, Truyền hình',
  'Cổng Thông tin điện tử tỉnh',
  'Cổng Thông tin điện tử',
  'Tổ chức',
  'tổ chức',
  'Triển khai',
  'triển khai',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Trung tâm Xúc tiến đầu tư',
  'các sở, ban, ngành',
  'các sở, ban, ngành, đoàn thể tỉnh',
  'các cơ quan có liên quan',
  'các cơ quan, đơn vị, địa phương',
  'các cơ quan báo chí',
  'Liên hiệp các tổ chức hữu nghị tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'báo cáo',
  'Lưu: VT',
];

/** Agency and type codes of document symbols ("72/2015/NĐ-CP", "3837/BTTTT-TTĐN"). */
const SYMBOL_CODES = new Set([
  'UBND',
  'HĐND',
  'BTTTT',
  'TTĐN',
  'BVHTTDL',
  'VHTTDL',
  'SVHTTDL',
  'STTTT',
  'NĐ',
  'CP',
  'TTg',
  'TT',
  'QĐ',
  'KH',
  'TU',
  'TW',
  'KL',
  'NQ',
  'CT',
  'CTr',
  'BNG',
  'BCA',
  'BQP',
  'TB',
  'HD',
  'BC',
  'VP',
  'BTGTW',
  'BTG',
  'TTr',
  'UBDT',
  'CTPH',
  'BTGDVTW',
  'BCĐ',
  'SNV',
  'SNgV',
  'BTTTT-TTĐN',
]);

/** A symbol segment with one letter doubled by the recogniser ("BTTTTT") is put back when that names a known code. */
function repairSymbol(word: string): string {
  if (!/^\d{1,5}(?:\/\d{4})?[-/]/u.test(word)) return word;
  return word.replace(/(?<=[-/])[\p{Lu}\p{Ll}]{2,}(?=[-/]|$)/gu, (seg) => {
    if (SYMBOL_CODES.has(seg)) return seg;
    for (let i = 1; i < seg.length; i++) {
      if (seg[i] !== seg[i - 1]) continue;
      const fixed = seg.slice(0, i) + seg.slice(i + 1);
      if (SYMBOL_CODES.has(fixed)) return fixed;
    }
    return seg;
  });
}

const EDGE = /^([("“'«[]*)(.*?)([)"”'».,;:!?\]]*)$/su;

const foldWord = (w: string): string =>
  foldDiacritics(w)
    .toLowerCase()
    .replace(/[,;:.]+$/u, '');
const split = (phrase: string): string[] => phrase.split(/\s+/u).filter(Boolean);

/** Builds the vocabulary from the built-in words and the registry's names. */
export function buildVocabulary(names: readonly string[] = []): Vocabulary {
  const byWord: Vocabulary['byWord'] = new Map();
  const seen = new Set<string>();
  for (const text of [...DOCUMENT_WORDS, ...names]) {
    const words = split(text.normalize('NFC'));
    if (words.length < 2 || seen.has(words.join(' '))) continue;
    seen.add(words.join(' '));
    const phrase = { words, folded: words.map(foldWord) };
    phrase.folded.forEach((f, offset) => {
      const list = byWord.get(f) ?? [];
      list.push({ phrase, offset });
      byWord.set(f, list);
    });
  }
  return { byWord };
}

const isUpper = (s: string): boolean => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
const capitalOf = (s: string): boolean => /^\p{Lu}/u.test(s);

/** "Quý IH/2026": a quarter's Roman numeral with its I's read as l, 1, | or H (two I's). */
function repairQuarter(previous: string, word: string): string {
  if (foldWord(previous) !== 'quy') return word;
  return word.replace(/^[IlH1|]{1,3}(?=\/\d{4}$|$)/u, (n) => {
    // H is two I's run together, or one I with a speck; quarters go up to III (IV is printed as read).
    const wide = n.replace(/H/gu, 'II').replace(/[l1|]/gu, 'I');
    const narrow = n.replace(/[Hl1|]/gu, 'I');
    return wide.length <= 3 ? wide : narrow;
  });
}

/**
 * Rewrites runs of a line's words that match a known phrase but for diacritics. A phrase wrapped
 * over lines (a table cell, a signature) is matched piece by piece: a run that ends its cell may
 * be the phrase's start, one that opens its cell its middle or end, when at least two words and
 * six letters long.
 */
export function correctLine(line: LayoutLine, vocabulary: Vocabulary): LayoutLine {
  const words = line.words;
  if (words.length === 0) return line;
  const parts = words.map((w) => {
    const m = EDGE.exec(line.text.slice(w.start, w.end)) as RegExpExecArray;
    return { lead: m[1] ?? '', core: m[2] ?? '', trail: m[3] ?? '' };
  });
  const cores = parts.map((p, k) => repairQuarter(parts[k - 1]?.core ?? '', repairSymbol(p.core)));
  // A seal's or a signature's stroke glued before the authority ("—TM.ỦY BAN"): no document prints it.
  if (cores[0]) cores[0] = cores[0].replace(/^[—–-]+(?=(?:TM|KT|TL|TUQ)\.)/u, '');
  let changed = cores.some((c, k) => c !== parts[k]?.core);
  // Cells of a table line: a tab between two words starts a new cell.
  const cell: number[] = [];
  words.forEach((w, k) => {
    const before = k === 0 ? '' : line.text.slice(words[k - 1]?.end ?? 0, w.start);
    cell.push(k === 0 ? 0 : (cell[k - 1] ?? 0) + (before.includes('\t') ? 1 : 0));
  });
  const opensCell = (k: number): boolean => k === 0 || cell[k - 1] !== cell[k];
  const closesCell = (k: number): boolean => k === words.length - 1 || cell[k + 1] !== cell[k];
  for (let i = 0; i < cores.length; i++) {
    const candidates = vocabulary.byWord.get(foldWord(cores[i] ?? ''));
    if (!candidates) continue;
    let best: { phrase: Phrase; offset: number; n: number } | null = null;
    for (const { phrase, offset } of candidates) {
      if (offset > 0 && !opensCell(i)) continue;
      let n = 0;
      while (
        offset + n < phrase.folded.length &&
        i + n < cores.length &&
        cell[i + n] === cell[i] &&
        foldWord(cores[i + n] ?? '') === phrase.folded[offset + n]
      )
        n++;
      const whole = offset === 0 && n === phrase.folded.length;
      if (!whole) {
        if (n < 2 || phrase.folded.slice(offset, offset + n).join('').length < 6) continue;
        if (offset + n < phrase.folded.length && !closesCell(i + n - 1)) continue;
      }
      const window = cores.slice(i, i + n);
      const target = phrase.words.slice(offset, offset + n);
      const upper = window.every(isUpper);
      if (!upper && !window.every((w, k) => capitalOf(w) === capitalOf(target[k] ?? ''))) continue;
      // The longest run wins; between equal runs, the shortest phrase (the least assumed about the next line).
      const shorter = best && n === best.n && phrase.words.length < best.phrase.words.length;
      if (!best || n > best.n || shorter) best = { phrase, offset, n };
    }
    if (!best) continue;
    const window = cores.slice(i, i + best.n);
    const upper = window.every(isUpper);
    const target = best.phrase.words
      .slice(best.offset, best.offset + best.n)
      .map((w) => (upper ? w.toLocaleUpperCase('vi') : w));
    for (let k = 0; k < best.n; k++) {
      const want = (target[k] ?? '').replace(/[,;:.]$/u, '');
      const have = window[k] ?? '';
      // Only tone marks and vowel hats are repaired; the old/new tone placement is kept as printed.
      if (want !== have && toneKey(want) !== toneKey(have)) {
        cores[i + k] = want;
        changed = true;
      }
      // A stop or comma inside a name that has none there ("Ủy ban nhân, dân") is a speck: inside
      // the run, or at its end when only the name's last word is left for the next line.
      const part = parts[i + k];
      // A speck before an all-capitals phrase read as an opening quote ("“TM. ỦY BAN"), doubted.
      if (part && k === 0 && upper && /^[“"'‘`]+$/u.test(part.lead) && (words[i]?.conf ?? 100) < 85) {
        part.lead = '';
        changed = true;
      }
      const inside = k < best.n - 1 || best.offset + best.n === best.phrase.words.length - 1;
      if (part && inside && /^[,.;]+$/u.test(part.trail) && !/[,.;:]$/u.test(target[k] ?? '')) {
        part.trail = '';
        changed = true;
      }
    }
    i += best.n - 1;
  }
  if (!changed) return line;
  let text = '';
  const placed: PlacedWord[] = [];
  let cursor = 0;
  words.forEach((w, k) => {
    text += line.text.slice(cursor, w.start);
    const p = parts[k] as { lead: string; core: string; trail: string };
    const word = p.lead + (cores[k] ?? '') + p.trail;
    placed.push({ start: text.length, end: text.length + word.length, conf: w.conf });
    text += word;
    cursor = w.end;
  });
  text += line.text.slice(cursor);
  return { text, words: placed };
}
