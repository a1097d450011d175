/**
 * The document block: type word and title, number, issue date, issuer and province from the
 * header (or, when the text has none, from the closing "TM. ỦY BAN NHÂN DÂN" and the body).
 */
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { fold, type PhysLine } from './lines.js';
import { isoDate } from './timeframe.js';

/** Type words and their symbols (NĐ 30/2020 Phụ lục III). */
const TYPES: Array<[string, string]> = [
  ['KẾ HOẠCH', 'KH'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['BÁO CÁO', 'BC'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['CHỈ THỊ', 'CT'],
  ['THÔNG BÁO', 'TB'],
  ['HƯỚNG DẪN', 'HD'],
  ['ĐỀ ÁN', 'ĐA'],
  ['PHƯƠNG ÁN', 'PA'],
  ['TỜ TRÌNH', 'TTr'],
  ['CÔNG VĂN', 'CV'],
];

/** Where the title is and what it says. */
export interface TitleInfo {
  kind: string | null;
  title: string | null;
  /** Index (in physical lines) of the type-word line and of the first line after the title block. */
  typeLine: number;
  endLine: number;
}

function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
const isUpper = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
};
/** Title-cases a place or a name printed in capitals: "HÀ GIANG" → "Hà Giang". */
export function titleCase(s: string): string {
  return fold(s)
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'));
}

/** Finds the type-word line ("KẾ HOẠCH") among the first lines and reads the title block under it. */
export function findTitle(lines: PhysLine[]): TitleInfo {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    for (const cell of (lines[i]?.text ?? '').split('\t')) {
      const spaced = cell.replace(/^([\p{Lu}](?: [\p{Lu}])+)$/u, (m) => m.replace(/ /g, ''));
      for (const [word, symbol] of TYPES) {
        const re = new RegExp(`^${word.replace(/ /g, '\\s*')}(?![\\p{L}])\\s*[:.-]?\\s*(.*)$`, 'u');
        const m = re.exec(spaced) ?? (new RegExp(`^${word}$`, 'iu').test(spaced) ? ['', ''] : null);
        if (!m) continue;
        const parts: string[] = [];
        if ((m[1] ?? '') !== '') parts.push(m[1] ?? '');
        let j = i + 1;
        const upperBlock = parts.length === 0 ? isUpper(lines[j]?.text ?? '') : isUpper(parts[0] ?? '');
        for (; j < lines.length && parts.length < 5; j++) {
          const t = (lines[j]?.text ?? '').split('\t')[0] ?? '';
          if (t === '' || /^[-_=*.…]{3,}$/u.test(t)) {
            j++;
            break;
          }
          if (/^(?:Căn cứ|\(|Số\s*:|Kính gửi|Phần\s|PHẦN\s|[IVX]+\s*[.)]|\d+\s*[.)])/u.test(t)) break;
          if (/^(?:Thực hiện|Triển khai)(?![\p{L}\p{N}])/u.test(t) && (/\d+[-/]\p{Lu}/u.test(t) || t.length > 160))
            break;
          if (t.length > 200 || (upperBlock && !isUpper(t))) break;
          // A capitalised line under a sentence-case title is the next block (a decision's "CHỦ TỊCH …").
          if (!upperBlock && parts.length > 0 && isUpper(t)) break;
          if (!upperBlock && parts.length > 0 && /[.;]$/u.test(parts[parts.length - 1] ?? '')) break;
          parts.push(t);
        }
        let block = fold(parts.join(' '));
        if (isUpper(block)) block = block.toLocaleLowerCase('vi');
        else if (/^\p{Lu}\p{Ll}/u.test(block)) block = block.charAt(0).toLocaleLowerCase('vi') + block.slice(1);
        const title = fold(`${sentenceCase(word)} ${block}`);
        return { kind: symbol, title, typeLine: i, endLine: j };
      }
    }
  }
  return { kind: null, title: null, typeLine: -1, endLine: 0 };
}

/** The year a plan covers, from its title ("… năm 2025"). */
export function yearFromTitle(title: string | null): number | null {
  if (!title) return null;
  const m = /năm\s+(\d{4})/iu.exec(title) ?? /\b((?:19|20)\d{2})(?![\p{L}\p{N}])/u.exec(title);
  return m ? Number(m[1]) : null;
}

/** Header facts: number, issue date, issuer, province. */
export interface HeaderInfo {
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  province: string | null;
  kindFromNumber: string | null;
}

const PLACE_DATE = /^(?<place>[\p{L} .'-]{2,40}),\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})/u;

/** Reads the header cells above the title (and the place-date line wherever it sits near the top). */
export function readHeader(lines: PhysLine[], typeLine: number): HeaderInfo {
  // Two-column headers read row by row (PDF, OCR) put the national motto beside the issuer: cut it off.
  const cells = lines
    .slice(0, typeLine >= 0 ? typeLine : Math.min(lines.length, 12))
    .flatMap((l) => l.text.split('\t'))
    .flatMap((c) => c.split(/\s+(?=CỘNG\s+H[OÒ][AÀÀ]\s|Độc lập\s*-|[\p{L} ]{2,30},\s*ngày\s+\d)/u))
    .map(fold)
    .reduce<string[]>((acc, c) => {
      // A place-date line broken after the day ("Quảng Trị, ngày 29" / "tháng 01 năm 2021") is one line.
      const prev = acc[acc.length - 1];
      if (prev !== undefined && /ngày\s+\d{1,2}$/u.test(prev) && /^tháng\s+\d/u.test(c))
        acc[acc.length - 1] = `${prev} ${c}`;
      else acc.push(c);
      return acc;
    }, []);
  const out: HeaderInfo = { number: null, issuedOn: null, issuer: null, province: null, kindFromNumber: null };
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    const num = /^Số\s*:?\s*([^\s]*\d[^\s]*\/[^\s]+)/u.exec(c);
    if (num && !out.number) {
      out.number = (num[1] ?? '').replace(/[.,;]+$/u, '');
      const sym = /\/([\p{L}]+)/u.exec(out.number);
      out.kindFromNumber = sym?.[1] ?? null;
    }
    const pd = PLACE_DATE.exec(c);
    if (pd && !out.issuedOn) out.issuedOn = isoDate(Number(pd.groups?.y), Number(pd.groups?.m), Number(pd.groups?.d));
    const f = foldDiacritics(c);
    if (!out.issuer) {
      const whole = /^(?:(?:ỦY|UỶ|Ủy|Uỷ)\s+BAN\s+NHÂN\s+DÂN|UBND)\s+(TỈNH|THÀNH\s+PHỐ|TP\.?)\s*(.+)$/iu.exec(c);
      if (whole) {
        const place = titleCase(whole[2] ?? '');
        out.province = place;
        out.issuer = `Ủy ban nhân dân ${/^t[iỉ]nh$/iu.test(whole[1] ?? '') ? 'tỉnh' : 'thành phố'} ${place}`;
      } else if (/^uy ban nhan dan$/.test(f)) {
        const next = cells.slice(i + 1, i + 4).find((x) => /^(?:tinh|thanh pho)\s+\S/.test(foldDiacritics(x)));
        if (next) {
          const isCity = foldDiacritics(next).startsWith('thanh pho');
          const place = titleCase(next.replace(/^\S+(?:\s+PHỐ)?\s+/iu, ''));
          out.province = place;
          out.issuer = `Ủy ban nhân dân ${isCity ? 'thành phố' : 'tỉnh'} ${place}`;
        }
      }
    }
  }
  if (!out.issuedOn) {
    for (const l of lines.slice(0, Math.min(lines.length, Math.max(typeLine, 0) + 12))) {
      for (const c of l.text.split('\t')) {
        const pd = PLACE_DATE.exec(fold(c));
        if (pd) {
          out.issuedOn = isoDate(Number(pd.groups?.y), Number(pd.groups?.m), Number(pd.groups?.d));
          break;
        }
      }
      if (out.issuedOn) break;
    }
  }
  return out;
}

const PROVINCE_RE = /(?<![\p{L}\p{N}])tỉnh\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:(?:\s+|\s*-\s*)\p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;

/** The province named most often as "tỉnh X" in a text (first one on ties). */
export function provinceFromText(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(PROVINCE_RE)) {
    const name = fold(m[1] ?? '');
    if (/^(?:Ủy|Uỷ|Đoàn|Ủy ban)$/u.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts)
    if (v > n) {
      best = k;
      n = v;
    }
  return best;
}

/** Restores a province's capitals in a title that was printed in capitals and lower-cased. */
export function restoreProvince(title: string | null, province: string | null): string | null {
  if (!title || !province) return title;
  const idx = title.toLocaleLowerCase('vi').indexOf(province.toLocaleLowerCase('vi'));
  return idx < 0 ? title : title.slice(0, idx) + province + title.slice(idx + province.length);
}

/** Number, date and issuer printed only in an annex heading ("Ban hành kèm theo Quyết định số …"). */
export function annexNote(
  lines: PhysLine[],
): { number: string; issuedOn: string | null; issuer: string | null } | null {
  const text = fold(lines.map((l) => l.text.replace(/\t/g, ' ')).join(' '));
  const m =
    /kèm theo\s+(?:Quyết định|Nghị quyết|Công văn|Văn bản|Chỉ thị|Kế hoạch)\s+(?:số\s*:?\s*)?(\d[^\s,;()]*\/[^\s,;()]+)([^)]*)/iu.exec(
      text,
    );
  if (!m) return null;
  const rest = m[2] ?? '';
  const date = /ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/u.exec(
    rest,
  );
  const issuedOn = date ? isoDate(Number(date[3] ?? date[5]), Number(date[2] ?? date[4]), Number(date[1])) : null;
  const by = /của\s+(.+?)\s*$/u.exec(rest)?.[1] ?? null;
  const issuer = by ? fold(by.replace(/^UBND(?=\s)/u, 'Ủy ban nhân dân')) : null;
  return { number: (m[1] ?? '').replace(/[.,;]+$/u, ''), issuedOn, issuer };
}
