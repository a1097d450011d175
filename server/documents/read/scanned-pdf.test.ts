import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanText, scorePlan } from '../plan-parser/index.js';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { readDocument } from './index.js';
import { imageOnlyPdf, jpegSize } from '../../../fixtures/plans/tools/image-pdf.js';
import { ocrPdf } from './ocr.js';

describe('a scanned PDF (an image with no text layer)', () => {
  it('is read by OCR and parses to the plan it shows', async () => {
    const jpeg = readFileSync('fixtures/plans/lao-cai-2026-ctr-scan.jpg');
    const pdf = new Uint8Array(imageOnlyPdf([{ jpeg, ...jpegSize(jpeg) }]));
    const read = await readDocument({ bytes: pdf, filename: 'ctr-lao-cai-2026-scan.pdf' });
    expect(read.source).toBe('ocr');
    const expected = JSON.parse(readFileSync('fixtures/plans/lao-cai-2026-ctr.expected.json', 'utf8')) as PlanJson;
    const score = scorePlan(parsePlanText(read.text), expected);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('a scanned bordered table, at the resolutions scanners use', () => {
  // The Quảng Ninh table plan's scan (200 dpi), scanned again at 150 and at 300 dpi.
  const work = mkdtempSync(join(tmpdir(), 'ttdn-table-scan-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  execFileSync('pdfimages', ['-j', 'fixtures/plans/quang-ninh-2026-table-scan.pdf', join(work, 'p')]);
  const expected = JSON.parse(readFileSync('fixtures/plans/quang-ninh-2026-table.expected.json', 'utf8')) as PlanJson;
  for (const dpi of [150, 300]) {
    it(`keeps its rows, cells and tasks at ${dpi} dpi`, async () => {
      const pages = ['p-000.jpg', 'p-001.jpg'].map((name) => {
        const jpeg = execFileSync('/usr/bin/convert', [
          join(work, name),
          '-resize',
          `${(dpi / 200) * 100}%`,
          '-quality',
          '60',
          'jpg:-',
        ]);
        return { jpeg, ...jpegSize(jpeg) };
      });
      const pdf = new Uint8Array(imageOnlyPdf(pages));
      const [first] = await ocrPdf(pdf, [1]);
      const rows = (first && 'text' in first ? first.text.lines.map((l) => l.text) : []).filter((l) =>
        l.includes('\t'),
      );
      // Every row of the table, each cut into its five cells, its numbers in order.
      expect(rows.length).toBeGreaterThanOrEqual(20);
      expect(rows.every((r) => r.split('\t').length === 5)).toBe(true);
      const numbers = rows.map((r) => r.split('\t')[0]).filter((n) => n !== '');
      expect(numbers.slice(1)).toEqual(['1', '1.1', '1.2', '2', '3', '4']);
      const read = await readDocument({ bytes: pdf, filename: `quang-ninh-${dpi}.pdf` });
      expect(scorePlan(parsePlanText(read.text, { ocr: true }), expected).f1).toBeGreaterThanOrEqual(0.95);
    }, 180_000);
  }
});
