import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, newContext, shot, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

describe('an agency officer sees only their own duties', () => {
  it('shows Báo Tuyên Quang’s tasks with a notice and refuses the admin pages', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();

    // A wrong password gets the one generic message.
    await page.goto('/plans');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('Tên đăng nhập').fill('baotuyenquang');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await shot(page, '2-sign-in-wrong-password');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/plans$/);

    // No admin entries in the menu for an officer.
    expect(await page.getByRole('link', { name: 'Quản trị tổ chức' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Nhật ký hệ thống' }).count()).toBe(0);

    await page.getByRole('link', { name: /Mở kế hoạch: .*2025/ }).click();
    await page.getByTestId('scoped-notice').waitFor();
    expect(await page.getByTestId('scoped-notice').innerText()).toContain('Chỉ hiển thị nhiệm vụ của cơ quan bạn');
    expect(await page.getByTestId('task-5.1').getAttribute('data-context')).toBe('false');
    expect(await page.getByTestId('why-5.1-implementer').innerText()).toContain('Thực hiện');
    expect(await page.getByTestId('task-7.4').count()).toBe(0);
    // The server scopes the tree; the page offers no agency filter to an officer.
    expect(await page.getByRole('combobox', { name: 'Cơ quan', exact: true }).count()).toBe(0);
    await shot(page, '2-officer-plan');

    // Admin pages: the 403 page, and the API says 403 too.
    await page.goto('/admin/audit');
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    await shot(page, '2-officer-audit-403');
    await page.goto('/admin/organisations');
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    expect((await page.request.get('/api/audit')).status()).toBe(403);
    const csrf = ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;
    const create = await page.request.post('/api/agencies', {
      headers: { 'x-csrf-token': csrf },
      data: { name: 'Cơ quan thử', kind: 'other', province: 'Tuyên Quang', validFrom: '2025-01-01' },
    });
    expect(create.status()).toBe(403);

    // Another agency's page: the API answers 403 and the page says so.
    const agencies = (await (await page.request.get('/api/agencies?q=van%20hoa')).json()) as { agencies: unknown[] };
    expect(agencies.agencies).toHaveLength(0);
    const ownAgencyId = ((await (await page.request.get('/api/auth/me')).json()) as { user: { agencyId: number } }).user
      .agencyId;
    const otherId = ownAgencyId === 1 ? 2 : 1;
    const other = await page.request.get(`/api/agencies/${otherId}`);
    expect(other.status()).toBe(403);
    await page.goto(`/agencies/${otherId}`);
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    await shot(page, '2-officer-other-agency-403');
    await context.close();
    console.log(`[e2e] journey 2 (officer scope, 403): ${Date.now() - started} ms`);
  });
});
