/**
 * The demo's activity record: for each agency, activities whose outputs add up to the figures of its
 * demo reports, so the reports' numbers can be traced to what was done. The half-year report's
 * figures come from activities of the half-year window; the annual report's from those plus
 * activities of the second half (its figures minus the half-year's). An agency whose annual figure
 * is below its half-year one keeps its annual figures as typed by hand, as real data sometimes is.
 */
import { eq, inArray } from 'drizzle-orm';
import type { ActivityKind } from '../../common/contracts/activities.js';
import type { RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { activities, activityOutputs } from '../db/schema/activities.js';
import { auditEvents } from '../db/schema/system.js';
import {
  indicators,
  obligations,
  reportingPeriods,
  submissionIndicatorValues,
  submissions,
} from '../db/schema/reporting.js';
import { pick } from './demo-figures.js';

/** The demo's "today" for 2026: nothing is recorded after it. */
const STORY_TODAY = '2026-11-25';

const KIND_OF: Record<string, ActivityKind> = {
  DIR_DOCS: 'guidance',
  PRESS_RELEASES: 'guidance',
  NEWS_BY_CHANNEL: 'article',
  NEWS_BY_LANGUAGE: 'article',
  BROADCAST_PROGRAMMES: 'article',
  COLUMNS: 'article',
  FALSE_INFO_REBUTTED: 'article',
  PRESS_CONFERENCES: 'conference',
  TRAINING_PARTICIPANTS: 'conference',
  FOREIGN_REPORTERS: 'event',
  FOREIGN_DELEGATIONS: 'event',
  EVENTS: 'event',
  PUBLICATIONS: 'publication',
  PUBLICATION_COPIES: 'publication',
  CONTEST_ENTRIES: 'contest-entry',
};

type Cell = { code: string; breakdownKey: string; value: number };
type Period = typeof reportingPeriods.$inferSelect;

const cellKey = (c: Pick<Cell, 'code' | 'breakdownKey'>) => `${c.code}|${c.breakdownKey}`;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Each agency's figures in a period, from its stored report. */
async function figuresOf(tx: Tx, periodId: number): Promise<Map<number, Cell[]>> {
  const rows = await tx
    .select({
      agencyId: submissions.agencyId,
      code: indicators.code,
      breakdownKey: submissionIndicatorValues.breakdownKey,
      value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(submissions, eq(submissions.id, submissionIndicatorValues.submissionId))
    .innerJoin(indicators, eq(indicators.id, submissionIndicatorValues.indicatorId))
    .where(eq(submissions.periodId, periodId));
  const byAgency = new Map<number, Cell[]>();
  for (const r of rows) byAgency.set(r.agencyId, [...(byAgency.get(r.agencyId) ?? []), r]);
  return byAgency;
}

/** Activities (one or two per indicator) whose outputs sum exactly to the cells, dated inside [from, to]. */
function plan(agencyId: number, taskIds: number[], cells: Cell[], from: string, to: string, salt: string) {
  const out: Array<{ row: typeof activities.$inferInsert; outputs: Cell[] }> = [];
  const span = Math.max(0, daysBetween(from, to));
  const byCode = new Map<string, Cell[]>();
  for (const c of cells.filter((c) => c.value > 0)) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  for (const [code, list] of byCode) {
    const budget = code === 'BUDGET_SPENT';
    // Whole numbers of two or more are split over two activities, so a figure has a history.
    const split = !budget && list.every((c) => Number.isInteger(c.value)) && list.some((c) => c.value >= 2) ? 2 : 1;
    for (let part = 0; part < split; part++) {
      const outputs = list
        .map((c) => {
          const first = split === 2 ? Math.floor(c.value / 2) : c.value;
          return { ...c, value: part === 0 ? first : c.value - first };
        })
        .filter((c) => c.value > 0);
      if (outputs.length === 0) continue;
      const key = `${salt}|${agencyId}|${code}|${part}`;
      const startsOn = addDays(from, Math.floor(pick(key) * (span + 1)));
      out.push({
        row: {
          agencyId,
          taskId: taskIds[Math.floor(pick(`${key}t`) * taskIds.length)]!,
          kind: KIND_OF[code] ?? 'other',
          title: `${TITLES[code] ?? 'Hoạt động thông tin đối ngoại'} (đợt ${part + 1})`,
          startsOn,
          endsOn: startsOn,
          // The budget figure is in millions of đồng; the activity's cost is in whole đồng.
          costDong: budget ? Math.round(list[0]!.value * 1_000_000) : null,
        },
        outputs,
      });
    }
  }
  return out;
}

const TITLES: Record<string, string> = {
  DIR_DOCS: 'Ban hành văn bản chỉ đạo, hướng dẫn công tác thông tin đối ngoại',
  PRESS_RELEASES: 'Phát hành thông cáo báo chí',
  NEWS_BY_CHANNEL: 'Đăng, phát tin, bài thông tin đối ngoại',
  NEWS_BY_LANGUAGE: 'Tin, bài thông tin đối ngoại bằng tiếng nước ngoài và tiếng dân tộc',
  BROADCAST_PROGRAMMES: 'Sản xuất chương trình phát thanh, truyền hình tiếng dân tộc',
  COLUMNS: 'Duy trì chuyên trang, chuyên mục thông tin đối ngoại',
  FALSE_INFO_REBUTTED: 'Tin, bài đấu tranh phản bác thông tin sai trái',
  PRESS_CONFERENCES: 'Họp báo, cung cấp thông tin cho báo chí',
  TRAINING_PARTICIPANTS: 'Hội nghị tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại',
  FOREIGN_REPORTERS: 'Đón tiếp, hỗ trợ phóng viên nước ngoài',
  FOREIGN_DELEGATIONS: 'Đón tiếp đoàn khách nước ngoài',
  EVENTS: 'Tổ chức sự kiện có nội dung thông tin đối ngoại',
  PUBLICATIONS: 'Xuất bản ấn phẩm thông tin đối ngoại',
  PUBLICATION_COPIES: 'In, phát hành ấn phẩm thông tin đối ngoại',
  CONTEST_ENTRIES: 'Gửi tác phẩm dự thi (Happy Vietnam, Giải thưởng toàn quốc về thông tin đối ngoại)',
  SOVEREIGNTY_CASES: 'Phát hiện, xử lý sản phẩm sai lệch về chủ quyền',
  BUDGET_SPENT: 'Chi kinh phí cho công tác thông tin đối ngoại',
};

/** Writes the demo activities of one plan's half-year and annual periods. */
async function loadPlanActivities(tx: Tx, semi: Period, annual: Period | undefined): Promise<number> {
  const semiFigures = await figuresOf(tx, semi.id);
  const annualFigures = annual ? await figuresOf(tx, annual.id) : new Map<number, Cell[]>();
  const owed = new Map<string, number[]>();
  for (const o of await tx
    .select()
    .from(obligations)
    .where(inArray(obligations.periodId, [semi.id, ...(annual ? [annual.id] : [])])))
    owed.set(`${o.periodId}|${o.agencyId}`, o.taskIds);
  const planned: ReturnType<typeof plan> = [];
  for (const [agencyId, cells] of semiFigures) {
    const tasks = owed.get(`${semi.id}|${agencyId}`) ?? [];
    if (tasks.length) planned.push(...plan(agencyId, tasks, cells, semi.windowFrom, semi.windowTo, `s${semi.id}`));
  }
  if (annual && annual.windowFrom === semi.windowFrom) {
    const lastDay = annual.windowTo < STORY_TODAY ? annual.windowTo : STORY_TODAY;
    for (const [agencyId, cells] of annualFigures) {
      const tasks = owed.get(`${annual.id}|${agencyId}`) ?? [];
      const before = new Map((semiFigures.get(agencyId) ?? []).map((c) => [cellKey(c), c.value]));
      const rest = cells.map((c) => ({ ...c, value: c.value - (before.get(cellKey(c)) ?? 0) }));
      const covered = new Set(cells.map(cellKey));
      const consistent =
        rest.every((c) => c.value >= 0) && [...before].every(([key, value]) => covered.has(key) || value === 0);
      if (!consistent || tasks.length === 0) continue;
      planned.push(...plan(agencyId, tasks, rest, addDays(semi.windowTo, 1), lastDay, `a${annual.id}`));
    }
  }
  const indicatorIds = new Map(
    (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [i.code, i.id]),
  );
  for (let i = 0; i < planned.length; i += 500) {
    const chunk = planned.slice(i, i + 500);
    const ids = await tx
      .insert(activities)
      .values(chunk.map((p) => p.row))
      .returning({ id: activities.id });
    const outputs = chunk.flatMap((p, j) =>
      p.outputs.map((o) => ({
        activityId: ids[j]!.id,
        indicatorId: indicatorIds.get(o.code)!,
        breakdownKey: o.breakdownKey,
        value: o.value,
      })),
    );
    if (outputs.length) await tx.insert(activityOutputs).values(outputs);
  }
  return planned.length;
}

/** The demo's activity record for the 2025 and 2026 plans (half-year and annual reports). */
export async function loadActivityDemo(ctx: RequestContext, planIds: number[]): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  let written = 0;
  for (const planId of planIds) {
    const periods = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
    const semi = periods.find((p) => p.kind === 'semiannual');
    if (semi)
      written += await loadPlanActivities(
        tx,
        semi,
        periods.find((p) => p.kind === 'annual'),
      );
  }
  await tx.insert(auditEvents).values({
    at: ctx.clock.now(),
    actorName: 'system:demo',
    action: 'demo.load-activities',
    subjectType: 'activity',
    after: { activities: written },
  });
}
