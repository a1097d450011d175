import { foldDiacritics, similarity } from '../../../common/text/vietnamese.js';

/** One task of an agency's own plan linked to the province's task it implements. */
export type OwnTaskLink = {
  ownCode: string;
  ownTitle: string;
  taskId: number | null;
  taskCode: string | null;
  score: number;
};

const STOP = new Set([
  'va',
  'cac',
  'cua',
  've',
  'tren',
  'trong',
  'cho',
  'voi',
  'thong',
  'tin',
  'doi',
  'ngoai',
  'nam',
  'tinh',
  'tuyen',
  'quang',
  'thuc',
  'hien',
  'trien',
  'khai',
]);

function words(text: string): Set<string> {
  return new Set(
    foldDiacritics(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

function wordOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

/**
 * Links each task of an agency's own plan to the closest province task it owes: title likeness
 * (shared content words and character trigrams, without diacritics, ignoring the words every TTĐN
 * title shares) plus a bonus for the same code, since agencies often copy the province's numbering.
 * Below `threshold` the own task stays unlinked for a person to decide.
 */
export function linkOwnTasks(
  own: Array<{ code: string; title: string }>,
  province: Array<{ id: number; code: string; title: string }>,
  threshold = 0.3,
): OwnTaskLink[] {
  return own.map((task) => {
    let best: { id: number; code: string; score: number } | null = null;
    for (const candidate of province) {
      const score =
        0.6 * wordOverlap(task.title, candidate.title) +
        0.4 * similarity(task.title, candidate.title) +
        (task.code === candidate.code ? 0.15 : 0);
      if (!best || score > best.score) best = { id: candidate.id, code: candidate.code, score };
    }
    const linked = best !== null && best.score >= threshold;
    return {
      ownCode: task.code,
      ownTitle: task.title,
      taskId: linked ? best!.id : null,
      taskCode: linked ? best!.code : null,
      score: Math.round((best?.score ?? 0) * 100) / 100,
    };
  });
}
