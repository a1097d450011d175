import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../common/calendar/index.js';
import {
  CASE_TRANSITIONS,
  nextCaseStatus,
  nextConferenceStatus,
  nextVisitStatus,
  quarterCoverage,
  referralDueOn,
  VISIT_TRANSITIONS,
  visitFlags,
} from './response-rules.js';

const calendar = new WorkingCalendar();
const CASE_STATUSES = ['open', 'verifying', 'responding', 'closed'] as const;
const VISIT_STATUSES = ['requested', 'approved', 'accepted', 'completed', 'refused', 'cancelled'] as const;

describe('the case state machine', () => {
  it('allows exactly the listed moves and refuses every other one with its code', () => {
    const allowed: string[] = [];
    for (const action of Object.keys(CASE_TRANSITIONS) as Array<keyof typeof CASE_TRANSITIONS>) {
      for (const status of CASE_STATUSES) {
        try {
          allowed.push(`${action}:${status}→${nextCaseStatus(action, status)}`);
        } catch (error) {
          expect(error).toMatchObject({
            code: 'RESPONSE_TRANSITION_REFUSED',
            params: { record: 'case', action, status },
          });
        }
      }
    }
    expect(allowed).toEqual([
      'verify:open→verifying',
      'respond:open→responding',
      'respond:verifying→responding',
      'close:verifying→closed',
      'close:responding→closed',
    ]);
  });
});

describe('the foreign visit state machine (Nghị định 88/2012)', () => {
  it('refuses illegal moves, and a non-resident group is accepted only after the Foreign Ministry approves', () => {
    const moves: string[] = [];
    for (const residency of ['resident', 'non-resident'] as const) {
      for (const action of Object.keys(VISIT_TRANSITIONS) as Array<keyof typeof VISIT_TRANSITIONS>) {
        for (const status of VISIT_STATUSES) {
          try {
            moves.push(`${residency} ${action}:${status}→${nextVisitStatus(action, { status, residency })}`);
          } catch (error) {
            expect((error as { code: string }).code).toMatch(/RESPONSE_TRANSITION_REFUSED|VISIT_NEEDS_MOFA_APPROVAL/);
          }
        }
      }
    }
    expect(moves.filter((m) => m.includes('accept:'))).toEqual([
      'resident accept:requested→accepted',
      'resident accept:approved→accepted',
      'non-resident accept:approved→accepted',
    ]);
    expect(() => nextVisitStatus('accept', { status: 'requested', residency: 'non-resident' })).toThrow(
      expect.objectContaining({ code: 'VISIT_NEEDS_MOFA_APPROVAL' }),
    );
    expect(() => nextVisitStatus('complete', { status: 'requested', residency: 'resident' })).toThrow(
      expect.objectContaining({ code: 'RESPONSE_TRANSITION_REFUSED' }),
    );
    expect(moves).toHaveLength(2 * 9 - 1);
  });

  it('a press conference is held or cancelled once, from planned only', () => {
    expect(nextConferenceStatus('hold', 'planned')).toBe('held');
    expect(nextConferenceStatus('cancel', 'planned')).toBe('cancelled');
    expect(() => nextConferenceStatus('hold', 'held')).toThrow(
      expect.objectContaining({ code: 'RESPONSE_TRANSITION_REFUSED' }),
    );
    expect(() => nextConferenceStatus('cancel', 'held')).toThrow(
      expect.objectContaining({ code: 'RESPONSE_TRANSITION_REFUSED' }),
    );
  });
});

describe('deadlines in working days on the civil-service calendar', () => {
  it('a referral sent the day before Tết is due after the Tết break', () => {
    // 13/02 is the last working day before Tết Bính Ngọ (14–22/02/2026).
    expect(referralDueOn(calendar, '2026-02-12', 5)).toBe('2026-02-26');
  });

  it('skips the swapped Friday and counts the make-up Saturday', () => {
    // 02/01/2026 is swapped off; Saturday 10/01/2026 is worked in its place.
    expect(referralDueOn(calendar, '2025-12-31', 2)).toBe('2026-01-06');
    expect(referralDueOn(calendar, '2026-01-07', 5)).toBe('2026-01-13');
  });

  it('flags a non-resident application that leaves fewer than 10 working days, citing the rule', () => {
    const late = visitFlags(
      calendar,
      {
        residency: 'non-resident',
        receivedOn: '2026-02-05',
        startOn: '2026-02-24',
        acceptedOn: null,
        status: 'requested',
      },
      '2026-02-05',
    );
    expect(late).toEqual([
      {
        code: 'late-application',
        rule: 'Khoản 1 Điều 4 Nghị định 88/2012/NĐ-CP',
        date: '2026-02-03',
        workingDaysLeft: 8,
      },
    ]);
    const inTime = visitFlags(
      calendar,
      {
        residency: 'non-resident',
        receivedOn: '2026-03-02',
        startOn: '2026-03-16',
        acceptedOn: null,
        status: 'requested',
      },
      '2026-03-02',
    );
    expect(inTime).toEqual([]);
  });

  it('gives the province 5 working days to answer a resident reporter, across the 30/4 holidays', () => {
    const visit = {
      residency: 'resident' as const,
      receivedOn: '2026-04-24',
      startOn: '2026-05-20',
      acceptedOn: null,
      status: 'requested' as const,
    };
    expect(visitFlags(calendar, visit, '2026-04-28')).toEqual([
      { code: 'reply-due', rule: 'Điều 13 Nghị định 88/2012/NĐ-CP', date: '2026-05-06' },
    ]);
    expect(visitFlags(calendar, visit, '2026-05-07')[0]?.code).toBe('reply-late');
    expect(visitFlags(calendar, { ...visit, acceptedOn: '2026-05-06', status: 'accepted' }, '2026-05-07')).toEqual([]);
    expect(
      visitFlags(calendar, { ...visit, acceptedOn: '2026-05-07', status: 'accepted' }, '2026-05-07')[0]?.code,
    ).toBe('reply-late');
  });
});

describe('the quarterly press conference (Nghị định 09/2017 Art. 5)', () => {
  it('warns for an ended quarter without a regular conference; ad-hoc ones do not count', () => {
    const conferences = [
      { kind: 'regular' as const, status: 'held', heldOn: '2026-03-27' },
      { kind: 'ad-hoc' as const, status: 'held', heldOn: '2026-05-16' },
      { kind: 'regular' as const, status: 'cancelled', heldOn: '2026-06-20' },
      { kind: 'regular' as const, status: 'held', heldOn: '2026-09-25' },
    ];
    const quarters = quarterCoverage(2026, conferences, '2026-11-26');
    expect(quarters.map((q) => [q.quarter, q.held, q.state, q.isMissing])).toEqual([
      [1, 1, 'ended', false],
      [2, 0, 'ended', true],
      [3, 1, 'ended', false],
      [4, 0, 'current', true],
    ]);
    expect(quarters[3]).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterCoverage(2027, conferences, '2026-11-26').every((q) => q.state === 'future' && !q.isMissing)).toBe(
      true,
    );
  });
});
