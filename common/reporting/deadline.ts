/**
 * The one deadline rule, explained the same way on every screen, letter and e-mail: what the plan
 * says ("trước ngày 15/11"), the last day that wording allows, the working day it moves to, and an
 * extension when one was granted. Pure: the stored period already holds the computed due date.
 */
import { addDays } from '../calendar/iso-date.js';
import type { MessageKey } from '../i18n/vi/index.js';

/** Why the due date is not the last day the plan's wording allows. */
export type DeadlineMove = 'saturday' | 'sunday' | 'dayoff' | null;

/** Everything a reader needs to understand one agency's due date. */
export type DeadlineFacts = {
  /** The plan's date ("trước ngày 15/11/2026" → 2026-11-15). */
  statedDue: string;
  /** "before the 15th" reads as the 14th; a plan that says "đến ngày" is inclusive. */
  exclusive: boolean;
  lastAllowed: string;
  /** The period's computed due date (last allowed day, rolled to a working day). */
  dueOn: string;
  move: DeadlineMove;
  extendedTo: string | null;
  /** The date every count uses: the extension when there is one, else the due date. */
  dueInForce: string;
};

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** The facts of a period's deadline for one agency (its extension, if any). */
export function deadlineFacts(
  period: { statedDue: string; dueOn: string },
  extendedTo: string | null = null,
): DeadlineFacts {
  // A due date on the stated day itself means the wording was inclusive ("đến ngày").
  const exclusive = period.dueOn !== period.statedDue;
  const lastAllowed = exclusive ? addDays(period.statedDue, -1) : period.statedDue;
  let move: DeadlineMove = null;
  if (period.dueOn !== lastAllowed) {
    const day = weekday(lastAllowed);
    move = day === 6 ? 'saturday' : day === 0 ? 'sunday' : 'dayoff';
  }
  const extension = extendedTo && extendedTo > period.dueOn ? extendedTo : null;
  return {
    statedDue: period.statedDue,
    exclusive,
    lastAllowed,
    dueOn: period.dueOn,
    move,
    extendedTo: extension,
    dueInForce: extension ?? period.dueOn,
  };
}

type T = (key: MessageKey, params?: Record<string, unknown>) => string;

/** "Hạn nộp: 16/11/2026" or "Hạn nộp: 30/11/2026 (gia hạn; hạn chung 16/11/2026)". */
export function deadlineShort(t: T, facts: DeadlineFacts): string {
  return facts.extendedTo
    ? t('cycle.deadline.extended', { date: facts.extendedTo, original: facts.dueOn })
    : t('cycle.deadline.due', { date: facts.dueOn });
}

/** Why the due date is what it is, in one sentence (the plan's words → last day → working day). */
export function deadlineWhy(t: T, facts: DeadlineFacts): string {
  const parts = [
    t(facts.exclusive ? 'cycle.deadline.why.before' : 'cycle.deadline.why.until', {
      stated: facts.statedDue,
      last: facts.lastAllowed,
    }),
  ];
  if (facts.move) parts.push(t(`cycle.deadline.why.${facts.move}`, { due: facts.dueOn }));
  if (facts.extendedTo) parts.push(t('cycle.deadline.why.extension', { date: facts.extendedTo }));
  parts.push(t('cycle.deadline.why.count'));
  return parts.join(' ');
}
