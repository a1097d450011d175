import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, scorePlan } from '../plan-parser/index.js';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { readDocument } from './index.js';

/**
 * Wraps a JPEG page in a one-page PDF with no text layer — what a scanner produces. Written by hand
 * because ImageMagick's policy on this machine forbids writing PDF.
 */
function imageOnlyPdf(jpeg: Buffer, width: number, height: number): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: Buffer | string) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (id: number, body: string | Buffer[]) => {
    offsets[id] = length;
    push(`${id} 0 obj\n`);
    if (typeof body === 'string') push(body);
    else body.forEach(push);
    push('\nendobj\n');
  };
  const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
  push('%PDF-1.4\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>');
  object(4, [Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, 'latin1'), jpeg, Buffer.from('\nendstream', 'latin1')]);
  object(5, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  const xref = length;
  push(`xref\n0 6\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

describe('a scanned PDF (an image with no text layer)', () => {
  it('is read by OCR and parses to the plan it shows', async () => {
    const jpeg = readFileSync('fixtures/plans/lao-cai-2026-ctr-scan.jpg');
    const pdf = imageOnlyPdf(jpeg, 1672, 2353);
    const read = await readDocument({ bytes: pdf, filename: 'ctr-lao-cai-2026-scan.pdf' });
    expect(read.source).toBe('ocr');
    const expected = JSON.parse(readFileSync('fixtures/plans/lao-cai-2026-ctr.expected.json', 'utf8')) as PlanJson;
    const score = scorePlan(parsePlanText(read.text), expected);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
