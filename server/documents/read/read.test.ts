import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../common/errors.js';
import { describeError } from '../../../common/i18n/translate.js';
import { checkZip, readDocument } from './index.js';

const DIR = join(import.meta.dirname, '../../../fixtures/plans');
const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).code;
  }
};

/** A stored-entry zip whose central directory claims a huge uncompressed size. */
function zipBomb(): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  name.copy(local, 30);
  const cd = Buffer.alloc(46 + name.length);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt32LE(1000, 20);
  cd.writeUInt32LE(4_000_000_000, 24);
  cd.writeUInt16LE(name.length, 28);
  name.copy(cd, 46);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(local.length, 16);
  return new Uint8Array(Buffer.concat([local, cd, eocd]));
}

describe('readDocument', () => {
  it('reads UTF-8 and UTF-16 text as NFC', async () => {
    const text = 'Kế hoạch thông tin đối ngoại'.normalize('NFD');
    expect((await readDocument({ bytes: new TextEncoder().encode(text), filename: 'a.txt' })).text).toBe(
      text.normalize('NFC'),
    );
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await readDocument({ bytes: new Uint8Array(u16), filename: 'a.txt' })).text).toBe(text.normalize('NFC'));
  });
  it('reads a DOCX with its task table as tab-separated rows', async () => {
    const r = await readDocument({
      bytes: new Uint8Array(readFileSync(join(DIR, 'quang-ninh-2026-table.docx'))),
      filename: 'x.docx',
    });
    expect(r.source).toBe('docx');
    expect(r.text).toMatch(/^TT\tNội dung\tCơ quan chủ trì/m);
  });
  it('reads a PDF text layer', async () => {
    const r = await readDocument({
      bytes: new Uint8Array(readFileSync(join(DIR, 'ha-giang-2026.pdf'))),
      filename: 'x.pdf',
    });
    expect(r.source).toBe('pdf');
    expect(r.text).toContain('Sở Văn hóa, Thể thao và Du lịch');
  });
  it('refuses bad input with clear AppErrors', async () => {
    expect(await code(readDocument({ bytes: new Uint8Array(), filename: 'a.txt' }))).toBe('DOCUMENT_EMPTY');
    expect(await code(readDocument({ bytes: new TextEncoder().encode('   \n\n '), filename: 'a.txt' }))).toBe(
      'DOCUMENT_EMPTY',
    );
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await code(readDocument({ bytes: garbage, filename: 'a.bin' }))).toBe('DOCUMENT_BINARY');
    expect(await code(readDocument({ bytes: new TextEncoder().encode('not a zip at all'), filename: 'a.docx' }))).toBe(
      'DOCUMENT_DAMAGED',
    );
    expect(await code(readDocument({ bytes: zipBomb(), filename: 'bomb.docx' }))).toBe('DOCUMENT_TOO_EXPANDED');
    expect(() => checkZip(zipBomb())).toThrow(/DOCUMENT_TOO_EXPANDED/);
    expect(await code(readDocument({ bytes: new Uint8Array(50 * 1024 * 1024), filename: 'big.txt' }))).toBe(
      'DOCUMENT_TOO_LARGE',
    );
    expect(
      await code(readDocument({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), filename: 'old.doc' })),
    ).toBe('DOCUMENT_FORMAT_UNSUPPORTED');
  });
  it('says how to install OCR when tesseract is missing', async () => {
    const png = readFileSync(join(DIR, 'lao-cai-2026-ctr-scan.jpg'));
    const err = await readDocument(
      { bytes: new Uint8Array(png), filename: 's.jpg' },
      { tesseractPath: '/nonexistent/tesseract' },
    ).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('OCR_UNAVAILABLE');
    expect(describeError('vi', err as AppError)).toContain('tesseract-ocr, tesseract-ocr-vie');
    // A PDF page without a text layer goes to OCR: with OCR unavailable that is OCR_UNAVAILABLE.
    const blankPdf =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const e2 = await readDocument(
      { bytes: new TextEncoder().encode(blankPdf), filename: 'scan.pdf' },
      { tesseractPath: '/nonexistent/tesseract' },
    ).catch((e: unknown) => e);
    expect((e2 as AppError).code).toBe('OCR_UNAVAILABLE');
  });
});
