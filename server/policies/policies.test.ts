import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, type Role } from '../../common/permissions.js';
import type { Actor } from '../context.js';
import { authorize, can } from './policy.js';

const actorOf = (role: Role, agencyId: number | null = null): Actor => ({
  kind: 'user',
  provinceId: 1,
  userId: 1,
  username: role,
  displayName: role,
  role,
  agencyId,
  agencyScope: agencyId === null ? [] : [agencyId],
});

/** The role × action matrix, written out for auditors: what each role may do at all. */
const MATRIX: Record<Role, Action[]> = {
  admin: ACTIONS.filter(
    (a) =>
      a !== 'report.draft' &&
      a !== 'report.submit' &&
      a !== 'activity.record' &&
      a !== 'guidance.acknowledge' &&
      a !== 'budget.record' &&
      a !== 'ministry.read' &&
      a !== 'upward.review',
  ),
  coordinator: [
    'agency.read',
    'agency.manage',
    'plan.read',
    'plan.import',
    'plan.manage',
    'owes.read',
    'report.read',
    'report.review',
    'period.manage',
    'focal.manage',
    'consolidation.build',
    'calendar.manage',
    'upward.send',
    'activity.read',
    'monitor.read',
    'monitor.manage',
    'response.read',
    'response.manage',
    'guidance.read',
    'guidance.issue',
    'events.read',
    'events.manage',
    'budget.read',
    'budget.manage',
    'contest.manage',
  ],
  viewer: [
    'agency.read',
    'plan.read',
    'owes.read',
    'report.read',
    'activity.read',
    'monitor.read',
    'response.read',
    'guidance.read',
    'events.read',
    'budget.read',
  ],
  'agency-leader': [
    'agency.read',
    'plan.read',
    'owes.read',
    'report.read',
    'report.draft',
    'report.submit',
    'focal.manage',
    'activity.read',
    'activity.record',
    'response.read',
    'response.answer',
    'guidance.read',
    'guidance.acknowledge',
    'events.read',
    'budget.read',
    'budget.record',
  ],
  'agency-officer': [
    'agency.read',
    'plan.read',
    'owes.read',
    'report.read',
    'report.draft',
    'activity.read',
    'activity.record',
    'response.read',
    'response.answer',
    'guidance.read',
    'guidance.acknowledge',
    'events.read',
    'budget.read',
    'budget.record',
  ],
  ministry: ['ministry.read', 'upward.review'],
};

describe('permission matrix', () => {
  for (const [role, allowed] of Object.entries(MATRIX) as Array<[Role, Action[]]>) {
    for (const action of ACTIONS) {
      const expected = allowed.includes(action);
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(can(actorOf(role, 7), action)).toBe(expected);
      });
    }
  }

  it('agency staff read only their own agency; province-wide roles read every agency', () => {
    expect(() => authorize(actorOf('agency-officer', 7), 'agency.read', 7)).not.toThrow();
    expect(() => authorize(actorOf('agency-officer', 7), 'agency.read', 8)).toThrow(/NOT_OWN_AGENCY/);
    expect(() => authorize(actorOf('agency-leader', 7), 'owes.read', 8)).toThrow();
    expect(() => authorize(actorOf('viewer'), 'agency.read', 8)).not.toThrow();
    expect(() => authorize(actorOf('coordinator'), 'agency.read', 8)).not.toThrow();
  });

  it('nobody outside an agency may write its report', () => {
    expect(can(actorOf('coordinator'), 'report.draft')).toBe(false);
    expect(can(actorOf('admin'), 'report.submit')).toBe(false);
    expect(can(actorOf('agency-officer', 7), 'report.submit')).toBe(false);
    expect(can(actorOf('coordinator'), 'activity.record')).toBe(false);
    expect(can(actorOf('admin'), 'activity.record')).toBe(false);
    expect(() => authorize(actorOf('agency-officer', 7), 'activity.record', 8)).toThrow(/NOT_OWN_AGENCY/);
    expect(can(actorOf('admin'), 'budget.record')).toBe(false);
    expect(() => authorize(actorOf('agency-leader', 7), 'budget.read', 8)).toThrow(/NOT_OWN_AGENCY/);
  });

  it('the system actor may do anything', () => {
    expect(ACTIONS.every((a) => can({ kind: 'system', name: 'test' }, a))).toBe(true);
  });
});
