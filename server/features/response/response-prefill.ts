/**
 * The response work an agency's submission is drafted with: the cases it led, the press conferences
 * it hosted and the foreign press groups it received in the data window, each kind on the owed task
 * it belongs to, in the consolidated report's own words (numbers first, then a line each). It feeds
 * the activities' draft (server/features/activities: draftSubmissionFromActivities), so a report is
 * filled from the record by one mechanism.
 */

import { and, asc, between, eq, inArray, isNotNull } from 'drizzle-orm';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import type { Db, Tx } from '../../db/client.js';
import { monitorDigests } from '../../db/schema/monitoring.js';
import { tasks, taskRoles } from '../../db/schema/plans.js';
import { obligations } from '../../db/schema/reporting.js';
import { loadResponseSummary, type ResponseSummary, responseReportText } from './response-report.js';

/** The kinds of response work a report counts (press digests: seed II.2.3, "điểm tin" for leaders). */
export type ResponseWork = 'cases' | 'conferences' | 'foreignGroups' | 'digests';

/**
 * How a plan names each kind of work, most telling first. The seed's tasks read "tổ chức họp báo"
 * (2.3.1), "phóng viên, báo chí nước ngoài" (2.3.2) and "sai lệch chủ quyền" (2.3.3); 2.3.1 also
 * mentions "phản bác", so the words about false information and sovereignty are tried before it.
 */
const TASK_WORDS: Record<ResponseWork, string[]> = {
  cases: ['sai su that', 'tin gia', 'xuyen tac', 'chu quyen', 'phan bac', 'sai lech'],
  conferences: ['hop bao', 'nguoi phat ngon', 'cung cap thong tin cho bao chi'],
  foreignGroups: ['phong vien nuoc ngoai', 'bao chi nuoc ngoai'],
  digests: ['diem tin', 'theo doi thong tin', 'du luan', 'mang xa hoi'],
};

type TaskText = { id: number; position: number; title: string; content: string };

/** The task a kind of work belongs to among the period's owed tasks, or null when no task names it. */
export function taskFor(work: ResponseWork, owed: TaskText[]): number | null {
  const ordered = [...owed].sort((a, b) => a.position - b.position || a.id - b.id);
  const texts = ordered.map((t) => ({ id: t.id, text: foldDiacritics(`${t.title} ${t.content}`).toLowerCase() }));
  for (const word of TASK_WORDS[work]) {
    const hit = texts.find((t) => t.text.includes(word));
    if (hit) return hit.id;
  }
  return null;
}

/** One drafted line of a submission: the task, its text and what the text counts. */
export type ResponseDraftLine = { taskId: number; work: ResponseWork; doneText: string; count: number };

/** The summary with only one kind of work kept (so the report's text prints that kind alone). */
function only(work: Exclude<ResponseWork, 'digests'>, s: ResponseSummary): ResponseSummary {
  const none: ResponseSummary = {
    cases: {
      handled: 0,
      closed: 0,
      byKind: { misinformation: 0, 'sovereignty-product': 0, 'sensitive-coverage': 0 },
      rebuttals: 0,
      lines: [],
    },
    conferences: { held: 0, regular: 0, adHoc: 0, lines: [] },
    foreignGroups: { received: 0, reporters: 0, lines: [] },
  };
  return { ...none, [work]: s[work] };
}

const countOf = (work: Exclude<ResponseWork, 'digests'>, s: ResponseSummary) =>
  work === 'cases' ? s.cases.handled : work === 'conferences' ? s.conferences.held : s.foreignGroups.received;

/**
 * The agency's response work of [from, to] as draft lines. A case counts for its lead agency, a
 * conference for its host; work without an agency of its own (every foreign press group, a case with
 * no lead) counts for the first agency leading the task it belongs to — so each item lands in exactly
 * one submission and the submissions add up to the consolidated report.
 */
export async function draftFromResponse(
  db: Db | Tx,
  input: { periodId: number; agencyId: number; owedTaskIds: number[]; from: string; to: string },
): Promise<ResponseDraftLine[]> {
  const periodTaskIds = [
    ...new Set(
      (
        await db
          .select({ taskIds: obligations.taskIds })
          .from(obligations)
          .where(eq(obligations.periodId, input.periodId))
      ).flatMap((o) => o.taskIds),
    ),
  ];
  if (periodTaskIds.length === 0) return [];
  const periodTasks = await db
    .select({ id: tasks.id, position: tasks.position, title: tasks.title, content: tasks.content })
    .from(tasks)
    .where(inArray(tasks.id, periodTaskIds));
  const owed = new Set(input.owedTaskIds);
  const out: ResponseDraftLine[] = [];
  for (const work of ['cases', 'conferences', 'foreignGroups', 'digests'] as const) {
    const taskId = taskFor(work, periodTasks);
    if (taskId === null || !owed.has(taskId)) continue;
    const [firstLead] = await db
      .select({ agencyId: taskRoles.agencyId })
      .from(taskRoles)
      .where(and(eq(taskRoles.taskId, taskId), eq(taskRoles.role, 'lead'), isNotNull(taskRoles.agencyId)))
      .orderBy(asc(taskRoles.position), asc(taskRoles.id))
      .limit(1);
    if (work === 'digests') {
      // The province's digests belong to no agency: they count for the agency leading the monitoring task.
      if (firstLead?.agencyId !== input.agencyId) continue;
      const line = await digestsLine(db, input.from, input.to);
      if (line) out.push({ taskId, work, ...line });
      continue;
    }
    const summary = await loadResponseSummary(db, input.from, input.to, {
      agencyId: input.agencyId,
      alsoUnassigned: firstLead?.agencyId === input.agencyId,
    });
    const count = countOf(work, summary);
    if (count === 0) continue;
    out.push({ taskId, work, doneText: responseReportText(only(work, summary)).join('\n'), count });
  }
  return out;
}

const DIGEST_WORDS: Record<string, string> = { daily: 'hằng ngày', weekly: 'hằng tuần', monthly: 'hằng tháng' };

/** The press digests whose period ends in [from, to], as one report line (null when none was issued). */
export async function digestsLine(
  db: Db | Tx,
  from: string,
  to: string,
): Promise<{ doneText: string; count: number } | null> {
  const rows = await db
    .select({ kind: monitorDigests.kind, articleIds: monitorDigests.articleIds })
    .from(monitorDigests)
    .where(between(monitorDigests.periodEnd, from, to));
  if (rows.length === 0) return null;
  const byKind = Object.keys(DIGEST_WORDS)
    .map((kind) => ({ kind, n: rows.filter((r) => r.kind === kind).length }))
    .filter((k) => k.n > 0)
    .map((k) => `${String(k.n).padStart(2, '0')} bản ${DIGEST_WORDS[k.kind]}`);
  const articles = new Set(rows.flatMap((r) => r.articleIds)).size;
  return {
    count: rows.length,
    doneText: `Theo dõi thông tin trên báo chí, mạng xã hội về tỉnh; phát hành ${String(rows.length).padStart(2, '0')} bản điểm tin báo chí (${byKind.join(', ')}) phục vụ lãnh đạo tỉnh, tổng hợp ${articles} tin, bài.`,
  };
}
