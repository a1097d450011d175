import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import {
  checkCreateUser,
  checkNewPassword,
  checkUpdateUser,
  emptyUserForm,
  fieldProblemsOfError,
  isTemporarilyLocked,
  type UserFormValues,
} from './user-form';

const valid: UserFormValues = {
  ...emptyUserForm(),
  username: 'canbo.yte',
  displayName: 'Nguyễn Văn An',
  email: ' an.nv@example.vn ',
  role: 'agency-officer',
  agencyId: 20,
  password: 'mat-khau-du-dai',
};

describe('account form checks (the contract schemas, before sending)', () => {
  it('builds the create body: e-mail trimmed, empty e-mail as null', () => {
    expect(checkCreateUser(valid)).toEqual({
      body: {
        username: 'canbo.yte',
        displayName: 'Nguyễn Văn An',
        email: 'an.nv@example.vn',
        password: 'mat-khau-du-dai',
        role: 'agency-officer',
        agencyId: 20,
      },
      problems: null,
    });
    expect(checkCreateUser({ ...valid, email: '  ' }).body?.email).toBeNull();
  });

  it('names each wrong field with its rule, and an agency role without agency', () => {
    const checked = checkCreateUser({
      ...valid,
      username: 'Có dấu',
      displayName: 'A',
      email: 'khong-phai-email',
      password: 'ngan',
      agencyId: null,
    });
    expect(checked.body).toBeNull();
    expect(checked.problems).toEqual({
      username: { key: 'users.usernameRule' },
      displayName: { key: 'users.displayNameRule' },
      email: { key: 'users.emailInvalid' },
      password: { key: 'error.PASSWORD_TOO_SHORT', params: { min: 10 } },
      agencyId: { key: 'error.AGENCY_REQUIRED_FOR_ROLE' },
    });
  });

  it('lets province roles go without an agency, and asks for a role', () => {
    expect(checkCreateUser({ ...valid, role: 'viewer', agencyId: null }).problems).toBeNull();
    expect(checkCreateUser({ ...valid, role: null }).problems).toEqual({ role: { key: 'users.roleRequired' } });
  });

  it('builds the update body with every editable field', () => {
    expect(checkUpdateUser({ ...valid, isActive: false, password: '' })).toEqual({
      body: {
        displayName: 'Nguyễn Văn An',
        email: 'an.nv@example.vn',
        role: 'agency-officer',
        agencyId: 20,
        isActive: false,
      },
      problems: null,
    });
  });

  it('checks a new password against the shared minimum', () => {
    expect(checkNewPassword('123456789')).toEqual({ key: 'error.PASSWORD_TOO_SHORT', params: { min: 10 } });
    expect(checkNewPassword('1234567890')).toBeNull();
  });
});

describe('server refusals placed on their field', () => {
  it('puts a taken username, a missing agency and a validation failure on the right field', () => {
    expect(fieldProblemsOfError(new ApiError(409, 'USERNAME_TAKEN', { username: 'dieuphoi' }))).toEqual({
      username: { key: 'error.USERNAME_TAKEN', params: { username: 'dieuphoi' } },
    });
    expect(fieldProblemsOfError(new ApiError(422, 'PASSWORD_TOO_WEAK'))).toEqual({
      password: { key: 'error.PASSWORD_TOO_WEAK', params: {} },
    });
    expect(fieldProblemsOfError(new ApiError(422, 'AGENCY_REQUIRED_FOR_ROLE'))).toEqual({
      agencyId: { key: 'error.AGENCY_REQUIRED_FOR_ROLE', params: {} },
    });
    expect(
      fieldProblemsOfError(new ApiError(400, 'VALIDATION_FAILED', {}, [{ path: '/password', message: 'too short' }])),
    ).toEqual({ password: { key: 'error.PASSWORD_TOO_SHORT', params: { min: 10 } } });
  });

  it('leaves refusals about the whole form to the alert', () => {
    expect(fieldProblemsOfError(new ApiError(403, 'FORBIDDEN'))).toBeNull();
    expect(
      fieldProblemsOfError(new ApiError(400, 'VALIDATION_FAILED', {}, [{ path: 'other', message: 'x' }])),
    ).toBeNull();
  });
});

describe('temporary lock after failed sign-ins', () => {
  it("counts from the server's today (its clock may be pinned)", () => {
    expect(isTemporarilyLocked({ lockedUntil: '2026-11-26T03:15:00.000Z' }, '2026-11-26')).toBe(true);
    expect(isTemporarilyLocked({ lockedUntil: '2026-11-25T03:15:00.000Z' }, '2026-11-26')).toBe(false);
    expect(isTemporarilyLocked({ lockedUntil: null }, '2026-11-26')).toBe(false);
  });
});
