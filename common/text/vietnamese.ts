/**
 * Vietnamese text rules shared by server and web: NFC storage, tone-placement-independent
 * comparison keys, diacritic-free search folding and Vietnamese collation.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_CODES: Record<string, string> = {
  '\u0300': 'f',
  '\u0301': 's',
  '\u0303': 'x',
  '\u0309': 'r',
  '\u0323': 'j',
};

/** Returns the text in Unicode NFC with runs of whitespace folded to one space and trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Removes every diacritic (and maps đ→d) and lower-cases: "Ngoại vụ" → "ngoai vu". For search. */
export function foldDiacritics(text: string, options: { keepCase?: boolean } = {}): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return (options.keepCase ? folded : folded.toLowerCase()).replace(/\s+/gu, ' ').trim();
}

/**
 * A comparison key in which tone placement does not matter: "hoà" and "hòa", "Uỷ" and "Ủy",
 * NFD and NFC all give the same key. The tone of each syllable moves to the syllable's end.
 */
export function toneKey(text: string): string {
  const decomposed = text.normalize('NFD').toLowerCase();
  return decomposed
    .split(/\s+/u)
    .filter(Boolean)
    .map((syllable) => {
      let tone = '';
      const bare = syllable.replace(TONE_MARKS, (mark) => {
        tone = TONE_CODES[mark] ?? '';
        return '';
      });
      return bare.normalize('NFC') + tone;
    })
    .join(' ');
}

/** Common abbreviations in agency names, expanded before comparing names. Keys are folded words. */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'ủy ban nhân dân'],
  [/\bhđnd\b/g, 'hội đồng nhân dân'],
  [/\bub\b/g, 'ủy ban'],
  [/\bmttq\b/g, 'mặt trận tổ quốc'],
  [/\bct\s*-\s*xh\b/g, 'chính trị - xã hội'],
  [/\bvp\b/g, 'văn phòng'],
  [/\bcq\b/g, 'cơ quan'],
  [/\bpct\b/g, 'phó chủ tịch'],
  [/\btt&tt\b/g, 'thông tin và truyền thông'],
  [/\btttt\b/g, 'thông tin và truyền thông'],
  [/\bvhttdl\b/g, 'văn hóa, thể thao và du lịch'],
  [/\bvh,\s*tt\s*&\s*dl\b/g, 'văn hóa, thể thao và du lịch'],
  [/\bkh&đt\b/g, 'kế hoạch và đầu tư'],
  [/\bkhđt\b/g, 'kế hoạch và đầu tư'],
  [/\bkh&cn\b/g, 'khoa học và công nghệ'],
  [/\bkhcn\b/g, 'khoa học và công nghệ'],
  [/\bpt-th\b/g, 'phát thanh và truyền hình'],
  [/\bptth\b/g, 'phát thanh và truyền hình'],
  [/\bttđt\b/g, 'thông tin điện tử'],
  [/\bbchqs\b/g, 'bộ chỉ huy quân sự'],
  [/\bttxvn\b/g, 'thông tấn xã việt nam'],
  [/\bvn\b/g, 'việt nam'],
];

/** Spells out the common abbreviations of agency names: "UBND xã" → "ủy ban nhân dân xã", "Sở VHTTDL" → "sở văn hóa, …". */
export function expandAbbreviations(text: string): string {
  let lowered = normalizeText(text).toLowerCase();
  for (const [pattern, expansion] of ABBREVIATIONS) lowered = lowered.replace(pattern, expansion);
  return lowered;
}

/**
 * The key under which agency and group names are compared: NFC, case-, spacing-, punctuation-
 * and tone-placement-insensitive, with common abbreviations ("UBND", "Sở TT&TT") expanded.
 */
export function nameKey(text: string): string {
  const cleaned = expandAbbreviations(text)
    .replace(/[.;:()"“”'’]/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/,\s*$/, '');
  return toneKey(cleaned);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a, ă, â, b, c, d, đ …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Character trigrams of the folded text, used for ranked suggestions of unknown names. */
export function trigrams(text: string): Set<string> {
  const padded = `  ${foldDiacritics(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Trigram similarity between two texts in [0, 1] (as PostgreSQL's pg_trgm computes it). */
export function similarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  const union = ga.size + gb.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * A diacritic- and punctuation-blind search: every word of the query must start a word of the
 * text, so "van hoa the thao" finds "Sở Văn hóa, Thể thao và Du lịch" and "quan" does not find "quần".
 */
export function wordMatcher(query: string): (text: string) => boolean {
  const words = foldDiacritics(query)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  return (text) => {
    if (words.length === 0) return true;
    const tokens = foldDiacritics(text).split(/[^\p{L}\p{N}&]+/u);
    return words.every((w) => tokens.some((t) => t.startsWith(w)));
  };
}
