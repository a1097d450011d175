/**
 * The rules of the response work as data plus small functions, no database: the state machines of
 * cases, foreign press visits and press conferences, the working-day deadlines of referrals and of
 * Nghị định 88/2012, and the quarterly press-conference duty of Nghị định 09/2017.
 */

import { addDays, type WorkingCalendar } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import type { CaseStatus, VisitStatus } from '../../db/schema/response.js';

/** What may be done to a case in each status; anything else is refused. Closed is final. */
export const CASE_TRANSITIONS: Record<'verify' | 'respond' | 'close', readonly CaseStatus[]> = {
  verify: ['open'],
  respond: ['open', 'verifying'],
  close: ['verifying', 'responding'],
};
const CASE_TARGET = { verify: 'verifying', respond: 'responding', close: 'closed' } as const;

/** The status a case moves to, or RESPONSE_TRANSITION_REFUSED. */
export function nextCaseStatus(action: keyof typeof CASE_TRANSITIONS, status: CaseStatus): CaseStatus {
  if (!CASE_TRANSITIONS[action].includes(status)) {
    throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'case', action, status });
  }
  return CASE_TARGET[action];
}

/**
 * A visit's transitions. A non-resident group needs the Foreign Ministry's approval (`approve`)
 * before the province accepts it (Art. 4); a resident reporter applies to the province directly
 * (Art. 13), so `accept` also applies to `requested`.
 */
export const VISIT_TRANSITIONS: Record<
  'approve' | 'accept' | 'complete' | 'refuse' | 'cancel',
  { from: readonly VisitStatus[]; to: VisitStatus }
> = {
  approve: { from: ['requested'], to: 'approved' },
  accept: { from: ['requested', 'approved'], to: 'accepted' },
  complete: { from: ['accepted'], to: 'completed' },
  refuse: { from: ['requested', 'approved'], to: 'refused' },
  cancel: { from: ['requested', 'approved', 'accepted'], to: 'cancelled' },
};

/** The status a visit moves to, or a refusal naming the rule. */
export function nextVisitStatus(
  action: keyof typeof VISIT_TRANSITIONS,
  visit: { status: VisitStatus; residency: 'resident' | 'non-resident' },
): VisitStatus {
  const rule = VISIT_TRANSITIONS[action];
  if (!rule.from.includes(visit.status)) {
    throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'visit', action, status: visit.status });
  }
  if (action === 'accept' && visit.residency === 'non-resident' && visit.status !== 'approved') {
    throw new AppError('VISIT_NEEDS_MOFA_APPROVAL');
  }
  return rule.to;
}

/** A press conference is planned, then held or cancelled. */
export function nextConferenceStatus(
  action: 'hold' | 'cancel',
  status: 'planned' | 'held' | 'cancelled',
): 'held' | 'cancelled' {
  if (status !== 'planned') throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'conference', action, status });
  return action === 'hold' ? 'held' : 'cancelled';
}

/** The last day to answer a referral: n working days after it was sent (the send day not counted). */
export function referralDueOn(calendar: WorkingCalendar, sentOn: string, workingDays: number): string {
  return calendar.addWorkingDays(sentOn, workingDays);
}

/** Is a referral past its deadline and unanswered on `today`? */
export function isReferralLapsed(referral: { dueOn: string; answeredAt: Date | null }, today: string): boolean {
  return referral.answeredAt === null && referral.dueOn < today;
}

/** A finding about a foreign press visit's timing, with the rule it comes from. */
export type VisitFlag = {
  code: 'late-application' | 'reply-due' | 'reply-late';
  /** The legal rule, as cited to the user. */
  rule: string;
  /** The date the rule computes (the last day for the application or the reply). */
  date: string;
  /** Working days the application actually left, for late applications. */
  workingDaysLeft?: number;
};

/** Art. 4: a non-resident group's dossier is sent at least 10 working days before entry. */
export const NON_RESIDENT_LEAD_DAYS = 10;
/** Art. 13: the province answers a resident reporter within 5 working days. */
export const RESIDENT_REPLY_DAYS = 5;

/**
 * The working-day checks of Nghị định 88/2012 for a visit: a non-resident application that arrived
 * fewer than 10 working days before the start is flagged late; a resident reporter's application is
 * answered within 5 working days, so its reply date is stated, and a late reply is flagged.
 */
export function visitFlags(
  calendar: WorkingCalendar,
  visit: {
    residency: 'resident' | 'non-resident';
    receivedOn: string;
    startOn: string;
    acceptedOn: string | null;
    status: VisitStatus;
  },
  today: string,
): VisitFlag[] {
  const flags: VisitFlag[] = [];
  if (visit.residency === 'non-resident') {
    const left = calendar.workingDaysBetween(visit.receivedOn, visit.startOn);
    if (left < NON_RESIDENT_LEAD_DAYS) {
      flags.push({
        code: 'late-application',
        rule: 'Khoản 1 Điều 4 Nghị định 88/2012/NĐ-CP',
        date: calendar.addWorkingDays(visit.startOn, -NON_RESIDENT_LEAD_DAYS),
        workingDaysLeft: left,
      });
    }
    return flags;
  }
  const replyBy = calendar.addWorkingDays(visit.receivedOn, RESIDENT_REPLY_DAYS);
  const repliedOn = visit.acceptedOn;
  const isAnswered = repliedOn !== null || visit.status === 'refused' || visit.status === 'cancelled';
  if (repliedOn !== null && repliedOn > replyBy) {
    flags.push({ code: 'reply-late', rule: 'Điều 13 Nghị định 88/2012/NĐ-CP', date: replyBy });
  } else if (!isAnswered) {
    flags.push({
      code: today > replyBy ? 'reply-late' : 'reply-due',
      rule: 'Điều 13 Nghị định 88/2012/NĐ-CP',
      date: replyBy,
    });
  }
  return flags;
}

/** One quarter's count of regular press conferences held, against the one the decree requires. */
export type QuarterCoverage = {
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
  held: number;
  /** ended: the quarter is over; current: today falls in it; future: not begun. */
  state: 'ended' | 'current' | 'future';
  /** A warning: an ended quarter without one, or the current quarter without one yet. */
  isMissing: boolean;
};

/**
 * Nghị định 09/2017 Art. 5: the province holds a press conference at least once every three months.
 * Counts the regular conferences held in each quarter of a year (ad-hoc ones do not replace them).
 */
export function quarterCoverage(
  year: number,
  conferences: ReadonlyArray<{ kind: 'regular' | 'ad-hoc'; status: string; heldOn: string }>,
  today: string,
): QuarterCoverage[] {
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    const nextFrom = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
    const to = addDays(nextFrom, -1);
    const held = conferences.filter(
      (c) => c.kind === 'regular' && c.status === 'held' && c.heldOn >= from && c.heldOn <= to,
    ).length;
    const state = today > to ? 'ended' : today >= from ? 'current' : 'future';
    return { quarter, from, to, held, state, isMissing: held === 0 && state !== 'future' };
  });
}
