/**
 * The response work of a period as the reports print it: how many cases were handled, press
 * conferences held and foreign press groups received between two dates, with a line each. The
 * consolidated report puts it in its section on handling false information and press relations;
 * nobody retypes it. A need-to-know case is counted but never described.
 */

import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { formatDateVi } from '../../../common/calendar/index.js';
import type { Db, Tx } from '../../db/client.js';
import { foreignPressVisits, pressConferences, responseActions, responseCases } from '../../db/schema/response.js';

/** The period's response work, counted and listed. */
export type ResponseSummary = {
  cases: {
    /** Cases opened in the window or still open during it and closed in it. */
    handled: number;
    closed: number;
    byKind: Record<'misinformation' | 'sovereignty-product' | 'sensitive-coverage', number>;
    rebuttals: number;
    lines: string[];
  };
  conferences: { held: number; regular: number; adHoc: number; lines: string[] };
  foreignGroups: { received: number; reporters: number; lines: string[] };
};

const KIND_WORDS = {
  misinformation: 'thông tin sai sự thật, xuyên tạc',
  'sovereignty-product': 'sản phẩm thể hiện sai chủ quyền, biên giới quốc gia',
  'sensitive-coverage': 'thông tin nhạy cảm trên báo chí',
} as const;
const LABEL_WORDS = {
  'tin-gia': 'tin giả',
  'tin-sai-su-that': 'tin sai sự thật',
  'thong-tin-xac-thuc': 'thông tin xác thực',
} as const;

/**
 * Whose work to count: an agency's own (cases it leads, conferences it hosts), plus — when it is the
 * agency answering for them — the cases and conferences with no agency and the foreign press groups.
 * The whole province's when absent.
 */
export type ResponseScope = { agencyId: number; alsoUnassigned: boolean };

/** Reads and counts the response work of [from, to], the province's or one agency's. */
export async function loadResponseSummary(
  db: Db | Tx,
  from: string,
  to: string,
  scope?: ResponseScope,
): Promise<ResponseSummary> {
  const ofAgency = (column: typeof responseCases.leadAgencyId | typeof pressConferences.hostAgencyId) =>
    scope === undefined
      ? undefined
      : scope.alsoUnassigned
        ? or(eq(column, scope.agencyId), isNull(column))
        : eq(column, scope.agencyId);
  const cases = await db
    .select()
    .from(responseCases)
    .where(
      and(
        ofAgency(responseCases.leadAgencyId),
        lte(responseCases.openedOn, to),
        or(gte(responseCases.closedOn, from), inArray(responseCases.status, ['open', 'verifying', 'responding'])),
      ),
    )
    .orderBy(asc(responseCases.openedOn), asc(responseCases.id));
  const actions = cases.length
    ? await db
        .select()
        .from(responseActions)
        .where(
          inArray(
            responseActions.caseId,
            cases.map((c) => c.id),
          ),
        )
    : [];
  const rebuttals = actions.filter(
    (a) =>
      a.status === 'done' &&
      ['rebuttal', 'clarification', 'press-release'].includes(a.kind) &&
      a.doneOn !== null &&
      a.doneOn >= from &&
      a.doneOn <= to,
  );
  const byKind = { misinformation: 0, 'sovereignty-product': 0, 'sensitive-coverage': 0 };
  const lines: string[] = [];
  let hidden = 0;
  for (const c of cases) {
    byKind[c.kind]++;
    if (c.isSensitive) {
      hidden++;
      continue;
    }
    const label = c.label ? ` (${LABEL_WORDS[c.label]})` : '';
    const state =
      c.closedOn !== null && c.closedOn <= to
        ? `đã xử lý xong ngày ${formatDateVi(c.closedOn)}${c.outcome ? `: ${c.outcome.replace(/\.$/, '')}` : ''}`
        : 'đang tiếp tục xử lý';
    lines.push(`${c.title}${label} — ${state}.`);
  }
  if (hidden > 0)
    lines.push(`${String(hidden).padStart(2, '0')} vụ việc thuộc diện hạn chế tiếp cận (không nêu chi tiết).`);

  const conferences = await db
    .select()
    .from(pressConferences)
    .where(
      and(
        ofAgency(pressConferences.hostAgencyId),
        gte(pressConferences.heldOn, from),
        lte(pressConferences.heldOn, to),
        inArray(pressConferences.status, ['held']),
      ),
    )
    .orderBy(asc(pressConferences.heldOn));
  // A foreign press group has no agency of its own: it counts for the agency answering for them.
  const visits =
    scope && !scope.alsoUnassigned
      ? []
      : await db
          .select()
          .from(foreignPressVisits)
          .where(
            and(
              gte(foreignPressVisits.startOn, from),
              lte(foreignPressVisits.startOn, to),
              inArray(foreignPressVisits.status, ['accepted', 'completed']),
            ),
          )
          .orderBy(asc(foreignPressVisits.startOn));
  return {
    cases: {
      handled: cases.length,
      closed: cases.filter((c) => c.closedOn !== null && c.closedOn >= from && c.closedOn <= to).length,
      byKind,
      rebuttals: rebuttals.length,
      lines,
    },
    conferences: {
      held: conferences.length,
      regular: conferences.filter((c) => c.kind === 'regular').length,
      adHoc: conferences.filter((c) => c.kind === 'ad-hoc').length,
      lines: conferences.map(
        (c) =>
          `Ngày ${formatDateVi(c.heldOn)}: ${c.title} (${c.kind === 'regular' ? 'định kỳ' : 'đột xuất'}${c.attendance ? `, ${c.attendance} phóng viên dự` : ''}${c.questions.length ? `, trả lời ${c.questions.length} câu hỏi` : ''}).`,
      ),
    },
    foreignGroups: {
      received: visits.length,
      reporters: visits.reduce((n, v) => n + v.members.length, 0),
      lines: visits.map(
        (v) =>
          `${v.outlet} (${v.country}), ${v.members.length} phóng viên, từ ngày ${formatDateVi(v.startOn)} đến ngày ${formatDateVi(v.endOn)}: ${v.purpose.replace(/\.$/, '')}.`,
      ),
    },
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The report's paragraph on handling false information and press relations, in the narrative's
 * text conventions ("- " bullets). Empty when the period had none of this work.
 */
export function responseReportText(s: ResponseSummary): string[] {
  if (s.cases.handled + s.conferences.held + s.foreignGroups.received === 0) return [];
  const out: string[] = [];
  if (s.cases.handled > 0) {
    const kinds = (Object.keys(s.cases.byKind) as Array<keyof typeof KIND_WORDS>)
      .filter((k) => s.cases.byKind[k] > 0)
      .map((k) => `${two(s.cases.byKind[k])} vụ việc về ${KIND_WORDS[k]}`);
    out.push(
      `Phát hiện, xử lý ${two(s.cases.handled)} vụ việc (${kinds.join('; ')}), trong đó ${two(s.cases.closed)} vụ việc đã xử lý xong trong kỳ; đăng tải ${two(s.cases.rebuttals)} tin, bài cải chính, phản bác, thông cáo báo chí:`,
    );
    for (const line of s.cases.lines) out.push(`- ${line}`);
  }
  if (s.conferences.held > 0) {
    out.push(
      `Tổ chức ${two(s.conferences.held)} cuộc họp báo (${two(s.conferences.regular)} định kỳ, ${two(s.conferences.adHoc)} đột xuất) theo Nghị định số 09/2017/NĐ-CP:`,
    );
    for (const line of s.conferences.lines) out.push(`- ${line}`);
  }
  if (s.foreignGroups.received > 0) {
    out.push(
      `Tiếp nhận, quản lý, hướng dẫn ${two(s.foreignGroups.received)} đoàn (${two(s.foreignGroups.reporters)} lượt phóng viên) nước ngoài hoạt động thông tin, báo chí trên địa bàn tỉnh theo Nghị định số 88/2012/NĐ-CP:`,
    );
    for (const line of s.foreignGroups.lines) out.push(`- ${line}`);
  }
  return out;
}
