/**
 * Times consolidation at provincial scale: 250 agencies' submissions (30 task lines and 40
 * indicators each, a quarter of them broken down by language) consolidated into the DOCX and XLSX.
 * Target: ≤ 2 s from database to DOCX bytes. BENCH_PROVINCES=34 seeds every province (each a
 * tenant with the same data) and consolidates the last one among them.
 * Run: node --import tsx bench/consolidation.bench.ts [agencies] [lines] [indicators]
 */

import { performance } from 'node:perf_hooks';
import { createClock, type RequestContext } from '../server/context.js';
import { type Db, wrapPglite, createPglite } from '../server/db/client.js';
import { agencies } from '../server/db/schema/organisations.js';
import { plans, tasks } from '../server/db/schema/plans.js';
import {
  indicators,
  obligations,
  reportRegimes,
  reportingPeriods,
  submissionIndicatorValues,
  submissionLines,
  submissions,
} from '../server/db/schema/reporting.js';
import {
  buildConsolidation,
  renderConsolidationDocx,
  renderConsolidationXlsx,
} from '../server/features/consolidation/index.js';
import { createProvince } from '../server/features/provinces/create-province.js';

const [AGENCIES = 250, LINES = 30, INDICATORS = 40] = process.argv.slice(2).map(Number);
const LANGS = ['vi', 'en', 'zh'];

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`${label.padEnd(46)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return out;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await insert(rows.slice(i, i + 2000));
}

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 1);
const database = await wrapPglite(await createPglite());
const clock = createClock('2025-06-01');

/** One province's plan, agencies, indicators, period and submissions; returns the period. */
async function seedProvince(db: Db): Promise<number> {
  const [plan] = await db
    .insert(plans)
    .values({
      province: 'Tuyên Quang',
      year: 2025,
      title: 'Kế hoạch công tác thông tin đối ngoại năm 2025',
      issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
    })
    .returning();
  const taskRows = await db
    .insert(tasks)
    .values(
      Array.from({ length: LINES }, (_, i) => ({
        planId: plan!.id,
        code: `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`,
        position: i,
        title: `Nhiệm vụ thông tin đối ngoại số ${i + 1}: tuyên truyền, quảng bá hình ảnh địa phương`,
        search: `nhiem vu ${i + 1}`,
      })),
    )
    .returning();
  const agencyRows = await db
    .insert(agencies)
    .values(
      Array.from({ length: AGENCIES }, (_, i) => ({
        name: `Cơ quan, đơn vị số ${i + 1}`,
        nameKey: `co quan ${i + 1}`,
        search: `co quan don vi so ${i + 1}`,
        kind: 'department' as const,
        province: 'Tuyên Quang',
        validFrom: '2020-01-01',
      })),
    )
    .returning();
  const indicatorRows = await db
    .insert(indicators)
    .values(
      Array.from({ length: INDICATORS }, (_, i) => ({
        code: `BENCH_${i + 1}`,
        name: `Chỉ tiêu thông tin đối ngoại số ${i + 1}`,
        unit: 'tin, bài',
        groupName: 'II. Báo chí, truyền thông',
        position: i,
        breakdown: i % 4 === 0 ? { dimension: 'language', keys: LANGS } : null,
      })),
    )
    .returning();
  const [regime] = await db
    .insert(reportRegimes)
    .values({
      planId: plan!.id,
      kind: 'semiannual',
      name: 'Báo cáo 6 tháng',
      indicatorCodes: indicatorRows.map((r) => r.code),
    })
    .returning();
  const [period] = await db
    .insert(reportingPeriods)
    .values({
      regimeId: regime!.id,
      planId: plan!.id,
      kind: 'semiannual',
      year: 2025,
      label: '6 tháng đầu năm 2025',
      windowFrom: '2025-01-01',
      windowTo: '2025-05-10',
      statedDue: '2025-05-15',
      dueOn: '2025-05-15',
      locksOn: '2025-05-25',
    })
    .returning();
  await db
    .insert(obligations)
    .values(agencyRows.map((a) => ({ periodId: period!.id, agencyId: a.id, taskIds: taskRows.map((t) => t.id) })));
  // 5 % never sent, 10 % late, the rest on time.
  const subRows = await db
    .insert(submissions)
    .values(
      agencyRows
        .filter((_, i) => i % 20 !== 7)
        .map((a, i) => {
          const at = new Date(i % 10 === 3 ? '2025-05-18T02:00:00Z' : '2025-05-12T02:00:00Z');
          return {
            periodId: period!.id,
            agencyId: a.id,
            status: 'submitted' as const,
            submittedAt: at,
            firstSubmittedAt: at,
            difficulties: i % 9 === 0 ? 'Thiếu cán bộ chuyên trách.' : '',
            proposals: i % 11 === 0 ? 'Đề nghị tổ chức tập huấn.' : '',
          };
        }),
    )
    .returning();
  const lines = subRows.flatMap((s, a) =>
    taskRows.map((t, l) => ({
      submissionId: s.id,
      taskId: t.id,
      status: (['done', 'in-progress', 'continuing'] as const)[(a + l) % 3],
      doneText: `Đã triển khai nội dung ${l + 1}: đăng tải tin, bài, tổ chức hội nghị`,
      resultsText: `${(a * 7 + l * 13) % 97} tin, bài`,
    })),
  );
  await insertChunked(lines, (chunk) => db.insert(submissionLines).values(chunk));
  const values = subRows.flatMap((s, a) =>
    indicatorRows.flatMap((ind, k) => [
      { submissionId: s.id, indicatorId: ind.id, breakdownKey: '', value: (a * 3 + k * 5) % 50 },
      ...(ind.breakdown
        ? LANGS.map((key, j) => ({
            submissionId: s.id,
            indicatorId: ind.id,
            breakdownKey: key,
            value: (a + k + j) % 7,
          }))
        : []),
    ]),
  );
  await insertChunked(values, (chunk) => db.insert(submissionIndicatorValues).values(chunk));
  return period!.id;
}

let provinceId = database.defaultProvinceId;
let periodId = 0;
await time(`seed ${PROVINCES} × ${AGENCIES} agencies × ${LINES} lines × ${INDICATORS} indicators`, async () => {
  const system = { db: database.db, clock, actor: { kind: 'system' as const, name: 'bench' } };
  for (let p = 0; p < PROVINCES; p++) {
    if (p > 0) provinceId = (await createProvince(system, { code: `tinh-${p + 1}`, name: `Tỉnh thử ${p + 1}` })).id;
    periodId = await database.withProvince(provinceId, seedProvince);
  }
});
// The last province's report, read in its own scope as a request would.
await database.withProvince(provinceId, async (db) => {
  const ctx: RequestContext = { db, clock, actor: { kind: 'system', name: 'bench' } };

  if (process.env.BENCH_PROFILE) {
    const { consolidationToOfficialDocument, appendixBlocks } = await import(
      '../server/features/consolidation/consolidation-docx.js'
    );
    const { loadConsolidationInput } = await import('../server/features/consolidation/build-consolidation.js');
    const { consolidate } = await import('../server/features/consolidation/consolidate.js');
    const { draftNarrative } = await import('../server/features/consolidation/narrative.js');
    for (let i = 0; i < 2; i++) {
      const input = await time('  p: load', () => db.transaction((tx) => loadConsolidationInput(tx, periodId)));
      const c0 = await time('  p: consolidate', async () => consolidate(input, '2025-06-01'));
      await time('  p: draft', async () => draftNarrative(c0));
      const c = await buildConsolidation(ctx, periodId);
      await time('  p: to document', async () => consolidationToOfficialDocument(c));
      await time('  p: appendix blocks', async () => appendixBlocks(c));
      await time('  p: render', () => renderConsolidationDocx(c));
    }
  }
  await time('warm-up (consolidate + DOCX)', async () =>
    renderConsolidationDocx(await buildConsolidation(ctx, periodId)),
  );
  const RUNS = 3;
  const totals: number[] = [];
  let bytes = 0;
  for (let i = 1; i <= RUNS; i++) {
    const t0 = performance.now();
    const c = await time(`  consolidate (queries + sums) #${i}`, () => buildConsolidation(ctx, periodId));
    const docx = await time(`  render DOCX #${i}`, () => renderConsolidationDocx(c));
    totals.push(performance.now() - t0);
    bytes = docx.length;
    if (i === RUNS) {
      const xlsx = await time('  render XLSX', () => renderConsolidationXlsx(c));
      console.log(`${'XLSX size'.padEnd(46)} ${(xlsx.length / 1024).toFixed(0).padStart(7)} KiB`);
      console.log(
        `${'lines / values consolidated'.padEnd(46)} ${c.tasks.reduce((n, t) => n + t.lines.length, 0)} / ${c.indicators.reduce((n, x) => n + x.byAgency.length, 0)}`,
      );
    }
  }
  // The same report without Phụ lục III (the agencies' own lines, one row each: 7,000 rows here).
  const withoutLines: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const t0 = performance.now();
    const c = await buildConsolidation(ctx, periodId);
    await renderConsolidationDocx({
      ...c,
      narrative: { ...c.narrative, options: { ...c.narrative.options, includeAgencyLines: false } },
    });
    withoutLines.push(performance.now() - t0);
  }
  console.log(
    `${'database → DOCX without Phụ lục III, best of 3'.padEnd(46)} ${Math.min(...withoutLines)
      .toFixed(0)
      .padStart(7)} ms`,
  );
  const best = Math.min(...totals);
  console.log(`${'DOCX size'.padEnd(46)} ${(bytes / 1024).toFixed(0).padStart(7)} KiB`);
  console.log(
    `${'database → DOCX, best of 3'.padEnd(46)} ${best.toFixed(0).padStart(7)} ms  (target ≤ 2000 ms: ${best <= 2000 ? 'met' : 'MISSED'})`,
  );
  console.log(`${'heap used'.padEnd(46)} ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(7)} MiB`);
});
await database.close();
