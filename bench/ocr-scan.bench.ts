/**
 * OCR timing of the 8-page 300-dpi scan (a plain script, not a test): npm run bench -- ocr-scan
 * Prints the machine's load, the time to read the scan through the worker pool (target ≤ 120 s on
 * 2 cores), the progress events on the way and the parse's F1 against the hand-written JSON.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parsePlanText, scorePlan } from '../server/documents/plan-parser/index.js';
import { readDocument } from '../server/documents/read/index.js';

const dir = join(import.meta.dirname, '../fixtures/plans');
const bytes = new Uint8Array(readFileSync(join(dir, 'tuyen-quang-2025-scan.pdf')));
const expected = JSON.parse(readFileSync(join(dir, 'tuyen-quang-2025-scan.expected.json'), 'utf8'));
console.log(
  `load average before: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const t0 = performance.now();
const read = await readDocument(
  { bytes, filename: 'scan.pdf' },
  {
    onProgress: (p) =>
      console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s: ${p.pagesDone}/${p.pagesTotal} pages`),
  },
);
const seconds = (performance.now() - t0) / 1000;
const score = scorePlan(parsePlanText(read.text, { ocr: true }), expected);
console.log(
  `8-page 300-dpi scan: ${seconds.toFixed(1)} s (target ≤ 120 s), mean confidence ${read.ocr?.meanConfidence}`,
);
console.log(`F1 ${score.f1.toFixed(3)} (${score.tp}/${score.tp + score.fn} facts)`);
console.log(
  `load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
