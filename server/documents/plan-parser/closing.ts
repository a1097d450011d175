/**
 * The closing block: "Nơi nhận" recipients and the signature (TM./KT. authority, position, name).
 * Two-column layouts extracted from PDF may interleave both columns on one line, so signature
 * fragments are cut off recipient lines before the recipients are read.
 */
import { fold, type PhysLine } from './lines.js';

/** The signer as the contract prints it. */
export interface Signer {
  name: string | null;
  position: string | null;
  authority: string | null;
}

const AUTHORITY = /(?:^|\s)((?:TM|KT|TL|TUQ|Q)\s*\.\s*[\p{Lu}][\p{Lu}\s,]*[\p{Lu}])\s*$/u;
const UPPER_TAIL = /(?:[;)]|\s)\s*((?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BÍ THƯ)[\p{Lu}\s]*)$/u;
const SIGNED_NOTE = /^[([]?\s*(?:đã ký|ký|ký tên|ký số|chữ ký|đóng dấu|daky|signed)[^)\]]*[)\]]?$/iu;
const NOTE =
  /\s*\((?:để\s+|đề\s+)?(?:b\/[c€e]|bc|báo cáo|t\/h|th|thực hiện|biết|đ\/b|p\/h|phối hợp|chỉ đạo|c\/đ|theo dõi|t\/d|chỉ đạo thực hiện|gửi bản điện tử|để biết|để báo cáo|để thực hiện|để phối hợp|e-?mail|qua mạng|đăng tải|đăng)[^)]*\)\s*/giu;

const KNOWN_POSITIONS = [
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Phó Giám đốc',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Bí thư',
  'Phó Bí thư',
];
/** What a signature's TM./KT. line names, for joining one wrapped over two lines. */
const AUTHORITIES = [
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
  'BAN THƯỜNG VỤ TỈNH ỦY',
  'BAN CHẤP HÀNH',
  'BAN CHỈ ĐẠO',
  'CHỦ TỊCH',
  'GIÁM ĐỐC',
  'TRƯỞNG BAN',
  'CHÁNH VĂN PHÒNG',
];

/** Whether `text` is a strict beginning of one of `phrases` (compared without marks or case). */
function isUnfinished(text: string, phrases: readonly string[]): boolean {
  const t = bare(text);
  return t !== '' && phrases.some((p) => bare(p) !== t && bare(p).startsWith(`${t} `));
}

const bare = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

function positionCase(s: string): string {
  // OCR drops diacritics ("CHU TỊCH"): a known position matched without them is printed properly.
  const known = KNOWN_POSITIONS.find((p) => bare(p) === bare(s));
  if (known) return known;
  const lower = fold(s).toLocaleLowerCase('vi');
  let out = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  out = out.replace(/^Phó (\p{L})/u, (_m, c: string) => `Phó ${c.toLocaleUpperCase('vi')}`);
  out = out.replace(/văn phòng/u, 'Văn phòng');
  return out;
}

const isUpperWords = (t: string): boolean => /^[\p{Lu}][\p{Lu}\s.]+$/u.test(t) && t.split(/\s+/).length >= 2;
const isPersonName = (t: string): boolean => {
  const w = t.split(/\s+/);
  return w.length >= 2 && w.length <= 5 && w.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x));
};

/** Splits a recipient line into the recipient and the signature fragment printed beside it. */
function splitColumns(text: string): { left: string; right: string[] } {
  if (!/^[-+•]/u.test(text)) return { left: text, right: [] };
  const a = AUTHORITY.exec(text) ?? UPPER_TAIL.exec(text);
  if (a && a.index > 0) return { left: text.slice(0, a.index).trim(), right: [fold(a[1] ?? '')] };
  const semi = Math.max(text.lastIndexOf(';'), text.lastIndexOf(')'));
  const tail = semi >= 0 ? fold(text.slice(semi + 1)) : '';
  if (tail !== '' && (isUpperWords(tail) || isPersonName(tail)))
    return { left: text.slice(0, semi + 1).trim(), right: [tail] };
  return { left: text, right: [] };
}

/** Reads recipients and signer from the lines after the body. */
export function readClosing(
  lines: PhysLine[],
  from: number,
): { recipients: string[]; signer: Signer | null; lastLine: number } {
  const recipients: string[] = [];
  const signatureLines: string[] = [];
  let inRecipients = false;
  let sawRecipients = false;
  let sawArchive = false;
  let lastLine = from;
  let endOfClosing = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (/^(?:PHỤ LỤC|Phụ lục)(?:\s|$)/u.test(lines[i]?.text ?? '') && i > from) {
      endOfClosing = i;
      break;
    }
  }
  for (let i = from; i < endOfClosing; i++) {
    const line = lines[i];
    if (!line || line.bareNumber) continue;
    for (const cellRaw of line.text.split('\t')) {
      let cell = fold(cellRaw);
      const nn = /^Nơi\s+nhận\s*:?\s*(.*)$/iu.exec(cell);
      if (nn) {
        inRecipients = true;
        sawRecipients = true;
        cell = nn[1] ?? '';
        if (AUTHORITY.test(cell) || isUpperWords(cell)) {
          signatureLines.push(cell);
          continue;
        }
        if (cell === '') continue;
      }
      // A recipients cell split by a page break resumes after the signature printed beside it.
      if (!inRecipients && sawRecipients && !sawArchive && /^[-+•]\s*\S/u.test(cell)) inRecipients = true;
      if (inRecipients) {
        const { left, right } = splitColumns(cell);
        signatureLines.push(...right);
        cell = left;
        if (/^[-+•]?\s*Lưu\s*:?/u.test(cell)) {
          inRecipients = false;
          sawArchive = true;
          lastLine = i;
          continue;
        }
        if (AUTHORITY.test(cell) && !/^[-+•]/u.test(cell)) {
          inRecipients = false;
          signatureLines.push(cell);
          continue;
        }
        if (/^[-+•]/u.test(cell)) {
          const name = fold(cell.replace(/^[-+•]\s*/u, '').replace(NOTE, ' ')).replace(/[\s;.,]+$/u, '');
          if (name !== '') recipients.push(name);
        } else if (recipients.length > 0 && /^[\p{Ll}(]/u.test(cell)) {
          const merged = fold(`${recipients.pop() ?? ''} ${cell}`).replace(NOTE, ' ');
          recipients.push(fold(merged).replace(/[\s;.,]+$/u, ''));
        } else if (cell !== '') {
          signatureLines.push(cell);
        }
        lastLine = i;
      } else if (cell !== '') {
        signatureLines.push(cell);
      }
    }
  }
  return { recipients, signer: readSigner(signatureLines), lastLine };
}

/** Reads the innermost authority, the position under it and the name from signature lines. */
export function readSigner(signatureLines: string[]): Signer | null {
  let lines = signatureLines;
  let authorityIdx = -1;
  for (let i = 0; i < lines.length; i++)
    if (/^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u.test(lines[i] ?? '')) authorityIdx = i;
  if (authorityIdx < 0) {
    // A head who signs in person prints no TM./KT. line: the title, then the name.
    const at = lines.findIndex((l) => KNOWN_POSITIONS.some((p) => bare(p) === bare(l)) && /^[\p{Lu}\s]+$/u.test(l));
    if (at < 0) return null;
    const rest = readName(lines.slice(at + 1));
    return rest ? { name: rest, position: positionCase(lines[at] ?? ''), authority: null } : null;
  }
  // A phrase wrapped mid-way ("TM. ỦY BAN NHÂN" / "DÂN", "PHÓ CHỦ" / "TỊCH") is joined back while
  // what is read so far is only the start of a known authority or position.
  let i = authorityIdx + 1;
  let authorityText = fold(lines[authorityIdx] ?? '');
  while (i < lines.length && isUnfinished(authorityText.replace(/^(?:TM|KT|TL|TUQ|Q)\s*\.\s*/u, ''), AUTHORITIES)) {
    authorityText = `${authorityText} ${fold(lines[i] ?? '')}`;
    i++;
  }
  const authority = authorityText.replace(/^(TM|KT|TL|TUQ|Q)\s*\.\s*/u, '$1. ');
  let position: string | null = null;
  let name: string | null = null;
  let posLine = fold(lines[i] ?? '');
  while (i + 1 < lines.length && isUnfinished(posLine, KNOWN_POSITIONS)) {
    posLine = `${posLine} ${fold(lines[i + 1] ?? '')}`;
    lines = [...lines.slice(0, i), posLine, ...lines.slice(i + 2)];
  }
  if (/^[\p{Lu}\s]+$/u.test(posLine) && !SIGNED_NOTE.test(posLine) && posLine.split(/\s+/).length <= 6) {
    position = positionCase(posLine);
    i++;
  } else if (/^TM\./u.test(authority)) {
    position = null;
  }
  name = readName(lines.slice(i));
  return { name, position, authority };
}

/** The first line that is a person's name (2–6 capitalised words; printed in capitals or not). */
function readName(lines: string[]): string | null {
  for (const line of lines) {
    const t = fold(line);
    if (t === '' || SIGNED_NOTE.test(t)) continue;
    const words = t.split(' ');
    if (words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}[\p{L}]*$/u.test(w)))
      return t === t.toLocaleUpperCase('vi')
        ? words.map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ')
        : t;
  }
  return null;
}
