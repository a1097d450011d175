/**
 * Splitting a label's value into agencies. Punctuation alone is wrong ("Sở Văn hóa, Thể thao và Du
 * lịch" is one agency), so a separator splits only when what follows starts a new agency by the
 * grammar of Vietnamese agency names (a capitalised kind word: Sở, Ban, Ủy ban nhân dân …), starts
 * a group ("các …"), or when a lexicon name (built-in or the caller's registry) says so.
 */
import { fold } from './lines.js';

/** Offset-preserving fold: each NFC character maps to exactly one lowercase bare character. */
const FOLD_CACHE = new Map<string, string>();
export function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = FOLD_CACHE.get(ch);
    if (f === undefined) {
      const base = ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .toLowerCase();
      f = ch.length === 1 && base.length === 1 ? base : ch.length === 1 ? (base[0] ?? ' ') : ch;
      if (FOLD_CACHE.size < 5000) FOLD_CACHE.set(ch, f);
    }
    out += f;
  }
  return out;
}
const LEXICON_CACHE = new Map<string, string>();
const foldedName = (name: string): string => {
  let k = LEXICON_CACHE.get(name);
  if (k === undefined) {
    k = foldChars(fold(name));
    if (LEXICON_CACHE.size < 20000) LEXICON_CACHE.set(name, k);
  }
  return k;
};

/** Kind words that begin an agency name; single words need a capitalised or listed next word. */
const MULTI_HEADS = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận',
  'Ủy ban MTTQ',
  'Bộ Chỉ huy',
  'Bộ đội Biên phòng',
  'Bộ Tư lệnh',
  'Công an',
  'Văn phòng',
  'Trung tâm',
  'Tạp chí',
  'Thông tấn xã',
  'Liên hiệp',
  'Liên đoàn',
  'Mặt trận',
  'Thường trực',
  'Thanh tra',
  'Kho bạc',
  'Ngân hàng',
  'Hải quan',
  'Chi cục',
  'Tỉnh đoàn',
  'Tỉnh Đoàn',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Thành ủy',
  'Huyện ủy',
  'Đảng ủy',
  'Học viện',
  'Đại học',
  'Nhà xuất bản',
  'Công ty',
  'Tổng công ty',
  'Cơ quan thường trú',
  'Bảo tàng',
  'Thư viện',
  'Tòa án',
  'Viện kiểm sát',
  'Viện Kiểm sát',
  'Quân chủng',
  'Cổng Thông tin',
  'Cổng thông tin',
  'Ban Quản lý',
  'Ban quản lý',
  'Ban Chỉ đạo',
  'Hiệp hội',
  'Câu lạc bộ',
  'Chi nhánh',
  'Bưu điện',
  'Đài Phát thanh',
  'Báo và',
  'Hội đồng',
  'Lãnh đạo',
  'Chủ tịch',
  'Các PCT',
  'Ủy ban',
  'Uỷ ban',
];
const SINGLE_HEADS = [
  'Sở',
  'Ban',
  'Bộ',
  'Báo',
  'Đài',
  'Cổng',
  'Hội',
  'Đoàn',
  'Cục',
  'Viện',
  'Trường',
  'Phòng',
  'Tổ',
  'Ủy',
  'Uỷ',
];
const ABBREV_HEADS = [
  'UBND',
  'HĐND',
  'UBMTTQ',
  'MTTQ',
  'UB',
  'BCH',
  'BCHQS',
  'BĐBP',
  'BQL',
  'VP',
  'CA',
  'TTXVN',
  'LĐLĐ',
  'CQ',
  'Sở',
];
/** Lowercase nouns that begin a group ("đơn vị có liên quan") after a named agency. */
const GROUP_NOUNS = /^(?:các|những|toàn thể|cơ quan|đơn vị|địa phương|doanh nghiệp|tổ chức|lực lượng)(?![\p{L}\p{N}])/u;
/** Verb phrases that end a group phrase inside a sentence-like value. */
const CUTTERS =
  /\s+(?:chủ động|căn cứ|trên cơ sở|theo (?:chức năng|nhiệm vụ|lĩnh vực|thẩm quyền|quy định)|tổ chức (?:thực hiện|triển khai)|triển khai|thực hiện|xây dựng|tham mưu|chịu trách nhiệm|có trách nhiệm|được giao|phối hợp|đảm bảo|bảo đảm|tăng cường)(?![\p{L}\p{N}]).*$/u;

/** Group phrases and names whose inner commas / "và" must never split (compared by tone key). */
const BUILTIN_LEXICON = [
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Báo và Phát thanh, Truyền hình',
  'Đài Phát thanh và Truyền hình',
  'Ủy ban nhân dân huyện, thành phố',
  'Ủy ban nhân dân các huyện, thành phố',
  'Ủy ban nhân dân các xã, phường',
  'Ủy ban nhân dân xã, phường',
  'UBND các huyện, thành phố',
  'UBND huyện, thành phố',
  'UBND các xã, phường',
  'các sở, ban, ngành, đoàn thể tỉnh',
  'các sở, ban, ngành, đoàn thể',
  'các sở, ban, ngành',
  'các cơ quan, đơn vị, địa phương',
  'Ban Tuyên giáo và Dân vận',
  'Sở Lao động - Thương binh và Xã hội',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân',
  'Sở Văn hóa và Thể thao',
  'Sở Văn hóa, Thể thao',
];

const ABBREV_RE = new RegExp(`^(?:${ABBREV_HEADS.join('|')})(?![\\p{L}])`, 'u');
const SINGLE_RE = new RegExp(`^(?:${SINGLE_HEADS.join('|')})\\s+[\\p{Lu}\\d]`, 'u');

/** Whether a text starts with an agency's kind word (Sở …, Ban …, Ủy ban nhân dân …, UBND …, Các …). */
export function startsHead(rest: string): boolean {
  for (const h of MULTI_HEADS)
    if (rest.startsWith(h) && !/^[\p{L}]/u.test(rest.slice(h.length, h.length + 1))) return true;
  return ABBREV_RE.test(rest) || SINGLE_RE.test(rest) || /^Các\s/u.test(rest);
}

interface Span {
  start: number;
  end: number;
}

function lexiconSpans(text: string, lexicon: string[]): Span[] {
  const spans: Span[] = [];
  const key = foldChars(text);
  for (const name of lexicon) {
    const k = foldedName(name);
    if (k.length < 6) continue;
    let from = 0;
    for (let i = key.indexOf(k, from); i >= 0; i = key.indexOf(k, from)) {
      const endOk = i + k.length === key.length || !/[\p{L}\d]/u.test(key[i + k.length] ?? '');
      const startOk = i === 0 || !/[\p{L}\d]/u.test(key[i - 1] ?? '');
      if (startOk && endOk) spans.push({ start: i, end: i + k.length });
      from = i + 1;
    }
  }
  return spans;
}

/** Cleans one element: bullets, numbering, a leading "và", trailing punctuation; spaces folded. */
export function cleanAgency(text: string): string {
  let s = fold(text);
  s = s.replace(/^(?:[-+•*–—●▪◦·]+|\(\d+\)|\d+[.)]|[a-zđ]\))\s*/u, '');
  s = s.replace(/^và\s+/u, '');
  s = s.replace(/[\s.;,:]+$/u, '');
  return s.trim();
}

/** Splits a list of agencies into elements; `lexicon` names (registry aliases) are kept whole. */
export function splitAgencies(value: string, lexicon: readonly string[] = []): string[] {
  const text = fold(value).replace(/[\s.;,:]+$/u, '');
  if (text === '') return [];
  const protectedSpans = lexiconSpans(text, [...BUILTIN_LEXICON, ...lexicon]);
  const inProtected = (i: number): boolean => protectedSpans.some((s) => i > s.start && i < s.end);
  const startsProtected = (i: number): boolean => protectedSpans.some((s) => s.start === i);
  // Candidate cut points: ";" always, "," and " và " when the following words start an agency.
  const pieces: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || inProtected(i)) continue;
    let sepLen = 0;
    if (ch === ';' || (ch === ',' && text[i + 1] === ' ')) sepLen = 1;
    // A colon between two names is a misread or mistyped semicolon; a comma without its space
    // ("Sở Nội vụ,Công an tỉnh") still separates when a name follows.
    else if ((ch === ':' || ch === ',') && startsHead(text.slice(i + 1).trimStart())) sepLen = 1;
    else if (ch === ' ' && text.startsWith(' và ', i)) sepLen = 4;
    else if (ch === ' ' && /^ [-+•] /u.test(text.slice(i, i + 3)) && i > 0 && /[;,.]$/u.test(text.slice(0, i)))
      sepLen = 2;
    if (sepLen === 0) continue;
    const restStart = i + sepLen + (text[i + sepLen] === ' ' ? 1 : 0);
    const rest = text.slice(restStart);
    const left = text.slice(last, i).trim();
    let cut = ch === ';' || ch === ':' || startsProtected(restStart) || startsHead(rest) || /^các\s/u.test(rest);
    if (!cut && sepLen === 4) cut = /^(?:cơ quan|đơn vị|địa phương)(?![\p{L}\p{N}]).*liên quan/u.test(rest);
    else if (!cut && GROUP_NOUNS.test(rest)) cut = startsHead(cleanAgency(left)) && !/^các\s/iu.test(cleanAgency(left));
    if (sepLen === 2) cut = true;
    if (cut) {
      pieces.push(text.slice(last, i));
      last = restStart;
      i = restStart - 1;
    }
  }
  pieces.push(text.slice(last));
  const out: string[] = [];
  for (const raw of pieces) {
    let p = cleanAgency(raw);
    if (p === '') continue;
    if (/^(?:các|những)\s/iu.test(p) || !startsHead(p)) p = p.replace(CUTTERS, '');
    if (!startsHead(p) && !/^(?:các|những|toàn thể)\s/iu.test(p) && !GROUP_NOUNS.test(p) && !startsProtected(0)) {
      // A sentence fragment ("Trên cơ sở chức năng, nhiệm vụ"): not an agency.
      if (!/^[\p{Lu}]/u.test(p) || /^(?:Trên|Theo|Căn|Tùy|Tuỳ|Trong|Khi|Nếu|Đối với)(?![\p{L}\p{N}])/u.test(p))
        continue;
    }
    p = cleanAgency(p);
    if (p !== '') out.push(p);
  }
  return out;
}
