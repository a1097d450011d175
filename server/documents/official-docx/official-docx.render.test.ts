import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './header-block.js';
import { renderOfficialDocx } from './render-official-docx.js';
import { sampleReminder, sampleReport } from './sample-documents.js';

const hasLibreOffice =
  spawnSync('which', ['libreoffice']).status === 0 && spawnSync('which', ['pdftotext']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'ttdn-official-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** DOCX → PDF through LibreOffice, with a private profile so parallel runs do not collide. */
function toPdf(name: string, docx: Buffer): string {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, docx);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      path,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return join(dir, `${name}.pdf`);
}

describe.skipIf(!hasLibreOffice)('rendered through LibreOffice', () => {
  it('gives an A4 PDF whose text keeps the Vietnamese diacritics', async () => {
    const pdf = toPdf('report', await renderOfficialDocx(sampleReport));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841\.89 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain(NATIONAL_TITLE);
    expect(text).toContain(NATIONAL_MOTTO);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả công tác thông tin đối ngoại năm 2025');
    expect(text).toContain('Tuyên Quang, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('Hoàng Việt Phương');
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    if (pages > 1) {
      const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
      expect(second.trimStart().split('\n')[0]?.trim()).toBe('2');
    }
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman/);
  });

  it('renders PNG pages, the first without a page number', async () => {
    const pdf = toPdf('reminder', await renderOfficialDocx(sampleReminder));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'reminder')]);
    expect(
      readdirSync(dir).filter((f) => f.startsWith('reminder') && f.endsWith('.png')).length,
    ).toBeGreaterThanOrEqual(1);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(firstPage.trimStart().startsWith('UBND TỈNH TUYÊN QUANG')).toBe(true);
  });
});
