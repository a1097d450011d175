/**
 * Section IV, the forward look: the plan's tasks still due in the year, the coming period's
 * anniversaries, festivals and contests (the plan's own list first), the reorganisations ahead, the
 * weak points section III found, and the next reporting deadline. Not a copy of the plan's headings.
 */

import type { Consolidation } from '../consolidate.js';
import { calendarBetween, planAnniversaries } from './calendar-of-events.js';
import { formatDateShort, joinVi, lowerFirst } from './prose.js';
import { nextPeriodPhrase, reorganisationClauses } from './report-form.js';
import type { TaskParagraph } from './task-synthesis.js';

/** Section IV as text. */
export function forwardLookSection(c: Consolidation, paragraphs: readonly TaskParagraph[]): string {
  const from = c.period.kind === 'annual' ? `${c.period.year + 1}-01-01` : nextDay(c.period.dueOn);
  const to = c.period.kind === 'annual' ? `${c.period.year + 1}-12-31` : `${c.period.year}-12-31`;
  const parts: Array<{ title: string; items: string[] }> = [];

  const open = paragraphs.filter(
    (p) => p.deadline && p.deadline.status !== 'done' && (!p.deadline.due || p.deadline.due >= from),
  );
  if (open.length > 0)
    parts.push({
      title: `Hoàn thành các nhiệm vụ có thời hạn trong năm ${c.period.year}`,
      items: open.map((p) => {
        const task = c.tasks.find((t) => t.id === p.taskId)!;
        const lead = task.roles.find((r) => r.role === 'lead' && !r.isGroup)?.holders.map((h) => h.name);
        const due = p.deadline!.due ? `, hoàn thành trước ngày ${formatDateShort(p.deadline!.due)}` : '';
        return `${lead && lead.length > 0 ? `${joinVi(lead)}: ` : ''}${lowerFirst(p.heading)} (nhiệm vụ ${p.code})${due};`;
      }),
    });

  const planItems = c.tasks.flatMap((t) => planAnniversaries(`${t.title} ${t.content}`));
  const calendar = calendarBetween(from, to, c.plan.province, planItems);
  const events = mergeSameDay(
    calendar.filter((i) => i.kind === 'anniversary').map((i) => ({ date: i.date, text: i.text })),
  );
  if (events.length > 0)
    parts.push({
      title: 'Thông tin, tuyên truyền đối ngoại về các sự kiện, ngày lễ lớn',
      items: events.map((e) => `${e}${e.endsWith(';') ? '' : ';'}`),
    });
  const promotion = calendar.filter((i) => i.kind !== 'anniversary');
  if (promotion.length > 0)
    parts.push({
      title: 'Quảng bá hình ảnh tỉnh qua các lễ hội, cuộc thi, giải thưởng',
      items: promotion.map(
        (i) =>
          `${i.kind === 'contest' ? 'Hưởng ứng, vận động các cơ quan báo chí, văn nghệ sĩ tham gia' : 'Quảng bá'} ${i.text};`,
      ),
    });

  const ahead = reorganisationClauses(c.context.events, nextDay(c.period.windowTo), to);
  if (ahead.length > 0)
    parts.push({
      title: 'Bảo đảm công tác thông tin đối ngoại thông suốt khi sắp xếp tổ chức bộ máy',
      items: [
        ...ahead.map((m) => `Từ ngày ${formatDateShort(m.date)}, ${m.clauses.join('; ')};`),
        'Rà soát, phân công lãnh đạo phụ trách và cán bộ đầu mối thông tin đối ngoại tại các cơ quan, địa phương sau sắp xếp; cập nhật phân công nhiệm vụ của Kế hoạch cho phù hợp;',
      ],
    });

  const weak = paragraphs.filter((p) => !p.isGroup && !p.hasResults);
  const tail: string[] = [];
  for (const p of weak.slice(0, 4)) tail.push(`Đẩy mạnh thực hiện nhiệm vụ ${p.code}: ${lowerFirst(p.heading)};`);
  const next = c.context.nextPeriod;
  tail.push(
    next
      ? `Các cơ quan, đơn vị gửi báo cáo kết quả công tác thông tin đối ngoại ${next.kind === 'annual' ? `năm ${c.period.year}` : 'kỳ tới'} trước ngày ${formatDateShort(next.dueOn)}${c.context.coordinator ? ` về ${c.context.coordinator.name} để tổng hợp` : ''}, bảo đảm đầy đủ số liệu chỉ tiêu.`
      : 'Các cơ quan, đơn vị thực hiện nghiêm chế độ báo cáo, bảo đảm đầy đủ số liệu chỉ tiêu.',
  );
  parts.push({ title: 'Nâng cao chất lượng thực hiện nhiệm vụ và chế độ báo cáo', items: tail });

  const out = [
    `Trong ${nextPeriodPhrase(c)}, Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị, địa phương tiếp tục thực hiện đồng bộ các nhiệm vụ thường xuyên của Kế hoạch, tập trung vào các nội dung sau:`,
  ];
  parts.forEach((p, i) => {
    out.push(`${i + 1}. ${p.title}`);
    // Items of a list end with ";", the last with ".".
    out.push(...p.items.map((x, k) => `- ${x.replace(/[;.]$/u, k === p.items.length - 1 ? '.' : ';')}`));
  });
  return out.join('\n');
}

/** Items of one day become one: "Kỷ niệm A (…) và B (…)". */
function mergeSameDay(items: ReadonlyArray<{ date: string; text: string }>): string[] {
  const byDate = new Map<string, string[]>();
  for (const i of items) byDate.set(i.date, [...(byDate.get(i.date) ?? []), i.text]);
  return [...byDate.values()].map((texts) =>
    texts.length === 1
      ? texts[0]!
      : `${texts[0]} và ${texts
          .slice(1)
          .map((t) => t.replace(/^Kỷ niệm\s+/u, ''))
          .join(' và ')}`,
  );
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
