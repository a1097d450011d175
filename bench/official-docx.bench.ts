/**
 * Times the official-document renderer on a large report (250 agencies × 30 lines + 40 indicator
 * rows by default) and, when LibreOffice is installed, its conversion to PDF.
 * Run: node --import tsx bench/official-docx.bench.ts [agencies] [linesPerAgency] [indicators]
 * Converting the large report takes minutes in LibreOffice (≈ 2 min for 328 pages), so it runs only
 * with BENCH_PDF_LARGE=1.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderOfficialDocx } from '../server/documents/official-docx/render-official-docx.js';
import { largeReport, sampleReport } from '../server/documents/official-docx/sample-documents.js';

const [agencies = 250, lines = 30, indicators = 40] = process.argv.slice(2).map(Number);
const RUNS = 3;
const doc = largeReport(agencies, lines, indicators);

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`${label.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return out;
}

await time('warm-up (small report)', () => renderOfficialDocx(sampleReport));
await time('small report', () => renderOfficialDocx(sampleReport));
let docx: Buffer = Buffer.alloc(0);
for (let i = 1; i <= RUNS; i++) {
  docx = await time(`large report (${agencies}×${lines} + ${indicators} rows) #${i}`, () => renderOfficialDocx(doc));
}
console.log(`${'large report size'.padEnd(44)} ${(docx.length / 1024).toFixed(0).padStart(7)} KiB`);
console.log(`${'heap used'.padEnd(44)} ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(7)} MiB`);

if (spawnSync('which', ['libreoffice']).status === 0) {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-bench-'));
  try {
    const convert = (name: string, bytes: Buffer) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
      execFileSync('libreoffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], {
        stdio: 'pipe',
      });
      const pages = /Pages:\s+(\d+)/.exec(
        execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' }),
      )?.[1];
      return Promise.resolve(pages);
    };
    const small = await renderOfficialDocx(sampleReport);
    await time('LibreOffice → PDF, small (cold: new profile)', () => convert('small', small));
    const p1 = await time('LibreOffice → PDF, small (warm profile)', () => convert('small', small));
    console.log(`pages: small ${p1}`);
    if (process.env.BENCH_PDF_LARGE === '1') {
      const p2 = await time('LibreOffice → PDF, large report', () => convert('large', docx));
      console.log(`pages: large ${p2}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
