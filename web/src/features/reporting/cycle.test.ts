import { describe, expect, it } from 'vitest';
import { cycleStatusKey, nextActionKey } from './cycle';
import type { SubmissionView } from './reporting.types';

const abilities = {
  canRead: true,
  canEdit: false,
  canApprove: false,
  canSubmit: false,
  canReview: false,
  canUploadFiles: false,
  canRequestApproval: false,
};
const viewOf = (
  status: SubmissionView['submission']['status'],
  can: Partial<typeof abilities>,
  s: Partial<SubmissionView['submission']> = {},
): SubmissionView =>
  ({
    submission: { id: 1, status, returnedAt: null, approvalRequestedAt: null, ...s },
    abilities: { ...abilities, ...can },
    entry: { open: true, locksOn: '2026-11-23', exceptionTo: null },
    actorAbilities: {},
  }) as unknown as SubmissionView;
const AT = '2026-11-20T03:00:00.000Z';

describe('the next action, per person and state', () => {
  it('walks the officer, the leader and the reviewer through one round and a return', () => {
    expect(nextActionKey(viewOf('draft', { canEdit: true, canRequestApproval: true }), 0)).toBe(
      'cycle.next.officer.fill',
    );
    expect(nextActionKey(viewOf('draft', { canEdit: true }, { approvalRequestedAt: AT }), 0)).toBe(
      'cycle.next.officer.requested',
    );
    expect(nextActionKey(viewOf('draft', { canEdit: true, canApprove: true }), 0)).toBe('cycle.next.leader.approve');
    expect(nextActionKey(viewOf('approved', { canEdit: true, canSubmit: true }), 0)).toBe('cycle.next.leader.submit');
    expect(nextActionKey(viewOf('submitted', { canReview: true }), 0)).toBe('cycle.next.reviewer.review');
    expect(nextActionKey(viewOf('submitted', {}), 0)).toBe('cycle.next.sent');
    expect(nextActionKey(viewOf('returned', { canEdit: true, canSubmit: true }), 0)).toBe('cycle.next.leader.submit');
    expect(nextActionKey(viewOf('returned', { canEdit: true }), 0)).toBe('cycle.next.officer.returned');
    expect(nextActionKey(viewOf('draft', { canEdit: true, canApprove: true }, { returnedAt: AT }), 0)).toBe(
      'cycle.next.leader.resubmit',
    );
    expect(nextActionKey(viewOf('accepted', {}), 0)).toBe('cycle.next.accepted');
  });

  it('puts an unsaved figure first for whoever edits', () => {
    expect(nextActionKey(viewOf('draft', { canEdit: true, canApprove: true }), 2)).toBe('cycle.next.unsaved');
  });
});

describe('status words that say what happened', () => {
  it('after a return, a request and a second send', () => {
    expect(cycleStatusKey('returned', {})).toBe('cycle.status.returned');
    expect(cycleStatusKey('draft', { returnedAt: AT })).toBe('cycle.status.fixing');
    expect(cycleStatusKey('draft', { returnedAt: AT, approvalRequestedAt: AT })).toBe('cycle.status.requested');
    expect(cycleStatusKey('submitted', { firstSubmittedAt: AT, submittedAt: '2026-11-25T03:00:00.000Z' })).toBe(
      'cycle.status.resubmitted',
    );
    expect(cycleStatusKey('submitted', { firstSubmittedAt: AT, submittedAt: AT })).toBeNull();
    expect(cycleStatusKey('draft', {})).toBeNull();
  });
});
