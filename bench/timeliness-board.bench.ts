// Benchmark: the completeness and timeliness board of one period over 3,500 reporting units
// (target ≤ 200 ms server time). Run: npm run bench -- board  (BENCH_DATABASE_URL for PostgreSQL).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldDiacritics, nameKey } from '../common/text/vietnamese.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { agencies } from '../server/db/schema/organisations.js';
import { plans, tasks } from '../server/db/schema/plans.js';
import { obligations, reportRegimes, reportingPeriods, submissions } from '../server/db/schema/reporting.js';
import { getTimelinessBoard } from '../server/features/reporting/index.js';

const UNITS = 3_500;
const TASKS = 40;
const database = await openDatabase({
  databaseUrl: process.env.BENCH_DATABASE_URL,
  dataDir: mkdtempSync(join(tmpdir(), 'ttdn-board-')),
});
const { db } = database;
const agencyIds: number[] = [];
for (let i = 0; i < UNITS; i += 500) {
  const rows = Array.from({ length: Math.min(500, UNITS - i) }, (_, k) => {
    const name = `Ủy ban nhân dân xã Thử ${i + k + 1}`;
    return {
      name,
      nameKey: nameKey(name),
      search: foldDiacritics(name),
      kind: 'commune-committee' as const,
      province: 'Thử',
      validFrom: '2000-01-01',
    };
  });
  agencyIds.push(...(await db.insert(agencies).values(rows).returning({ id: agencies.id })).map((r) => r.id));
}
const [plan] = await db
  .insert(plans)
  .values({ province: 'Thử', year: 2026, title: 'Kế hoạch thử', status: 'issued' })
  .returning({ id: plans.id });
const taskIds = (
  await db
    .insert(tasks)
    .values(
      Array.from({ length: TASKS }, (_, i) => ({
        planId: plan!.id,
        code: String(i + 1),
        position: i,
        title: `Nhiệm vụ ${i + 1}`,
        search: `nhiem vu ${i + 1}`,
      })),
    )
    .returning({ id: tasks.id })
).map((t) => t.id);
const [regime] = await db
  .insert(reportRegimes)
  .values({ planId: plan!.id, kind: 'annual', name: 'Báo cáo năm' })
  .returning({ id: reportRegimes.id });
const [period] = await db
  .insert(reportingPeriods)
  .values({
    regimeId: regime!.id,
    planId: plan!.id,
    kind: 'annual',
    year: 2026,
    label: 'Năm 2026',
    windowFrom: '2025-12-15',
    windowTo: '2026-11-13',
    statedDue: '2026-11-14',
    dueOn: '2026-11-16',
    locksOn: '2026-11-23',
  })
  .returning({ id: reportingPeriods.id });
for (let i = 0; i < UNITS; i += 500) {
  await db.insert(obligations).values(
    agencyIds.slice(i, i + 500).map((agencyId, k) => ({
      periodId: period!.id,
      agencyId,
      taskIds: taskIds.filter((_, t) => (t + k) % 4 !== 0).slice(0, 30),
    })),
  );
  await db.insert(submissions).values(
    agencyIds
      .slice(i, i + 500)
      .filter((_, k) => k % 7 !== 0)
      .map((agencyId, k) => {
        const at = new Date(Date.parse('2026-11-10T03:00:00Z') + (k % 10) * 86_400_000);
        return {
          periodId: period!.id,
          agencyId,
          status: k % 3 === 0 ? ('accepted' as const) : ('submitted' as const),
          firstSubmittedAt: at,
          submittedAt: at,
          difficulties: 'Thiếu kinh phí.',
          proposals: 'Đề nghị tập huấn.',
        };
      }),
  );
}
const ctx = { db, clock: createClock('2026-11-26'), actor: { kind: 'system' as const, name: 'bench' } };
const times: number[] = [];
let result = await getTimelinessBoard(ctx, period!.id);
for (let run = 0; run < 20; run++) {
  const started = performance.now();
  result = await getTimelinessBoard(ctx, period!.id);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `timeliness board, ${UNITS} reporting units × ${TASKS} tasks on ${database.kind}: median ${times[10]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (target ≤ 200 ms)`,
);
console.log(`overall: ${JSON.stringify(result.overall)}`);
await database.close();
