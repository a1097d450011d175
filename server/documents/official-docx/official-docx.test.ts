import { describe, expect, it } from 'vitest';
import { formatNumberLine, formatPlaceDate, NATIONAL_MOTTO, NATIONAL_TITLE } from './header-block.js';
import { recipientLines } from './closing-block.js';
import { renderOfficialDocx } from './render-official-docx.js';
import { sampleReminder, sampleReport } from './sample-documents.js';
import { readZipText } from './zip-reader.test-support.js';

/** The run (w:r) that contains a text, with its properties. */
function runContaining(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}<`);
  expect(at, `text "${text}" present`).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

/** Header part (word/headerN.xml) referenced by the section for a type ('default' | 'first'). */
function headerPart(files: Map<string, string>, type: 'default' | 'first'): string {
  const doc = files.get('word/document.xml')!;
  const rid = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
  const rels = files.get('word/_rels/document.xml.rels')!;
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  expect(target, `header ${type}`).toBeTruthy();
  return files.get(`word/${target}`)!;
}

describe('renderOfficialDocx structure (NĐ 30/2020)', async () => {
  const files = readZipText(await renderOfficialDocx(sampleReport));
  const doc = files.get('word/document.xml')!;
  const styles = files.get('word/styles.xml')!;

  it('uses A4 portrait and the 20/20/30/15 mm margins', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman 14 pt as the document default', () => {
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/,
    );
    expect(doc).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and ≥ 6 pt after', () => {
    const body = /<w:style w:type="paragraph" w:styleId="TtdnBody">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/w:firstLine="720"/);
    expect(Number(/w:after="(\d+)"/.exec(body)?.[1])).toBeGreaterThanOrEqual(120);
  });

  it('prints the header table: national title and motto bold, place-date italic', () => {
    const tables = doc.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3); // header, indicators, signature
    const firstTable = doc.slice(doc.indexOf('<w:tbl>'), doc.indexOf('</w:tbl>'));
    expect(firstTable).toContain('<w:top w:val="none"');
    expect(firstTable).toContain(NATIONAL_TITLE);
    expect(runContaining(doc, NATIONAL_TITLE)).toContain('<w:b/>');
    expect(runContaining(doc, NATIONAL_MOTTO)).toContain('<w:b/>');
    expect(runContaining(doc, 'Tuyên Quang, ngày 05 tháng 01 năm 2026')).toContain('<w:i/>');
    expect(runContaining(doc, 'ỦY BAN NHÂN DÂN')).toContain('<w:b/>');
    expect(runContaining(doc, 'Số: 12/BC-UBND')).not.toContain('<w:b/>');
  });

  it('prints type name and trích yếu bold and centred', () => {
    expect(runContaining(doc, 'BÁO CÁO')).toContain('<w:b/>');
    expect(runContaining(doc, 'Kết quả công tác thông tin đối ngoại năm 2025')).toContain('<w:b/>');
  });

  it('prints "Nơi nhận:" bold italic 12 pt and recipients 11 pt', () => {
    const label = runContaining(doc, 'Nơi nhận:');
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(runContaining(doc, '- Lưu: VT, THCBKS (T).')).toContain('<w:sz w:val="22"/>');
    expect(runContaining(doc, 'Hoàng Việt Phương')).toContain('<w:b/>');
  });

  it('numbers pages in the header except on page 1', () => {
    expect(doc).toContain('<w:titlePg/>');
    expect(headerPart(files, 'default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(headerPart(files, 'first')).not.toContain('PAGE');
    expect(headerPart(files, 'default')).toContain('<w:jc w:val="center"/>');
  });

  it('repeats the header row of body tables', () => {
    expect(doc).toContain('<w:tblHeader/>');
  });
});

describe('công văn (Mẫu 1.5)', async () => {
  const doc = readZipText(await renderOfficialDocx(sampleReminder)).get('word/document.xml')!;
  it('puts "V/v …" under the number and leaves blanks for number and date', () => {
    expect(doc).toContain('V/v đôn đốc gửi báo cáo');
    expect(doc).toContain(`>${formatNumberLine(null, 'SVHTTDL-TTĐN')}<`);
    expect(formatNumberLine(null, 'SVHTTDL-TTĐN')).toMatch(/^Số: +\/SVHTTDL-TTĐN$/);
    expect(doc).toContain('Tuyên Quang, ngày      tháng      năm 2025');
    expect(doc).toContain('Kính gửi:');
    expect(runContaining(doc, 'UBND TỈNH TUYÊN QUANG')).not.toContain('<w:b/>');
    expect(doc).not.toContain('BÁO CÁO<');
  });
});

describe('formatting helpers', () => {
  it('pads day < 10 and months 1–2 in the date line', () => {
    expect(formatPlaceDate('Tuyên Quang', '2026-01-05', 2026)).toBe('Tuyên Quang, ngày 05 tháng 01 năm 2026');
    expect(formatPlaceDate('Tuyên Quang', '2025-03-09', 2025)).toBe('Tuyên Quang, ngày 09 tháng 3 năm 2025');
    expect(formatPlaceDate('Tuyên Quang', '2025-11-20', 2025)).toBe('Tuyên Quang, ngày 20 tháng 11 năm 2025');
    expect(formatPlaceDate('Tuyên Quang', null, 2025)).toBe('Tuyên Quang, ngày      tháng      năm 2025');
  });

  it('pads numbers below 10', () => {
    expect(formatNumberLine(5, 'KH-UBND')).toBe('Số: 05/KH-UBND');
    expect(formatNumberLine(284, 'KH-UBND')).toBe('Số: 284/KH-UBND');
  });

  it('ends recipients with ";" and the archive line with "."', () => {
    expect(recipientLines(['Sở Ngoại vụ;', '- Công an tỉnh'], 'VT, TTĐN.')).toEqual([
      '- Sở Ngoại vụ;',
      '- Công an tỉnh;',
      '- Lưu: VT, TTĐN.',
    ]);
  });

  it('rejects a typed document without a type name', async () => {
    await expect(renderOfficialDocx({ ...sampleReport, typeName: null })).rejects.toThrow(/typeName/);
  });
});
