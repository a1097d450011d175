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
] as const;
export type Action = (typeof ACTIONS)[number];

export type Role = 'admin' | 'coordinator' | 'agency-officer' | 'agency-leader' | 'viewer';

/** What each role may do at all; scoping to the actor's own agency is applied on top of this. */
// Nobody outside an agency writes its report text: not the coordinator, not the admin.
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS.filter((a) => a !== 'report.draft' && a !== 'report.submit'),
  coordinator: [
    'agency.read', 'agency.manage', 'plan.read', 'plan.import', 'plan.manage', 'owes.read',
    'report.read', 'report.review', 'period.manage', 'focal.manage', 'consolidation.build', 'calendar.manage',
  ],
  'agency-officer': ['agency.read', 'plan.read', 'owes.read', 'report.read', 'report.draft'],
  'agency-leader': ['agency.read', 'plan.read', 'owes.read', 'report.read', 'report.draft', 'report.submit', 'focal.manage'],
  viewer: ['agency.read', 'plan.read', 'owes.read', 'report.read'],
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
};
