/**
 * Field labels of a task ("Cơ quan chủ trì:", "Thời gian thực hiện:" …), found by their text —
 * never by their letter — anywhere on a line, several per line.
 */

/** The task field a label fills; `content` is the "Nội dung" label, `unknown` a short "x) Word:". */
export type LabelField = 'lead' | 'coordinators' | 'implementers' | 'guides' | 'timeframe' | 'content' | 'unknown';

/** Label texts per field, longest first so "Thời gian thực hiện" wins over "Thời gian". */
const LABELS: Array<[LabelField, string[]]> = [
  [
    'guides',
    [
      'Cơ quan chỉ đạo, hướng dẫn',
      'Cơ quan chỉ đạo',
      'Cơ quan hướng dẫn',
      'Đơn vị chỉ đạo, hướng dẫn',
      'Chỉ đạo, hướng dẫn',
    ],
  ],
  [
    'lead',
    [
      'Cơ quan chủ trì thực hiện',
      'Cơ quan chủ trì',
      'Đơn vị chủ trì',
      'Cơ quan, đơn vị chủ trì',
      'Chủ trì thực hiện',
      'Chủ trì',
    ],
  ],
  [
    'coordinators',
    [
      'Cơ quan phối hợp thực hiện',
      'Cơ quan phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan, đơn vị phối hợp',
      'Phối hợp thực hiện',
      'Phối hợp',
    ],
  ],
  ['implementers', ['Cơ quan thực hiện', 'Đơn vị thực hiện', 'Cơ quan, đơn vị thực hiện', 'Đơn vị triển khai']],
  [
    'timeframe',
    [
      'Thời gian thực hiện',
      'Thời gian hoàn thành',
      'Thời hạn hoàn thành',
      'Thời hạn thực hiện',
      'Thời gian triển khai',
      'Tiến độ thực hiện',
      'Thời gian',
      'Thời hạn',
      'Tiến độ',
    ],
  ],
  ['content', ['Nội dung thực hiện', 'Nội dung nhiệm vụ', 'Nội dung']],
];

const ALL = LABELS.flatMap(([field, texts]) => texts.map((t) => ({ field, text: t }))).sort(
  (a, b) => b.text.length - a.text.length,
);

const esc = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/,/g, '\\s*,');
const LABEL_RE = new RegExp(
  `(?<marker>(?:^|(?<=[\\s.;,:)]))[a-zđ]\\s*\\)\\s*|(?:^|(?<=\\s))[-+•*–]\\s*)?(?<![\\p{L}\\d])(?<label>${ALL.map((l) => esc(l.text)).join('|')})\\s*:`,
  'giu',
);
/** "a) Sản phẩm:" — a lettered short phrase ending in a colon that is no known label. */
const UNKNOWN_RE = /^(?<marker>[a-zđ]\s*\)\s*)(?<label>[\p{Lu}][\p{L}]*(?:\s[\p{L}]+){0,4})\s*:/u;

/** One label occurrence in a logical line. */
export interface LabelHit {
  field: LabelField;
  label: string;
  /** The letter of an "x)" marker before the label, if any. */
  letter: string | null;
  /** Offset where the label (with its marker) starts, and where its value starts. */
  start: number;
  valueStart: number;
}

const byKey = new Map(ALL.map((l) => [l.text.toLowerCase().replace(/\s+/g, ' ').replace(/\s*,/g, ','), l.field]));

function fieldOf(label: string): LabelField {
  return byKey.get(label.toLowerCase().replace(/\s+/g, ' ').replace(/\s*,/g, ',')) ?? 'unknown';
}

/**
 * Every label on a line. A label counts only at the line start, after a letter marker or bullet,
 * or after punctuation — so prose such as "là cơ quan chủ trì, tham mưu" is never a label.
 */
export function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    const marker = m.groups?.marker ?? '';
    const label = m.groups?.label ?? '';
    const start = m.index;
    const before = text.slice(0, start).trimEnd();
    const ok = marker !== '' || before === '' || /[.;:,)]$/u.test(before);
    if (!ok) continue;
    // "Phối hợp:" and "Chủ trì:" alone are labels only at a start, after a marker, or after ; / .
    if (
      /^(phối hợp|chủ trì|thời gian|thời hạn|tiến độ|nội dung)$/iu.test(label.replace(/\s+/g, ' ')) &&
      marker === '' &&
      before !== '' &&
      !/[.;]$/u.test(before)
    )
      continue;
    const letterMatch = /^([a-zđ])\s*\)/u.exec(marker.trim());
    hits.push({
      field: fieldOf(label),
      label: label.replace(/\s+/g, ' '),
      letter: letterMatch?.[1] ?? null,
      start,
      valueStart: m.index + m[0].length,
    });
  }
  if (hits.length === 0) {
    const u = UNKNOWN_RE.exec(text);
    if (u && !/^(trong đó|ví dụ|gồm|bao gồm|cụ thể)$/iu.test(u.groups?.label ?? '')) {
      hits.push({
        field: 'unknown',
        label: u.groups?.label ?? '',
        letter: /^([a-zđ])/u.exec(u.groups?.marker ?? '')?.[1] ?? null,
        start: 0,
        valueStart: u[0].length,
      });
    }
  }
  return hits;
}

/** A leading "a) " / "a. " marker of a content line, with its letter. */
export function leadingLetter(text: string): { letter: string; rest: string } | null {
  const m = /^([a-zđ])\s*\)\s*(.*)$/su.exec(text);
  return m ? { letter: m[1] ?? '', rest: m[2] ?? '' } : null;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Whether letter `next` may follow `prev` in a task's a), b), c) … sequence ("đ" optional). */
export function letterFollows(prev: string | null, next: string): boolean {
  if (prev === null) return next === 'a';
  const i = LETTERS.indexOf(prev);
  if (i < 0) return true;
  if (next === LETTERS[i + 1]) return true;
  return prev === 'd' && next === 'e';
}

/** The letter expected after `prev`. */
export function expectedLetter(prev: string | null): string {
  if (prev === null) return 'a';
  return LETTERS[LETTERS.indexOf(prev) + 1] ?? '?';
}
