import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { MAX_FAILED_LOGINS } from './sessions.js';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-06-01' });
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

// Each test signs in from its own address, so the per-address limit never interferes.
const login = (username: string, password: string, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });

describe('account lockout', () => {
  it('checks at most five passwords of parallel guesses, then the account is locked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('lanhdao', `doan-sai-${i}`, '192.0.2.10')),
    );
    const codes = answers.map((a) => a.json().error.code as string);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILED_LOGINS);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(12 - MAX_FAILED_LOGINS);
    const right = await login('lanhdao', 'demo', '192.0.2.10');
    expect(right.statusCode).toBe(423);
  });

  it('a right password before the fifth failure resets the count', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await login('dieuphoi', 'sai-mat-khau', '192.0.2.11')).statusCode).toBe(401);
    expect((await login('dieuphoi', 'demo', '192.0.2.11')).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await login('dieuphoi', 'sai-mat-khau', '192.0.2.11')).statusCode).toBe(401);
    expect((await login('dieuphoi', 'demo', '192.0.2.11')).statusCode).toBe(200);
  });
});

describe('password policy', () => {
  const create = (username: string, password: string) =>
    admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username, displayName: 'Nguyễn Văn An', password, role: 'coordinator' },
    });

  it('refuses short and guessable passwords when an account is created', async () => {
    expect((await create('nguyenvanan', 'demo')).statusCode).toBe(400);
    expect((await create('nguyenvanan', 'ngan-9')).statusCode).toBe(400);
    for (const weak of [
      'password123',
      '1234567890',
      'qwertyuiop',
      'Mật khẩu 2025',
      'tuyenquang123',
      'nguyenvanan2025',
    ]) {
      const res = await create('nguyenvanan', weak);
      expect(res.statusCode, weak).toBe(422);
      expect(res.json().error.code, weak).toBe('PASSWORD_TOO_WEAK');
      expect(res.json().error.message).toContain('dễ đoán');
    }
    expect((await create('nguyenvanan', 'ngựa vằn ăn cỏ tím')).statusCode).toBe(201);
  });

  it('applies the same policy to a reset and to changing one’s own password', async () => {
    const list = await admin.inject({ method: 'GET', url: '/api/users' });
    const lanhdaobao = (list.json().users as Array<{ id: number; username: string }>).find(
      (u) => u.username === 'lanhdaobao',
    )!;
    const reset = await admin.inject({
      method: 'POST',
      url: `/api/users/${lanhdaobao.id}/password`,
      payload: { password: 'lanhdaobao123' },
    });
    expect(reset.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const session = await signIn(t.app, 'songoaivu');
    const change = await session.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'demo', newPassword: 'Matkhau@2025' },
    });
    expect(change.statusCode).toBe(422);
    expect(change.json().error.code).toBe('PASSWORD_TOO_WEAK');
  });
});
