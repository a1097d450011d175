/**
 * Measures of a rendered report, read back from the DOCX the way a reviewer reads it: the body's
 * paragraphs and the appendix tables' cells, the figures of the body that no table cell explains,
 * the share of the body copied from agencies' lines, and the page where the appendices start.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';

/** Paragraph texts outside tables and cell texts of tables, in document order. */
export function readDocx(bytes: Buffer): { paragraphs: string[]; cells: string[][] } {
  const xml = readZipText(bytes).get('word/document.xml')!;
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  const paragraphs: string[] = [];
  const cells: string[][] = [];
  // Tables (including the borderless closing table) are cut out; what remains are body paragraphs.
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const rows = [...table.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])),
    );
    cells.push(...rows);
    return '<w:p><w:r><w:t>[bảng]</w:t></w:r></w:p>';
  });
  for (const m of outside.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    const t = text(m[0]).trim();
    if (t) paragraphs.push(t);
  }
  return { paragraphs, cells };
}

/** The report's body: from the opening paragraph to the last paragraph before the closing table. */
export function bodyText(paragraphs: readonly string[]): string {
  const start = paragraphs.findIndex((p) => /^(Thực hiện|Căn cứ)/u.test(p));
  const end = paragraphs.indexOf('[bảng]', start);
  return paragraphs.slice(start, end).join('\n');
}

/**
 * Numbers of the body that are neither identifiers (dates, years, symbols, codes, anniversaries)
 * nor table cells nor counts of agencies or tasks (at most `maxCount`, followed by the counted noun).
 */
export function unexplainedFigures(body: string, cells: readonly string[][], maxCount: number): string[] {
  // Compared as numbers: the text writes "05 văn bản" where the table prints 5.
  const asNumber = (s: string) => String(Number(s.replace(/^[+-]/, '').trim().replace(/\./g, '').replace(',', '.')));
  const known = new Set(cells.flat().map(asNumber));
  const out: string[] = [];
  for (const m of body.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const raw = m[0];
    const at = m.index ?? 0;
    const before = body.slice(Math.max(0, at - 30), at);
    const after = body.slice(at + raw.length, at + raw.length + 40);
    if (/^[/\-–]\d|^\/\d|^[/-]\p{Lu}|^\.\d/u.test(after) || /(\d[/.\-–]|\/|-)$/u.test(before)) continue;
    if (
      /^\s+năm(\s|$)/u.test(after) ||
      /(năm|ngày|tháng|quý|lần thứ|số|khóa|Kế hoạch|Quyết định|Nghị quyết|Kết luận)\s*$/u.test(before)
    )
      continue;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) continue;
    if (/(^|\n)\s*$/u.test(before) && /^\.\s/u.test(after)) continue; // "1. Ưu điểm"
    if (
      /^%/u.test(after) ||
      /^\s+(tin|lượt|cuộc|văn bản|ấn phẩm|bản|chương trình|chuyên mục|thông cáo|đoàn|sự kiện|tác phẩm|vụ|triệu)/u.test(
        after,
      )
    ) {
      if (!known.has(asNumber(raw))) out.push(`${raw}${after.slice(0, 20)}`);
      continue;
    }
    const count = /^(\/\d+)?\s+(cơ quan|huyện|xã|sở|tổ chức|nhiệm vụ)/u.test(after) || /\d\/$/u.test(before);
    if (count && Number(raw) <= maxCount) continue;
    if (!known.has(asNumber(raw))) out.push(`${raw}${after.slice(0, 20)}`);
  }
  return out;
}

/** The share of the body's six-word runs that also occur in some agency's own line. */
export function copiedShare(body: string, agencyTexts: readonly string[]): number {
  const shingles = (text: string) => {
    const words = text
      .toLocaleLowerCase('vi')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return Array.from({ length: Math.max(0, words.length - 5) }, (_, i) => words.slice(i, i + 6).join(' '));
  };
  const source = new Set(agencyTexts.flatMap(shingles));
  const mine = shingles(body);
  return mine.length === 0 ? 0 : mine.filter((s) => source.has(s)).length / mine.length;
}

/** Converts a DOCX with LibreOffice (a private profile, so parallel runs do not collide) and reads the PDF's pages. */
export function renderPdfPages(docx: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-pdf-'));
  try {
    writeFileSync(join(dir, 'report.docx'), docx);
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'report.docx'),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (convert.status !== 0) throw new Error(`soffice failed: ${convert.stderr}`);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
    const info = spawnSync('pdfinfo', [join(dir, 'report.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    const split = text.stdout.split('\f').slice(0, pages);
    if (split.length !== pages) throw new Error(`pdftotext gave ${split.length} pages, pdfinfo ${pages}`);
    return split;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
