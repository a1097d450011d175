/** Every action the system authorises, named resource.verb. */
export const ACTIONS = [
  'agency.read',
  'agency.manage',
  'plan.read',
  'plan.import',
  'plan.manage',
  'owes.read',
  'audit.read',
  'user.manage',
  'report.read',
  'report.draft',
  'report.submit',
  'report.review',
  'period.manage',
  'focal.manage',
  'consolidation.build',
  'calendar.manage',
  'upward.send',
  'ministry.read',
  'upward.review',
  'activity.read',
  'activity.record',
  'monitor.read',
  'monitor.manage',
  'response.read',
  'response.manage',
  'response.answer',
  'guidance.read',
  'guidance.issue',
  'guidance.acknowledge',
  'events.read',
  'events.manage',
  'budget.read',
  'budget.record',
  'budget.manage',
  'contest.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Every role a user can have. */
// `ministry` exists only in a ministry tenant (provinces.kind = 'ministry'): it reads every province.
export const ROLES = ['admin', 'coordinator', 'agency-officer', 'agency-leader', 'viewer', 'ministry'] as const;
export type Role = (typeof ROLES)[number];

/** The ministry's own actions: only its role has them, never a province's admin. */
const MINISTRY_ACTIONS: readonly Action[] = ['ministry.read', 'upward.review'];

/** What each role may do at all; scoping to the actor's own agency is applied on top of this. */
// Nobody outside an agency writes its report text or its activity record, or acknowledges guidance for it:
// not the coordinator, not the admin.
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS.filter(
    (a) =>
      a !== 'report.draft' &&
      a !== 'report.submit' &&
      a !== 'activity.record' &&
      a !== 'guidance.acknowledge' &&
      a !== 'budget.record' &&
      !MINISTRY_ACTIONS.includes(a),
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
  // Province leaders read the response work (need-to-know cases excepted) and change nothing.
  // The ministry reads provinces' roll-ups and reviews their reports; it touches no province's records.
  ministry: MINISTRY_ACTIONS,
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
};

/** Roles that read every agency's records (the rest see only their own agency's). */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['admin', 'coordinator', 'viewer'];

/** The abilities sent with every response, so the UI shows only what the actor may do. */
export type Abilities = Record<Action, boolean>;

/** Computes the role-level abilities of an actor. */
export function abilitiesOf(role: Role): Abilities {
  const allowed = new Set(ROLE_ACTIONS[role]);
  return Object.fromEntries(ACTIONS.map((action) => [action, allowed.has(action)])) as Abilities;
}

/** Vietnamese names of the roles, for the UI. */
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  coordinator: { vi: 'Cán bộ điều phối (cơ quan chủ trì)', en: 'Coordinator (lead department)' },
  'agency-officer': { vi: 'Cán bộ đầu mối của cơ quan', en: 'Agency officer' },
  'agency-leader': { vi: 'Lãnh đạo cơ quan', en: 'Agency leader' },
  viewer: { vi: 'Lãnh đạo tỉnh (chỉ xem)', en: 'Province leader (read-only)' },
  ministry: { vi: 'Cán bộ Bộ (xem mọi tỉnh)', en: 'Ministry officer (reads every province)' },
};
