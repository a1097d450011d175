import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { parsePlanText } from '../../documents/plan-parser/index.js';
import { diffPlans } from './diff-plans.js';

const PLAN_2026 = parsePlanText(
  readFileSync(new URL('../../demo/documents/ke-hoach-ttdn-tuyen-quang-2026.txt', import.meta.url), 'utf8'),
);

/** Renames a code's prefix: "2.3.1" with 2.3 → 2.2 becomes "2.2.1". */
function shift(code: string | null, from: string, to: string): string | null {
  if (code === null) return null;
  return code === from || code.startsWith(`${from}.`) ? `${to}${code.slice(from.length)}` : code;
}

/** The 2026 plan with task 2.1 dropped and its younger siblings renumbered, as a revised document would print it. */
function without21(plan: PlanJson): PlanJson {
  const moves: Array<[string, string]> = [
    ['2.2', '2.1'],
    ['2.3', '2.2'],
    ['2.4', '2.3'],
  ];
  const tasks = plan.tasks
    .filter((t) => t.code !== '2.1')
    .map((t) => {
      let { code, parent } = t;
      for (const [from, to] of moves) {
        const shiftedCode = shift(t.code, from, to);
        if (shiftedCode !== t.code) code = shiftedCode!;
        const shiftedParent = shift(t.parent, from, to);
        if (shiftedParent !== t.parent) parent = shiftedParent;
      }
      return { ...t, code, parent };
    });
  return { ...plan, tasks };
}

const task = (plan: PlanJson, code: string): PlanJsonTask => plan.tasks.find((t) => t.code === code)!;

describe('comparing two versions of a plan by content', () => {
  it('parses the demo plan with the tasks the test relies on', () => {
    expect(task(PLAN_2026, '2.1').title).toMatch(/^Quán triệt/);
    expect(task(PLAN_2026, '2.2').title).toMatch(/^Bố trí nhân sự/);
    expect(PLAN_2026.tasks.length).toBeGreaterThan(20);
  });

  it('a version without 2.1 removes “Quán triệt…” and renumbers the rest; it pairs no task with another', () => {
    const next = without21(PLAN_2026);
    const diff = diffPlans(PLAN_2026, next);
    expect(diff.removed.map((r) => r.code)).toEqual(['2.1']);
    expect(diff.removed[0]!.title).toMatch(/^Quán triệt/);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.renumbered.map((r) => `${r.previousCode}→${r.code}`)).toEqual([
      '2.2→2.1',
      '2.3→2.2',
      '2.3.1→2.2.1',
      '2.3.2→2.2.2',
      '2.3.3→2.2.3',
      '2.4→2.3',
    ]);
    expect(diff.unchanged).toBe(PLAN_2026.tasks.length - 1 - 6);
  });

  it('a new task, a reworded title and a new lead are told apart', () => {
    const next = without21(PLAN_2026);
    const t74 = task(next, '7.4');
    const t71 = task(next, '7.1');
    next.tasks = next.tasks.map((t) =>
      t.code === '7.4'
        ? { ...t, lead: ['Sở Công Thương'] }
        : t.code === '7.1'
          ? { ...t, title: t.title.replace('Xuất bản', 'Biên soạn, xuất bản') }
          : t,
    );
    next.tasks.push({
      ...t74,
      code: '7.6',
      title: 'Tổ chức cuộc thi ảnh “Tuyên Quang – điểm hẹn bốn mùa” dành cho người nước ngoài',
      content: '',
    });
    const diff = diffPlans(PLAN_2026, next);
    expect(diff.added.map((a) => a.code)).toEqual(['7.6']);
    expect(diff.removed.map((r) => r.code)).toEqual(['2.1']);
    const changed = Object.fromEntries(diff.changed.map((c) => [c.code, c]));
    expect(Object.keys(changed).sort()).toEqual(['7.1', '7.4']);
    expect(changed['7.4']!.fields).toEqual(['lead']);
    expect(changed['7.4']!.before.lead).toEqual(t74.lead);
    expect(changed['7.1']!.fields).toContain('title');
    expect(changed['7.1']!.previousCode).toBe('7.1');
    expect(changed['7.1']!.similarity).toBeGreaterThan(0.5);
    expect(changed['7.1']!.similarity).toBeLessThan(1);
    expect(t71.title).not.toBe(changed['7.1']!.title);
  });

  it('tone placement, spacing and a list read into more names are no change', () => {
    const next: PlanJson = {
      ...PLAN_2026,
      tasks: PLAN_2026.tasks.map((t) => ({
        ...t,
        title: t.title.replaceAll('hòa', 'hoà').replaceAll('Ủy', 'Uỷ'),
        // One printed name read as two (with the registry's names as lexicon) is the same list.
        lead: t.lead.flatMap((n) => n.replaceAll('Ủy', 'Uỷ').split(/,\s*(?=đơn vị )/u)),
      })),
    };
    expect(next.tasks.some((t, i) => t.lead.length > PLAN_2026.tasks[i]!.lead.length)).toBe(true);
    const diff = diffPlans(PLAN_2026, next);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toBe(PLAN_2026.tasks.length);
  });
});
