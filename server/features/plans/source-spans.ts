import type { PlanJson } from '../../../common/contracts/plan-json.js';

/** A stretch of the source text a parsed field came from, for highlighting in the review screen. */
export type SourceSpan = {
  start: number;
  end: number;
  kind: 'task' | 'agency' | 'timeframe' | 'legal-basis';
  code: string | null;
  text: string;
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds `needle` in `source` from `from`, tolerating line breaks and repeated spaces between words. */
function findLoose(source: string, needle: string, from: number): { start: number; end: number } | null {
  const words = needle.normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 40);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const match = pattern.exec(source);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * Locates each task heading, agency name and timeframe of the parsed plan in the source text, in
 * document order, so the reviewer sees where every value came from. Values not found are skipped.
 */
export function locateSourceSpans(source: string, plan: PlanJson): SourceSpan[] {
  const text = source.normalize('NFC');
  const spans: SourceSpan[] = [];
  let cursor = 0;
  for (const task of plan.tasks) {
    const heading = findLoose(text, `${task.code}`, cursor) && findLoose(text, task.title, cursor);
    if (!heading) continue;
    spans.push({ ...heading, kind: 'task', code: task.code, text: text.slice(heading.start, heading.end) });
    cursor = heading.end;
    let inner = cursor;
    for (const name of [...task.guides, ...task.lead, ...task.coordinators, ...task.implementers]) {
      const found = findLoose(text, name, inner);
      if (found && found.start - cursor < 5000) {
        spans.push({ ...found, kind: 'agency', code: task.code, text: text.slice(found.start, found.end) });
        inner = Math.max(inner, found.end);
      }
    }
    if (task.timeframe.text) {
      const found = findLoose(text, task.timeframe.text, cursor);
      if (found && found.start - cursor < 5000)
        spans.push({ ...found, kind: 'timeframe', code: task.code, text: text.slice(found.start, found.end) });
    }
  }
  return spans.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
}
