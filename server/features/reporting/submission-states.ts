import type { SubmissionStatus } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';

/** The business actions that move a submission between states. */
export type SubmissionAction = 'edit' | 'request' | 'approve' | 'submit' | 'return' | 'accept';

/**
 * Allowed moves: the officer drafts (editing an approved or returned report makes it a draft
 * again, so a leader never submits text they did not approve), the leader approves then submits,
 * the coordinator returns or accepts; accepted is final.
 */
export const TRANSITIONS: Record<SubmissionAction, Partial<Record<SubmissionStatus, SubmissionStatus>>> = {
  edit: { draft: 'draft', approved: 'draft', returned: 'draft' },
  // The officer asks the leader to approve: the state stays a draft, the request is recorded.
  request: { draft: 'draft' },
  approve: { draft: 'approved' },
  // A returned report may be resubmitted as it stands once the agency has answered the comments.
  submit: { approved: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  accept: { submitted: 'accepted' },
};

/** Repeating an action that already took effect is a no-op, not an error (double clicks, retries). */
const ALREADY_DONE: Partial<Record<SubmissionAction, SubmissionStatus>> = {
  approve: 'approved',
  submit: 'submitted',
  accept: 'accepted',
  return: 'returned',
};

/** The state after `action`, `'unchanged'` when it was already done, or CONFLICT when illegal. */
export function nextStatus(current: SubmissionStatus, action: SubmissionAction): SubmissionStatus | 'unchanged' {
  const next = TRANSITIONS[action][current];
  if (next !== undefined) return next;
  if (ALREADY_DONE[action] === current) return 'unchanged';
  throw new AppError('ILLEGAL_TRANSITION', { action, status: current });
}

/** Can `action` run from `current` (including the idempotent repeat)? */
export function isAllowed(current: SubmissionStatus, action: SubmissionAction): boolean {
  return TRANSITIONS[action][current] !== undefined;
}
