import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../limits.js';
import { endpoint } from './endpoint.js';
import { Abilities, Id, Role, Timestamp } from './primitives.js';

const tags = ['users'];

/** An account as the administrator sees it (never its password hash). */
export const UserView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: Role,
  agencyId: z.number().nullable(),
  agencyName: z.string().nullable(),
  isActive: z.boolean(),
  lockedUntil: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type UserView = z.infer<typeof UserView>;

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'validation.username');
const DisplayName = z.string().trim().min(2).max(120);
const Email = z.email().max(200).nullable().optional();
const Password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const CreateUserBody = z.object({
  username: Username,
  displayName: DisplayName,
  email: Email,
  password: Password,
  role: Role,
  agencyId: z.number().int().positive().nullable().optional(),
});
export type CreateUserBody = z.input<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  displayName: DisplayName.optional(),
  email: Email,
  role: Role.optional(),
  agencyId: z.number().int().positive().nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUserBody = z.input<typeof UpdateUserBody>;

export const listUsers = endpoint({
  method: 'GET',
  path: '/api/users',
  summary: 'Danh sách tài khoản / Accounts',
  tags,
  response: z.object({
    users: z.array(UserView),
    /** The roles an account here may be given: the ministry's role only in the ministry's tenant. */
    roles: z.array(Role),
    abilities: Abilities,
  }),
});

export const createUser = endpoint({
  method: 'POST',
  path: '/api/users',
  summary: 'Tạo tài khoản / Create an account',
  tags,
  body: CreateUserBody,
  status: 201,
  response: z.object({ user: UserView }),
});

export const updateUser = endpoint({
  method: 'PATCH',
  path: '/api/users/:id',
  summary: 'Sửa tài khoản: vai trò, cơ quan, khóa/mở / Change role, agency, disable or enable',
  tags,
  params: z.object({ id: Id }),
  body: UpdateUserBody,
  response: z.object({ user: UserView }),
});

export const resetUserPassword = endpoint({
  method: 'POST',
  path: '/api/users/:id/password',
  summary: 'Đặt lại mật khẩu (kết thúc các phiên) / Reset a password (ends the sessions)',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ password: Password }),
  response: z.object({ user: UserView }),
});
