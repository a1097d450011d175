/**
 * Vietnamese syllable tokens for matching and fingerprinting: one pass over NFC text that yields
 * each syllable (or number) with its offset, a tone-placement-normalised key, a diacritic-free
 * key and the shape flags that Vietnamese proper names depend on (capitals, sentence starts).
 * Written by hand because Vietnamese is written one syllable per space-separated unit: a general
 * word segmenter is neither needed for this nor fast enough for ingest.
 */

/** What a written form of a syllable always is, wherever it occurs (computed once per form). */
type Shape = {
  text: string;
  key: string;
  folded: string;
  cap: boolean;
  upper: boolean;
  num: boolean;
  marked: boolean;
  hash: number;
  foldedHash: number;
};

/**
 * One syllable or number of a text. `key` is lower-case NFC with old-style tone placement. A small
 * object pointing at its shared shape: a long article has a thousand of them, so they stay light.
 */
export class Syllable {
  constructor(
    private readonly shape: Shape,
    /** Offset (UTF-16 code units) in the NFC text. */
    readonly start: number,
    readonly end: number,
    /** First syllable of a sentence, a heading or a quotation. */
    readonly sentenceStart: boolean,
    /** The characters between the previous syllable and this one, without spaces ("", ",", "(", "–"…). */
    readonly punctBefore: string,
  ) {}

  /** The syllable as written (NFC). */
  get text(): string {
    return this.shape.text;
  }
  /** Lower-case, tone placement normalised ("hoà"/"hòa" → "hòa", "thuỷ" → "thủy"). */
  get key(): string {
    return this.shape.key;
  }
  /** `key` without diacritics, đ → d ("hòa" → "hoa"). */
  get folded(): string {
    return this.shape.folded;
  }
  /** First letter upper-case. */
  get cap(): boolean {
    return this.shape.cap;
  }
  /** Every letter upper-case (a heading in capitals, an acronym). */
  get upper(): boolean {
    return this.shape.upper;
  }
  /** A number, a date or a price ("15.000", "12/3", "2,5"). */
  get num(): boolean {
    return this.shape.num;
  }
  /** Carries at least one Vietnamese diacritic (or đ). */
  get marked(): boolean {
    return this.shape.marked;
  }
  /** hash32 of `key` (numbers: of their normalised form), for shingles and feature ids. */
  get hash(): number {
    return this.shape.hash;
  }
  /** hash32 of `folded` (phrase tries look syllables up by hash). */
  get foldedHash(): number {
    return this.shape.foldedHash;
  }
}

// A syllable: letters or digits (with an inner apostrophe: H'Mông), then a number's inner separators
// (15.000, 12/3/2025). Scanned by hand: a Unicode regex costs three times as much on long texts.
const OTHER_LETTER = /[\p{L}\p{N}]/u;
const OTHER_ALPHA = /\p{L}/u;
const OTHER_DIGIT = /\p{N}/u;

function isDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return 1;
  if (c < 0x80 || Number.isNaN(c)) return 0;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return OTHER_DIGIT.test(ch) ? ch.length : 0;
}

function isAlphaAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
  if (c < 0x80 || Number.isNaN(c)) return 0;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 1;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return OTHER_ALPHA.test(ch) ? ch.length : 0;
}

function isWordAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
  if (c < 0x80 || Number.isNaN(c)) return 0;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 1;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return OTHER_LETTER.test(ch) ? ch.length : 0;
}

/** The end of the token starting at `start` (which must be a letter or digit). */
function tokenEnd(text: string, start: number): number {
  let i = start;
  for (let n = isWordAt(text, i); n > 0; n = isWordAt(text, i)) i += n;
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || !isAlphaAt(text, i + 1)) break;
    i++;
    for (let n = isAlphaAt(text, i); n > 0; n = isAlphaAt(text, i)) i += n;
  }
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 46 && c !== 44 && c !== 47 && c !== 58 && c !== 45) || !isDigitAt(text, i + 1)) break;
    i++;
    for (let n = isDigitAt(text, i); n > 0; n = isDigitAt(text, i)) i += n;
  }
  return i;
}

// The class of every UTF-16 code unit, worked out on first sight by the functions above, so that
// the tokenizer reads one byte per character: 0 not yet seen, WORD a letter or digit, OTHER
// anything else, SURROGATE half of a pair (decided by its code point with the functions above).
const WORD = 1;
const OTHER = 2;
const SURROGATE = 3;
const charClass = new Uint8Array(0x10000);
// Characters after which a token may go on: an inner apostrophe (H'Mông), a number's separators.
const CONTINUES = new Uint8Array(0x201a);
for (const c of [39, 0x2019, 46, 44, 47, 58, 45]) CONTINUES[c] = 1;
for (let c = 0; c < 0x80; c++) charClass[c] = isWordAt(String.fromCharCode(c), 0) > 0 ? WORD : OTHER;
for (let c = 0xd800; c <= 0xdfff; c++) charClass[c] = SURROGATE;

function classOf(c: number): number {
  const k = charClass[c]!;
  if (k !== 0) return k;
  const computed = isWordAt(String.fromCharCode(c), 0) > 0 ? WORD : OTHER;
  charClass[c] = computed;
  return computed;
}

/** A CJK ideograph (Chinese characters of the basic and extension A blocks, and compatibility ones). */
function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

// Abbreviations whose full stop does not end a sentence ("TP. Tuyên Quang", "ThS. Lê Văn A").
const ABBREVIATIONS = new Set('tp|tx|tt|q|p|ths|ts|pgs|gs|bs|ks|ls|mr|mrs|ms|dr|st'.split('|'));

// Old-style placement (tone on the first vowel of a final oa/oe/uy) is what the Vietnamese press
// writes; new-style spellings are mapped onto it so that both match.
const TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

const FOLD_FROM = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FOLD_TO = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
const FOLD = new Map<string, string>();
for (let i = 0; i < FOLD_FROM.length; i++) FOLD.set(FOLD_FROM[i]!, FOLD_TO[i]!);

/** Lower-cases a syllable and moves a final oa/oe/uy tone to the first vowel (not after "q"). */
export function syllableKey(syllable: string): string {
  const lower = syllable.toLowerCase();
  const n = lower.length;
  if (n < 2) return lower;
  const tail = lower.slice(n - 2);
  const mapped = TONE_PLACEMENT[tail];
  if (!mapped || (n >= 3 && lower[n - 3] === 'q')) return lower;
  return lower.slice(0, n - 2) + mapped;
}

/** Removes Vietnamese diacritics from a lower-case syllable ("đồng" → "dong"). */
export function foldSyllable(key: string): string {
  let out = '';
  let changed = false;
  for (const ch of key) {
    const f = ch.charCodeAt(0) < 128 ? undefined : FOLD.get(ch);
    if (f !== undefined) {
      out += f;
      changed = true;
    } else out += ch;
  }
  return changed ? out : key;
}

function abbreviationStop(previous: Syllable[], punctuation: string): boolean {
  const last = previous[previous.length - 1];
  return last !== undefined && punctuation === '.' && ABBREVIATIONS.has(last.key);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// Vietnamese has a few thousand distinct syllables, so each written form is worked out once and
// found again by a hash of its characters, without cutting a new string out of the text. A slot
// keeps the length, the hash and the first characters of its form side by side in one typed array,
// so that a hit on a short form reads one cache line and no string.
const CACHE_BITS = 16;
const SLOT = 8;
const SLOT_CHARS = SLOT - 3;
const cacheSlots = new Uint16Array(SLOT << CACHE_BITS);
const cacheShapes: Array<Shape | undefined> = new Array(1 << CACHE_BITS);

function makeShape(raw: string): Shape {
  const first = raw[0]!;
  const num = first >= '0' && first <= '9';
  const key = num ? raw.replace(/(^|[/:-])0+(?=\d)/g, '$1') : syllableKey(raw);
  const folded = num ? key : foldSyllable(key);
  return {
    text: raw,
    key,
    folded,
    cap: !num && isUpper(first),
    upper: !num && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
    num,
    marked: folded !== key,
    hash: hash32(key),
    foldedHash: hash32(folded),
  };
}

/** FNV-1a of text[start, end), the key of the shape cache. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The shape of text[start, end), whose characters hash to `h` (hashRange). */
function shapeAt(text: string, start: number, end: number, h: number): Shape {
  const length = end - start;
  const slot = Math.imul(h, 0x9e3779b1) >>> (32 - CACHE_BITS);
  const at = slot * SLOT;
  if (cacheSlots[at] === length && cacheSlots[at + 1] === (h & 0xffff) && cacheSlots[at + 2] === h >>> 16) {
    let same = true;
    const inline = length < SLOT_CHARS ? length : SLOT_CHARS;
    for (let i = 0; i < inline && same; i++) same = cacheSlots[at + 3 + i] === text.charCodeAt(start + i);
    const cached = cacheShapes[slot]!;
    // A longer form is checked on to its end against the cached text.
    for (let i = inline; i < length && same; i++) same = cached.text.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return cached;
  }
  const shape = makeShape(text.slice(start, end));
  // A form longer than a slot's length field can hold is never found again (and never wrongly).
  cacheSlots[at] = length < 0x10000 ? length : 0;
  cacheSlots[at + 1] = h & 0xffff;
  cacheSlots[at + 2] = h >>> 16;
  for (let i = 0; i < length && i < SLOT_CHARS; i++) cacheSlots[at + 3 + i] = text.charCodeAt(start + i);
  cacheShapes[slot] = shape;
  return shape;
}

/**
 * Splits NFC text into syllables and numbers. The caller normalises to NFC once (ingest stores
 * NFC); offsets refer to the string given. Numbers are keyed without leading zeros ("05/08" → "5/8").
 */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = [];
  const n = text.length;
  let previousEnd = 0;
  let start = 0;
  while (start < n) {
    const c = text.charCodeAt(start);
    let k = charClass[c]!;
    if (k === 0) k = classOf(c);
    if (k !== WORD && (k === OTHER || isWordAt(text, start) === 0)) {
      start++;
      continue;
    }
    // Letters and digits are hashed as they are read; an inner apostrophe, a number's separator or
    // a character outside the BMP next sends the token through the exact scan (tokenEnd).
    let end = start;
    let h = 0x811c9dc5;
    // Chinese writes no spaces: each ideograph is a token of its own (宣光省 is 宣 光 省), so names
    // match as phrases of characters.
    const ideograph = isIdeograph(c);
    if (ideograph) h = Math.imul(h ^ text.charCodeAt(end++), 0x01000193);
    else
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        const kd = charClass[d]!;
        if (kd !== WORD && (kd !== 0 || classOf(d) !== WORD)) break;
        if (d >= 0x3400 && isIdeograph(d)) break;
        h = Math.imul(h ^ d, 0x01000193);
      }
    if (end < n && !ideograph) {
      const d = text.charCodeAt(end);
      // Only an apostrophe before a letter or a separator before a digit goes on (see tokenEnd).
      const goesOn =
        d < CONTINUES.length && CONTINUES[d] === 1
          ? d === 39 || d === 0x2019
            ? isAlphaAt(text, end + 1) > 0
            : isDigitAt(text, end + 1) > 0
          : charClass[d] === SURROGATE;
      if (goesOn) {
        end = tokenEnd(text, start);
        h = hashRange(text, start, end);
      }
    }
    const shape = shapeAt(text, start, end, h);
    let punctBefore = '';
    let sentenceStart = out.length === 0;
    // Most syllables are separated by exactly one space: nothing to look at then.
    if (start > previousEnd && !(start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32)) {
      let breaks = false;
      for (let i = previousEnd; i < start; i++) {
        const b = text.charCodeAt(i);
        if (b === 32 || b === 9 || b === 13 || b === 0xa0) continue;
        if (
          b === 10 ||
          b === 46 ||
          b === 33 ||
          b === 63 ||
          b === 0x2026 ||
          b === 58 ||
          b === 59 ||
          b === 34 ||
          b === 0x201c ||
          b === 0x201d
        )
          breaks = true;
        if (b !== 10) punctBefore += text[i];
      }
      if (!sentenceStart && breaks) sentenceStart = !abbreviationStop(out, punctBefore);
    }
    out.push(new Syllable(shape, start, end, sentenceStart, punctBefore));
    previousEnd = end;
    start = end;
  }
  return out;
}

/** FNV-1a 32-bit hash of a string: stable across runs and machines, for fingerprints. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a sequence of 32-bit hashes into one (order-sensitive), for syllable shingles. */
export function combineHashes(hashes: ArrayLike<number>, from: number, count: number): number {
  let h = 0x9e3779b9;
  for (let i = from; i < from + count; i++) {
    h = Math.imul(h ^ (hashes[i] ?? 0), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes of every run of `k` consecutive syllable keys (fewer than `k` keys give one shingle). */
export function shingleHashes(keyHashes: ArrayLike<number>, k: number): Uint32Array {
  const n = keyHashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n <= k) return Uint32Array.of(combineHashes(keyHashes, 0, n));
  const out = new Uint32Array(n - k + 1);
  for (let i = 0; i + k <= n; i++) out[i] = combineHashes(keyHashes, i, k);
  return out;
}

/** Share of letter syllables that carry diacritics: near 0 for English or unaccented posts. */
export function markedShare(tokens: readonly Syllable[]): number {
  let letters = 0;
  let marked = 0;
  for (const t of tokens) {
    if (t.num) continue;
    letters++;
    if (t.marked) marked++;
  }
  return letters === 0 ? 0 : marked / letters;
}
