/** The account forms' values, checked with the contract's own schemas before anything is sent. */
import { isoDateInVietnam } from '@common/calendar/iso-date';
import { CreateUserBody, UpdateUserBody } from '@common/contracts/users';
import type { MessageKey, Translate, TranslateParams } from '@common/i18n/translate';
import { MIN_PASSWORD_LENGTH } from '@common/limits';
import { ROLES, type Role } from '@common/permissions';
import type { UserAccount } from './users.api';

export { MIN_PASSWORD_LENGTH, ROLES, type Role };

/** Roles that act for one agency and so must name it (the server's AGENCY_REQUIRED_FOR_ROLE). */
export const AGENCY_ROLES: readonly Role[] = ['agency-officer', 'agency-leader'];

/** Does this role act for one agency? */
export function isAgencyRole(role: Role | null): boolean {
  return role !== null && AGENCY_ROLES.includes(role);
}

/** Narrows a select box's value to a role (null for anything else). */
export function asRole(value: string | null): Role | null {
  return (ROLES as readonly string[]).includes(value ?? '') ? (value as Role) : null;
}

/** "agency-officer" → "Cán bộ đầu mối của cơ quan". */
export function userRoleLabel(t: Translate, role: Role): string {
  return t(`userRole.${role}` as MessageKey);
}

/** What one role may do, in a sentence, shown under the role picker. */
export function userRoleHint(t: Translate, role: Role): string {
  return t(`userRole.hint.${role}` as MessageKey);
}

export type UserFormValues = {
  username: string;
  displayName: string;
  email: string;
  role: Role | null;
  agencyId: number | null;
  password: string;
  isActive: boolean;
};

/** A problem with one field, kept as a catalogue key so it follows a language switch. */
export type FieldProblem = { key: MessageKey; params?: TranslateParams };
export type UserField = 'username' | 'displayName' | 'email' | 'role' | 'agencyId' | 'password';
export type FieldProblems = Partial<Record<UserField, FieldProblem>>;

const PROBLEM_OF_FIELD: Record<UserField, FieldProblem> = {
  username: { key: 'users.usernameRule' },
  displayName: { key: 'users.displayNameRule' },
  email: { key: 'users.emailInvalid' },
  role: { key: 'users.roleRequired' },
  agencyId: { key: 'error.AGENCY_REQUIRED_FOR_ROLE' },
  password: { key: 'error.PASSWORD_TOO_SHORT', params: { min: MIN_PASSWORD_LENGTH } },
};

/** The empty create form. */
export function emptyUserForm(): UserFormValues {
  return { username: '', displayName: '', email: '', role: null, agencyId: null, password: '', isActive: true };
}

/** The edit form's starting point: the account as stored. */
export function userFormOf(user: UserAccount): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    agencyId: user.agencyId,
    password: '',
    isActive: user.isActive,
  };
}

function problemsOf(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>,
  values: UserFormValues,
): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '') as UserField;
    if (field in PROBLEM_OF_FIELD && !problems[field]) problems[field] = PROBLEM_OF_FIELD[field];
  }
  if (values.role === null) problems.role = PROBLEM_OF_FIELD.role;
  // The contract cannot say this rule (it depends on the role); the server checks it as well.
  if (isAgencyRole(values.role) && values.agencyId === null) problems.agencyId = PROBLEM_OF_FIELD.agencyId;
  return problems;
}

type Checked<B> = { body: B; problems: null } | { body: null; problems: FieldProblems };

/** The create body, or the problems of each field (the same rules the server applies). */
export function checkCreateUser(values: UserFormValues): Checked<CreateUserBody> {
  const body: CreateUserBody = {
    username: values.username,
    displayName: values.displayName,
    email: values.email.trim() === '' ? null : values.email.trim(),
    password: values.password,
    role: values.role ?? 'viewer',
    agencyId: values.agencyId,
  };
  const parsed = CreateUserBody.safeParse(body);
  const problems = problemsOf(parsed.error?.issues ?? [], values);
  return Object.keys(problems).length === 0 ? { body, problems: null } : { body: null, problems };
}

/** The update body (every editable field), or the problems of each field. */
export function checkUpdateUser(values: UserFormValues): Checked<UpdateUserBody> {
  const body: UpdateUserBody = {
    displayName: values.displayName,
    email: values.email.trim() === '' ? null : values.email.trim(),
    role: values.role ?? undefined,
    agencyId: values.agencyId,
    isActive: values.isActive,
  };
  const parsed = UpdateUserBody.safeParse(body);
  const problems = problemsOf(parsed.error?.issues ?? [], values);
  return Object.keys(problems).length === 0 ? { body, problems: null } : { body: null, problems };
}

/** A new password is long enough (the server's rule); else the problem to show. */
export function checkNewPassword(password: string): FieldProblem | null {
  return password.length >= MIN_PASSWORD_LENGTH ? null : PROBLEM_OF_FIELD.password;
}

/**
 * Is the account locked after failed sign-ins? Compared with the server's "today", since the
 * server may run on a pinned clock; the message shows the time so the reader can judge.
 */
export function isTemporarilyLocked(user: Pick<UserAccount, 'lockedUntil'>, today: string): boolean {
  return user.lockedUntil !== null && isoDateInVietnam(new Date(user.lockedUntil)) >= today;
}

type ErrorLike = { code?: unknown; params?: unknown; details?: unknown };

/**
 * The field a server refusal is about, with its message: a taken username, a missing agency, a
 * short password, or a validation failure naming a field. Null for refusals about the whole form.
 */
export function fieldProblemsOfError(error: unknown): FieldProblems | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, params, details } = error as ErrorLike;
  const withParams = (key: MessageKey): FieldProblem => ({ key, params: (params ?? {}) as TranslateParams });
  if (code === 'USERNAME_TAKEN') return { username: withParams('error.USERNAME_TAKEN') };
  if (code === 'AGENCY_REQUIRED_FOR_ROLE') return { agencyId: withParams('error.AGENCY_REQUIRED_FOR_ROLE') };
  if (code === 'PASSWORD_TOO_SHORT') return { password: withParams('error.PASSWORD_TOO_SHORT') };
  if (code === 'PASSWORD_TOO_WEAK') return { password: withParams('error.PASSWORD_TOO_WEAK') };
  if (code === 'VALIDATION_FAILED' && Array.isArray(details)) {
    const problems: FieldProblems = {};
    for (const detail of details as Array<{ path?: unknown }>) {
      const field = String(detail.path ?? '')
        .replace(/^\//, '')
        .split(/[./]/)[0] as UserField;
      if (field in PROBLEM_OF_FIELD) problems[field] = PROBLEM_OF_FIELD[field];
    }
    return Object.keys(problems).length > 0 ? problems : null;
  }
  return null;
}
