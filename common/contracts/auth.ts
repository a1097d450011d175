import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../limits.js';
import { endpoint } from './endpoint.js';
import { Abilities, ActorView, IsoDate, Ok, Timestamp } from './primitives.js';

const tags = ['auth'];

/** The signed-in user, their CSRF token, what they may do and the server's "today". */
export const SessionView = z.object({
  user: ActorView,
  csrfToken: z.string(),
  abilities: Abilities,
  today: IsoDate,
});
export type SessionView = z.infer<typeof SessionView>;

export const login = endpoint({
  method: 'POST',
  path: '/api/auth/login',
  summary: 'Đăng nhập / Sign in (sets the session cookie)',
  tags,
  auth: 'public',
  body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
  response: SessionView,
});

export const logout = endpoint({
  method: 'POST',
  path: '/api/auth/logout',
  summary: 'Đăng xuất / Sign out',
  tags,
  response: Ok,
});

export const me = endpoint({
  method: 'GET',
  path: '/api/auth/me',
  summary: 'Phiên hiện tại / The current session',
  tags,
  response: SessionView,
});

export const changePassword = endpoint({
  method: 'POST',
  path: '/api/auth/password',
  summary: 'Đổi mật khẩu / Change my password (ends every session)',
  tags,
  body: z.object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  }),
  response: Ok,
});

/** One of the signed-in person's sessions, as their list shows it. */
export const SessionItem = z.object({
  /** A handle derived from the session (never the cookie's token or the stored id). */
  id: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  /** The session this request came with. */
  current: z.boolean(),
});

export const listMySessions = endpoint({
  method: 'GET',
  path: '/api/auth/sessions',
  summary: 'Các phiên đăng nhập của tôi / My sessions (device, address, last seen)',
  tags,
  response: z.object({ items: z.array(SessionItem), idleMinutes: z.number().int().positive() }),
});

export const revokeMySession = endpoint({
  method: 'DELETE',
  path: '/api/auth/sessions/:sessionId',
  summary: 'Kết thúc một phiên / End one of my sessions',
  tags,
  params: z.object({ sessionId: z.string().regex(/^[0-9a-f]{24}$/) }),
  response: Ok,
});

export const signOutOtherSessions = endpoint({
  method: 'POST',
  path: '/api/auth/sessions/sign-out-others',
  summary: 'Đăng xuất mọi nơi khác / End all my other sessions',
  tags,
  response: z.object({ ended: z.number().int().nonnegative() }),
});
