import { projectPath } from '../paths.js';
import { readFile } from 'node:fs/promises';
import { and, eq, inArray } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { agencies } from '../db/schema/organisations.js';
import { plans, tasks } from '../db/schema/plans.js';
import {
  indicators,
  obligations,
  reportingPeriods,
  submissionIndicatorValues,
  submissionLines,
  submissions,
  submissionVersions,
  type LineStatus,
} from '../db/schema/reporting.js';
import type { AgencyKind } from '../db/schema/organisations.js';
import { auditEvents } from '../db/schema/system.js';
import { createUser } from '../features/users/create-user.js';
import { importPlan } from '../features/plans/import-plan.js';
import { acceptReport } from '../features/reporting/accept-report.js';
import { approveReport } from '../features/reporting/approve-report.js';
import { createRegimesFromPlan } from '../features/reporting/create-regimes-from-plan.js';
import { returnReport } from '../features/reporting/return-report.js';
import { saveDraft } from '../features/reporting/save-draft.js';
import { submitReport } from '../features/reporting/submit-report.js';
import { uploadOwnPlan } from '../features/reporting/upload-own-plan.js';
import { demoFigures, figureOf, pick, type DemoPeriod } from './demo-figures.js';
import { loadContacts, OWN_PLAN_SO_NGOAI_VU } from './demo-contacts.js';
import { loadHistory2024, numberSeedPlan, saveMinistryRequest } from './demo-history.js';
import { demoLine } from './demo-lines.js';
import { loadDemoNotices } from './demo-notices.js';
import { demoRemarks } from './demo-remarks.js';

export const PLAN_2026_PATH = projectPath('server/demo/documents/ke-hoach-ttdn-tuyen-quang-2026.txt');

type Period = typeof reportingPeriods.$inferSelect;
type Outcome = { kind: 'missing' } | { kind: 'draft' } | { kind: 'sent'; on: string; accepted: boolean };

const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:30:00+07:00`);

/**
 * Writes the reports of one period in bulk (rows, lines, figures, a version snapshot each) with the
 * timestamps of the story; a handful of flows go through the real commands elsewhere. One audit
 * row records the bulk load.
 */
async function writeReports(
  ctx: RequestContext,
  period: Period,
  outcome: (agency: string, kind: string) => Outcome,
  options: { figures?: typeof demoFigures } = {},
) {
  const tx = ctx.db as unknown as Tx;
  const rows = await tx
    .select({ o: obligations, name: agencies.name, kind: agencies.kind })
    .from(obligations)
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .where(eq(obligations.periodId, period.id));
  const taskRows = await tx
    .select({ id: tasks.id, code: tasks.code, title: tasks.title })
    .from(tasks)
    .where(eq(tasks.planId, period.planId));
  const taskById = new Map(taskRows.map((t) => [t.id, t]));
  const indicatorIds = new Map(
    (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [i.code, i.id]),
  );
  const demoPeriod: DemoPeriod = { year: period.year, kind: period.kind === 'annual' ? 'annual' : 'semiannual' };
  let written = 0;
  for (const row of rows) {
    const result = outcome(row.name, row.kind);
    if (result.kind === 'missing') continue;
    const sent = result.kind === 'sent' ? at(result.on, 8 + Math.floor(pick(row.name) * 8)) : null;
    const agency = { name: row.name, kind: row.kind as AgencyKind };
    const values = period.kind === 'agency-plan' ? [] : (options.figures ?? demoFigures)(agency, demoPeriod);
    const remarks =
      period.kind === 'agency-plan' ? { difficulties: '', proposals: '' } : demoRemarks(agency, `${period.id}`);
    const [s] = await tx
      .insert(submissions)
      .values({
        periodId: period.id,
        agencyId: row.o.agencyId,
        status: sent ? (result.kind === 'sent' && result.accepted ? 'accepted' : 'submitted') : 'draft',
        version: sent ? 3 : 1,
        difficulties: remarks.difficulties,
        proposals: remarks.proposals,
        firstSubmittedAt: sent,
        submittedAt: sent,
        approvedAt: sent,
        acceptedAt: result.kind === 'sent' && result.accepted ? at(period.locksOn, 15) : null,
        updatedAt: sent ?? at(period.dueOn),
      })
      .returning();
    const lines = row.o.taskIds.map((taskId) => {
      const task = taskById.get(taskId)!;
      const text =
        period.kind === 'agency-plan'
          ? {
              status: 'in-progress' as LineStatus,
              doneText: `Kế hoạch của cơ quan có nội dung triển khai nhiệm vụ ${task.code}: ${task.title.slice(0, 90)}.`,
              resultsText: '',
            }
          : demoLine(agency, task.code, demoPeriod, values);
      return {
        submissionId: s!.id,
        taskId,
        ...text,
        reviewStatus: (result.kind === 'sent' && result.accepted ? 'accepted' : 'pending') as 'accepted' | 'pending',
      };
    });
    if (lines.length) await tx.insert(submissionLines).values(lines);
    if (values.length)
      await tx.insert(submissionIndicatorValues).values(
        values.map((v) => ({
          submissionId: s!.id,
          indicatorId: indicatorIds.get(v.code)!,
          breakdownKey: v.breakdownKey,
          value: v.value,
        })),
      );
    await tx.insert(submissionVersions).values({
      submissionId: s!.id,
      version: s!.version,
      status: s!.status,
      snapshot: {
        demo: true,
        lines: lines.map((l) => ({ taskId: l.taskId, status: l.status, doneText: l.doneText })),
        indicatorValues: values,
      },
      createdAt: sent ?? at(period.dueOn),
    });
    written++;
  }
  await tx.insert(auditEvents).values({
    at: ctx.clock.now(),
    actorName: 'system:demo',
    action: 'demo.load-submissions',
    subjectType: 'reporting_period',
    subjectId: String(period.id),
    after: { submissions: written },
  });
}

/**
 * The reporting story of the demo: regimes and periods of the 2025 plan (Q1 plans accepted, the
 * half-year mostly on time with late ones, one returned and resubmitted, one missing; the year
 * closed), focal officials and spokespersons with gaps, and the 2026 plan after the reorganisation
 * imported through the parser, with its annual reports partly in and partly overdue on 26/11/2026.
 */
export async function loadReportingDemo(ctx: RequestContext, options: { seedPlanId: number }): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const on = (date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
  const byName = new Map(
    (await tx.select({ id: agencies.id, name: agencies.name }).from(agencies)).map((a) => [a.name, a.id]),
  );
  const idOf = (...names: string[]) => names.map((n) => byName.get(n)).find((id) => id !== undefined)!;
  const baoId = idOf('Báo và Phát thanh, Truyền hình Tuyên Quang', 'Báo Tuyên Quang');
  const ngoaiVuId = idOf('Sở Ngoại vụ');
  const baoLeader = await createUser(
    ctx,
    {
      username: 'lanhdaobao',
      displayName: 'Phạm Quang Huy (Báo và PT-TH Tuyên Quang)',
      password: 'demo',
      role: 'agency-leader',
      agencyId: baoId,
    },
    { demoPassword: true },
  );
  const ngoaiVuLeader = await createUser(
    ctx,
    {
      username: 'lanhdaongoaivu',
      displayName: 'Vũ Thanh Tùng (Sở Ngoại vụ)',
      password: 'demo',
      role: 'agency-leader',
      agencyId: ngoaiVuId,
    },
    { demoPassword: true },
  );
  await loadContacts(ctx, { baoLeader: baoLeader.id, ngoaiVuLeader: ngoaiVuLeader.id });

  const periodsOf = async (planId: number) => {
    await createRegimesFromPlan(ctx, planId);
    const rows = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
    return Object.fromEntries(rows.map((p) => [p.kind, p])) as Record<'agency-plan' | 'semiannual' | 'annual', Period>;
  };
  const sentOn = (period: Period, agency: string, lateShare: number, accepted: boolean): Outcome => {
    const r = pick(`${period.id}${agency}`);
    const onTime = r >= lateShare;
    // On-time reports arrive in the last week; late ones within the grace days.
    const day = onTime
      ? addCalendarDays(period.dueOn, -Math.floor(r * 6))
      : addCalendarDays(period.dueOn, 1 + Math.floor(r * 4));
    return { kind: 'sent', on: day, accepted };
  };

  // 2025 — the seed plan, with the number and date the seed document does not print.
  await numberSeedPlan(tx, options.seedPlanId);
  const p25 = await periodsOf(options.seedPlanId);
  await writeReports(ctx, p25['agency-plan'], (name) =>
    name === 'Sở Ngoại vụ' || name.startsWith('Ủy ban nhân dân huyện Lâm')
      ? { kind: name === 'Sở Ngoại vụ' ? 'draft' : 'missing' }
      : sentOn(p25['agency-plan'], name, 0.15, true),
  );
  const [ngoaiVuPlan] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.periodId, p25['agency-plan'].id), eq(submissions.agencyId, ngoaiVuId)));
  if (ngoaiVuPlan) {
    await uploadOwnPlan(on('2025-03-20'), {
      submissionId: ngoaiVuPlan.id,
      filename: 'ke-hoach-ttdn-2025-so-ngoai-vu.txt',
      bytes: new TextEncoder().encode(OWN_PLAN_SO_NGOAI_VU),
    });
    await approveReport(on('2025-03-24'), ngoaiVuPlan.id);
    await submitReport(on('2025-03-24'), ngoaiVuPlan.id);
    await acceptReport(on('2025-04-02'), ngoaiVuPlan.id);
  }
  const semi25 = p25.semiannual;
  // Sở Công Thương first sends its half-year report without its publications' figures; it is returned for them.
  const withoutPublications: typeof demoFigures = (agency, period) =>
    demoFigures(agency, period).filter((f) => agency.name !== 'Sở Công Thương' || !f.code.startsWith('PUBLICATION'));
  await writeReports(
    ctx,
    semi25,
    (name) =>
      name === 'Ủy ban nhân dân huyện Lâm Bình'
        ? { kind: 'missing' }
        : name === 'Sở Công Thương'
          ? { kind: 'sent', on: '2025-05-12', accepted: false }
          : sentOn(semi25, name, 0.12, true),
    { figures: withoutPublications },
  );
  const congThuong = idOf('Sở Công Thương');
  const [ct] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.periodId, semi25.id), eq(submissions.agencyId, congThuong)));
  const [ctLine] = await tx
    .select()
    .from(submissionLines)
    .where(
      and(
        eq(submissionLines.submissionId, ct!.id),
        inArray(submissionLines.taskId, await taskIdsByCode(tx, options.seedPlanId, ['7.3'])),
      ),
    );
  await returnReport(on('2025-05-16'), ct!.id, {
    reason: 'Đề nghị bổ sung số liệu cụ thể về ấn phẩm xúc tiến thương mại.',
    comments: [{ taskId: ctLine!.taskId, comment: 'Nêu rõ số lượng ấn phẩm, ngôn ngữ và số bản phát hành.' }],
  });
  const afterReturn = await tx.select().from(submissions).where(eq(submissions.id, ct!.id));
  const ctFigures = demoFigures({ name: 'Sở Công Thương', kind: 'department' }, { year: 2025, kind: 'semiannual' });
  const vi = new Intl.NumberFormat('vi-VN');
  await saveDraft(on('2025-05-19'), {
    periodId: semi25.id,
    agencyId: congThuong,
    version: afterReturn[0]!.version,
    lines: [
      {
        taskId: ctLine!.taskId,
        status: 'in-progress',
        doneText: `Phát hành ${String(figureOf(ctFigures, 'PUBLICATIONS')).padStart(2, '0')} ấn phẩm song ngữ Việt - Anh giới thiệu sản phẩm OCOP, chè Shan tuyết, cam sành Hàm Yên (${vi.format(figureOf(ctFigures, 'PUBLICATION_COPIES'))} bản); giới thiệu tại Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai).`,
        resultsText: 'Kết nối 12 doanh nghiệp của tỉnh với đối tác Trung Quốc, Hàn Quốc.',
      },
    ],
    indicatorValues: ctFigures.map((f) => ({
      code: f.code,
      breakdownKey: f.breakdownKey || undefined,
      value: f.value,
    })),
  });
  await approveReport(on('2025-05-19'), ct!.id);
  await submitReport(on('2025-05-19'), ct!.id);
  await acceptReport(on('2025-05-26'), ct!.id);

  const annual25 = p25.annual;
  await writeReports(ctx, annual25, (name) =>
    name === 'Ủy ban nhân dân xã Mèo Vạc' ? { kind: 'missing' } : sentOn(annual25, name, 0.1, true),
  );
  await tx
    .update(reportingPeriods)
    .set({ closedAt: at('2025-12-05', 16) })
    .where(inArray(reportingPeriods.id, [p25['agency-plan'].id, semi25.id, annual25.id]));

  // 2026 — the plan after the reorganisation, imported through the parser like any uploaded plan.
  const { parsePlanText } = await import('../documents/plan-parser/index.js');
  const bytes = new Uint8Array(await readFile(PLAN_2026_PATH));
  const parsed = parsePlanText(new TextDecoder().decode(bytes));
  const { planId } = await importPlan(on('2026-01-12'), parsed, {
    province: 'Tuyên Quang',
    source: { filename: 'ke-hoach-ttdn-tuyen-quang-2026.txt', mimeType: 'text/plain', bytes },
  });
  await tx
    .update(plans)
    .set({ status: 'issued', issuedOn: '2026-01-12', number: '12/KH-UBND' })
    .where(eq(plans.id, planId));
  const p26 = await periodsOf(planId);
  await writeReports(ctx, p26['agency-plan'], (name) =>
    ['Ủy ban nhân dân xã Mèo Vạc', 'Ủy ban nhân dân xã Đồng Văn'].includes(name)
      ? { kind: 'missing' }
      : sentOn(p26['agency-plan'], name, 0.2, true),
  );
  await writeReports(ctx, p26.semiannual, (name) =>
    name === 'Ủy ban nhân dân xã Mèo Vạc' ? { kind: 'missing' } : sentOn(p26.semiannual, name, 0.15, true),
  );
  const annual26 = p26.annual;
  await writeReports(ctx, annual26, (name, kind) => {
    const r = pick(`annual26${name}`);
    if (name.startsWith('Báo')) return { kind: 'draft' };
    if (name === 'Sở Ngoại vụ' || name === 'Văn phòng Ủy ban nhân dân tỉnh')
      return { kind: 'sent', on: '2026-11-12', accepted: false };
    if (kind === 'commune-committee')
      return r < 0.45 ? { kind: 'missing' } : r < 0.6 ? { kind: 'draft' } : sentOn(annual26, name, 0.3, false);
    return r < 0.2 ? { kind: 'missing' } : sentOn(annual26, name, 0.2, r > 0.7);
  });
  // The half-year report of 2025 answers a request of the ministry; 2024 is there to compare with.
  await saveMinistryRequest(ctx, semi25.id);
  const reporting25 = await tx
    .select({ name: agencies.name, kind: agencies.kind })
    .from(obligations)
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .where(eq(obligations.periodId, semi25.id));
  await loadHistory2024(ctx, reporting25);
  await loadDemoNotices(ctx, {
    annualPeriodId: annual26.id,
    pressAgencyId: baoId,
    sentEarly: [ngoaiVuId, idOf('Văn phòng Ủy ban nhân dân tỉnh')].filter((id) => id !== undefined),
  });
  // The activities behind the reports' figures (after every report is written, corrections included).
  await (await import('./demo-activities.js')).loadActivityDemo(ctx, [options.seedPlanId, planId]);
}

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function taskIdsByCode(tx: Tx, planId: number, codes: string[]): Promise<number[]> {
  return (
    await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.planId, planId), inArray(tasks.code, codes)))
  ).map((t) => t.id);
}
