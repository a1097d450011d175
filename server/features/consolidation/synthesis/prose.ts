/**
 * Vietnamese prose rules of the consolidated report, written by hand because they are ours by
 * nature: repairing the typos agencies and the plan carry, cutting text into clauses, telling a
 * quantity ("12 doanh nghiệp") from an identifier ("57-KL/TW", "năm 2025", "19/8"), and taking
 * unchecked quantities out of a clause so that every figure the report prints comes from the data.
 */

import { foldDiacritics, normalizeText } from '../../../../common/text/vietnamese.js';

/**
 * Misspellings seen in plans and agency reports, with their repair. Kept as data: a coordinator who
 * meets a new one adds a line. Patterns are case-sensitive and match whole words.
 */
export const KNOWN_TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/biện pháp điều Chính phủ hợp/gu, 'biện pháp phù hợp'],
  [/điều Chính phủ hợp/gu, 'phù hợp'],
  [/công cụộc/gu, 'công cuộc'],
  [/Kinh nghiệp quốc tế/gu, 'Kinh nghiệm quốc tế'],
  [/kinh nghiệp/gu, 'kinh nghiệm'],
  [/CHXNCN/gu, 'CHXHCN'],
  [/“\s*Vietnam hạnh phúc\s*-\s*Happy Việt Nam/gu, '“Việt Nam hạnh phúc - Happy Vietnam'],
  [/Vietnam hạnh phúc - Happy Việt Nam/gu, 'Việt Nam hạnh phúc - Happy Vietnam'],
  [/(\d+)-\s+(KL|NQ|KH|CT)\/(TW|TU)/gu, '$1-$2/$3'],
  // A report spells out what a plan abbreviates.
  [/(?<![\p{L}])TTĐN(?![\p{L}])/gu, 'thông tin đối ngoại'],
];

/** NFC, one space between words, no space inside quotes and brackets or before punctuation, typos repaired. */
export function cleanProse(text: string): string {
  let out = normalizeText(text);
  for (const [pattern, repair] of KNOWN_TYPOS) out = out.replace(pattern, repair);
  return out
    .replace(/([“(])\s+/gu, '$1')
    .replace(/\s+([”)])/gu, '$1')
    .replace(/\s+([,;:.!?])/gu, '$1')
    .replace(/(\p{Ll})(\d{4})\b/gu, '$1 $2') // "năm2025"
    .replace(/([,;])(?=\p{L})/gu, '$1 ')
    .replace(/\.{2,}(?!\.)/gu, '…')
    .replace(/…\./gu, '…')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** Text without trailing punctuation or spaces. */
export function stripEnd(text: string): string {
  return text.replace(/[\s.;,:…]+$/u, '').trim();
}

/** Cuts a line into clauses at ";", line breaks and full stops that end a sentence (memoised: lines are read many times). */
export function splitClauses(text: string): string[] {
  const hit = CLAUSES.get(text);
  if (hit) return hit;
  if (CLAUSES.size > 50_000) CLAUSES.clear();
  const out = splitClausesFresh(text);
  CLAUSES.set(text, out);
  return out;
}
const CLAUSES = new Map<string, string[]>();

function splitClausesFresh(text: string): string[] {
  return cleanProse(text.replace(/\r?\n+/g, '; '))
    .split(/;\s+|\.\s+(?=[\p{Lu}\d“(])/u)
    .map((c) => stripEnd(c.replace(/^[-+•]\s*/u, '')))
    .filter((c) => c.length > 0);
}

/** Clauses that open with a noun continue a verb before them; they cannot start a sentence or follow "N cơ quan đã". */
export const NOUN_START = /^(các|những|nội dung|kết quả|số|tổng số|tin, bài|trong đó|đạt|qua đó)\s/u;

/** Words that say an agency had nothing to report on a task. */
const EMPTY_LINE =
  /^(khong (phat sinh|co|thuc hien)|chua (phat sinh|co (hoat dong|ket qua|noi dung))|phoi hop (thuc hien )?khi co (yeu cau|de nghi)|thuc hien theo (chuc nang|yeu cau)|da thuc hien|dang thuc hien|thuong xuyen|nhu ky truoc)\b/;

/** Does a line say something (not empty, not "không phát sinh", not "phối hợp khi có yêu cầu")? */
export function isSubstantive(text: string): boolean {
  const folded = foldDiacritics(stripEnd(text));
  if (folded.length < 12) return false;
  return !EMPTY_LINE.test(folded) || folded.length > 90;
}

/**
 * Lower-cases the first letter when the first word is an ordinary word ("Tổ chức" → "tổ chức"),
 * keeps it for a proper name ("Báo Tuyên Quang", "UBND huyện", "Sở Y tế").
 */
export function lowerFirst(text: string): string {
  const words = text.split(' ');
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  if (/^\p{Lu}/u.test(second)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A number in the text that counts something, with the words that follow it. */
export type Quantity = {
  value: number;
  /** Where the number starts and where the quantity ends (number plus its unit words). */
  start: number;
  end: number;
  /** Up to three lower-case words after the number: "cuộc họp báo", "lượt phóng viên". */
  unit: string;
};

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/gu;
const ORDINAL_BEFORE =
  /(lần thứ|thứ|số|khóa|khoá|kỳ|đợt|quý|điều|khoản|điểm|mục|phần|giai đoạn|tháng|ngày|năm|lớp)\s*$/iu;
/** Words that measure rather than count: a clause whose only figure is one of these cannot be rephrased. */
const MEASURE_WORDS =
  /^(lượt|bản|cuốn|tờ|triệu|tỷ|nghìn|ngàn|đồng|%|giờ|phút|ngày|tháng|km|ha|người|học viên|đại biểu)/u;

/** Parses "3.000" or "2,5" as Vietnamese writes them. */
export function parseNumberVi(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** The quantities of a clause: numbers that count, not dates, years, ordinals or document symbols. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const end = start + raw.length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    // Dates (19/8, 01/3/2025), document symbols (57-KL/TW, 47/NQ-CP), codes (2.3.1) and ranges of years.
    if (/^[/\-–.]\s?\d/u.test(after) || /^[/-]\p{Lu}/u.test(after) || /(\d[/.-]|\/)$/u.test(before)) continue;
    if (/^\s+năm\b/u.test(after)) continue; // "50 năm Ngày giải phóng": an anniversary, not a count
    if (/^\.\d{1,2}\b/u.test(after)) continue;
    if (ORDINAL_BEFORE.test(before)) continue;
    const value = parseNumberVi(raw);
    // A four-digit year standing alone ("Happy Vietnam 2025", "(1945 - 2025)").
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !/^\s\p{Ll}/u.test(after)) continue;
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && /\p{Lu}\p{Ll}*\s$/u.test(before)) continue;
    if (/^[\p{L}]/u.test(after)) continue; // part of a word or code ("K15", "5G")
    const unitMatch = /^\s*(%|\p{Ll}+(?:\s+\p{Ll}+){0,2})/u.exec(after);
    const unit = unitMatch ? unitMatch[1]!.trim() : '';
    out.push({ value, start, end: end + (unitMatch ? unitMatch[0].length : 0), unit });
  }
  return out;
}

/**
 * The clause with its unchecked quantities taken out, or null when that would leave it unreadable
 * or when a quantity is an indicator figure the agency entered differently.
 * A kept quantity is one `isVerified` accepts (it equals the agency's own indicator figure).
 * "hướng dẫn 9 đoàn (21 lượt) phóng viên" → "hướng dẫn các đoàn phóng viên"; a zero ("phát hiện 0
 * sản phẩm") or a measure ("3.000 bản", "15%") that is not verified makes the clause unusable.
 */
export function withoutUncheckedFigures(
  clause: string,
  isVerified: (q: Quantity) => boolean,
  isContradicted: (q: Quantity) => boolean = () => false,
): string | null {
  // "01 (một) lãnh đạo" → "01 lãnh đạo": the spelled-out number is a legal style, not content.
  let text = clause.replace(/(\d)\s*\((?:\p{Ll}+\s?){1,3}\)/gu, '$1');
  // Parenthesised quantities go first, brackets and all: "(21 lượt)", "(trong đó 3 tiếng Anh)".
  text = text.replace(/\s*\(([^()]*)\)/gu, (whole, inner: string) =>
    findQuantities(inner).some((q) => !isVerified(q)) ? '' : whole,
  );
  const quantities = findQuantities(text).filter((q) => !isVerified(q));
  for (const q of quantities.reverse()) {
    // A figure that contradicts the agency's indicators would still say "các vụ" against the table's "1 vụ".
    if (q.value === 0 || MEASURE_WORDS.test(q.unit) || isContradicted(q)) return null;
    const head = text
      .slice(0, q.start)
      .replace(/\s*(hơn|gần|khoảng|trên|dưới|tổng số|tổng cộng|gồm)\s*$/u, ' ')
      .trimEnd();
    const tail = text.slice(q.start + (findNumberLength(text.slice(q.start)) ?? 0)).trimStart();
    const plural = q.value >= 2 && !/(các|những)$/u.test(head) ? 'các ' : '';
    text = `${head ? `${head} ` : ''}${plural}${tail}`;
  }
  text = text
    .replace(/\s{2,}/gu, ' ')
    .replace(/\s+([,;:.])/gu, '$1')
    .trim();
  return text.length >= 20 ? text : null;
}

function findNumberLength(text: string): number | null {
  const m = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/u.exec(text);
  return m ? m[0].length : null;
}

/** Words ignored when comparing phrases: function words and the usual report fillers. */
const STOP_WORDS = new Set(
  'va cac cua cho tai trong voi ve da duoc theo nhung mot so nhu tren den tu de la co khi nay do cung thuc hien trien khai ky bao cao'.split(
    ' ',
  ),
);

/** The content words of a text, folded, numbers and the given names' words left out. */
export function contentWords(text: string, ignore: readonly string[] = []): Set<string> {
  // Names go as whole phrases: "Hội Cựu chiến binh" must not take "hội" out of "hội viên".
  const bare = ignore.reduce((t, name) => t.split(name).join(' '), text);
  return new Set(
    foldDiacritics(bare)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !/^\d/.test(w) && !STOP_WORDS.has(w)),
  );
}

/** Jaccard similarity of two word sets. */
export function wordSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** "1.250" — Vietnamese digit grouping, comma decimals (one formatter for every figure). */
export function formatNumberVi(n: number): string {
  return NUMBER_VI.format(n);
}
const NUMBER_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "01/3/2025": day on two digits, month on two only for January and February, as the plan writes dates. */
export function formatDateShort(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m < 3 ? String(m).padStart(2, '0') : m}/${y}`;
}

/** "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/**
 * A plan heading short enough for a report: cut at the first ";", ":" or sentence end when that
 * leaves at most 140 characters, else before the earliest purpose clause ("để", "nhằm") or second
 * verb phrase, never mid-word. Up to 140 characters stay whole.
 */
export function shortTitle(title: string): string {
  const clean = stripEnd(cleanProse(title));
  if (clean.length <= 140) return clean;
  const firstAt = (re: RegExp) =>
    [...clean.matchAll(new RegExp(re.source, 'gu'))].map((m) => m.index ?? 0).find((at) => at >= 40);
  const structural = [/;\s/u, /:\s/u, /\.\s/u].map(firstAt).filter((at): at is number => at !== undefined);
  const first = Math.min(...structural);
  if (Number.isFinite(first) && first <= 140) return stripEnd(clean.slice(0, first));
  const grammatical = [/\s(để|nhằm|hoặc)\s/u, /\s(triển khai thực hiện|thực hiện)\s/u, /\s(về|theo)\s/u]
    .map(firstAt)
    .filter((at): at is number => at !== undefined);
  const cut = Math.min(...grammatical);
  if (Number.isFinite(cut)) return stripEnd(clean.slice(0, cut));
  return `${stripEnd(clean.slice(0, clean.lastIndexOf(' ', 140)))}…`;
}
