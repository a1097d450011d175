import * as auth from '@common/contracts/auth';
import * as users from '@common/contracts/users';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, openSession, renderScreen, signIn, uniqueName } from '../../test/app';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { UsersPage } from './UsersPage';

let admin: ApiSession;
beforeAll(async () => {
  await signIn('admin');
  admin = await openSession('admin');
});
afterAll(async () => {
  await admin?.close();
});

function renderPage() {
  renderScreen(
    <>
      <LanguageSwitch />
      <UsersPage />
    </>,
    { route: '/admin/users' },
  );
}

/** Picks an option of a Mantine select (typing first to narrow long lists). */
async function pick(user: UserEvent, box: HTMLElement, option: string, search?: string) {
  await user.click(box);
  if (search) await user.type(box, search);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function openCreateForm(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Tạo tài khoản' }));
  return screen.getByRole('form', { name: 'Tạo tài khoản' });
}

async function fill(user: UserEvent, form: HTMLElement, label: string, text: string) {
  const input = within(form).getByLabelText(label, { exact: false, selector: 'input' });
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const accountNamed = async (username: string) =>
  (await admin.call(users.listUsers)).users.find((u) => u.username === username);

describe('account management', () => {
  it('refuses a taken username in words of the chosen language, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderPage();
    const form = await openCreateForm(user);
    await fill(user, form, 'Tên đăng nhập', 'dieuphoi');
    await fill(user, form, 'Mật khẩu', 'mot-mat-khau-dai');
    await fill(user, form, 'Họ và tên', 'Người trùng tên');
    await pick(user, within(form).getByRole('combobox', { name: /^Vai trò/ }), 'Lãnh đạo tỉnh (chỉ xem)');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));

    await within(form).findByText('Tên đăng nhập “dieuphoi” đã được dùng.');
    expect(within(form).getByLabelText('Tên đăng nhập', { exact: false }).getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByText('EN'));
    // English arrives with its catalogue (loaded on demand).
    const english = await screen.findByRole('form', { name: 'Create an account' });
    await within(english).findByText('The username “dieuphoi” is taken.');
    expect((within(english).getByLabelText('Full name', { exact: false }) as HTMLInputElement).value).toBe(
      'Người trùng tên',
    );
    await user.click(screen.getByText('VI'));
    await within(form).findByText('Tên đăng nhập “dieuphoi” đã được dùng.');
  });

  it('never offers a province’s administrator the ministry’s role', async () => {
    const user = userEvent.setup();
    renderPage();
    const form = await openCreateForm(user);
    await user.click(within(form).getByRole('combobox', { name: /^Vai trò/ }));
    const offered = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(offered).toContain('Lãnh đạo tỉnh (chỉ xem)');
    expect(offered).not.toContain('Cán bộ Bộ (xem mọi tỉnh)');
    expect((await admin.call(users.listUsers)).roles).not.toContain('ministry');
  });

  it('checks the rules before sending: password length, agency for agency roles, username characters', async () => {
    const user = userEvent.setup();
    renderPage();
    const form = await openCreateForm(user);
    const username = uniqueName('kiemtra');
    await fill(user, form, 'Tên đăng nhập', 'Có Dấu');
    await fill(user, form, 'Mật khẩu', 'ngan');
    await fill(user, form, 'Họ và tên', 'Cán bộ kiểm tra');
    await pick(user, within(form).getByRole('combobox', { name: /^Vai trò/ }), 'Cán bộ đầu mối của cơ quan');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));

    expect(within(form).getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(within(form).getByText('Tài khoản của cơ quan phải gắn với một cơ quan.')).toBeTruthy();
    expect(
      within(form).getByText('Từ 3 đến 40 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.'),
    ).toBeTruthy();
    await fill(user, form, 'Tên đăng nhập', username);
    expect(await accountNamed(username)).toBeUndefined();
  });

  it('creates an account, disables it (its sessions end, it cannot sign in) and resets a password', async () => {
    const user = userEvent.setup();
    renderPage();
    const username = uniqueName('canbo');
    const form = await openCreateForm(user);
    await fill(user, form, 'Tên đăng nhập', username);
    await fill(user, form, 'Mật khẩu', 'mat-khau-ban-dau');
    await fill(user, form, 'Họ và tên', 'Hoàng Thị Thu');
    await fill(user, form, 'Thư điện tử', 'thu.ht@example.vn');
    await pick(user, within(form).getByRole('combobox', { name: /^Vai trò/ }), 'Lãnh đạo cơ quan');
    await pick(user, within(form).getByRole('combobox', { name: /^Cơ quan/ }), 'Sở Tư pháp', 'tu phap');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));

    expect((await screen.findByTestId('users-notice')).textContent).toBe(`Đã tạo tài khoản “${username}”.`);
    const row = await screen.findByTestId(`user-${username}`);
    expect(row.textContent).toContain('Lãnh đạo cơ quan');
    expect(row.textContent).toContain('Sở Tư pháp');
    expect(row.textContent).toContain('Đang hoạt động');
    const session = await openSession(username, 'mat-khau-ban-dau');
    expect((await session.call(auth.me)).user.username).toBe(username);

    await user.click(within(row).getByRole('button', { name: `Sửa: ${username}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('switch', { name: 'Cho phép đăng nhập' }));
    expect(within(dialog).getByTestId('disable-warning').textContent).toContain('kết thúc ngay');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(screen.getByTestId('users-notice').textContent).toBe(
        `Đã khóa tài khoản “${username}”; các phiên đăng nhập của người này đã kết thúc.`,
      ),
    );
    await waitFor(() => expect(screen.getByTestId(`user-${username}`).textContent).toContain('Đã khóa'));
    expect((await accountNamed(username))?.isActive).toBe(false);
    await expect(session.call(auth.me)).rejects.toThrow(/401/);
    await expect(openSession(username, 'mat-khau-ban-dau')).rejects.toThrow(/INVALID_CREDENTIALS/);
    await session.close();

    // Reset the password: asked once, confirmed once; enabled again, the new one works.
    await user.click(within(screen.getByTestId(`user-${username}`)).getByRole('button', { name: /^Đặt lại mật khẩu/ }));
    const reset = await screen.findByRole('dialog');
    await fill(user, reset, 'Mật khẩu mới', 'ngan');
    await user.click(within(reset).getByRole('button', { name: 'Tiếp tục' }));
    expect(within(reset).getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    await fill(user, reset, 'Mật khẩu mới', 'mat-khau-moi-dat-lai');
    await user.click(within(reset).getByRole('button', { name: 'Tiếp tục' }));
    expect(within(reset).getByText(new RegExp(`^Đặt lại mật khẩu của “${username}” – Hoàng Thị Thu\\?`))).toBeTruthy();
    await user.click(within(reset).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await waitFor(() =>
      expect(screen.getByTestId('users-notice').textContent).toBe(`Đã đặt lại mật khẩu cho “${username}”.`),
    );
    const account = (await accountNamed(username))!;
    await admin.call(users.updateUser, { params: { id: account.id }, body: { isActive: true } });
    const again = await openSession(username, 'mat-khau-moi-dat-lai');
    await again.close();
  });

  it('does not let the administrator disable or demote their own account', async () => {
    const user = userEvent.setup();
    renderPage();
    const row = await screen.findByTestId('user-admin');
    expect(row.textContent).toContain('(bạn)');
    await user.click(within(row).getByRole('button', { name: 'Sửa: admin' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('switch', { name: 'Cho phép đăng nhập' }).hasAttribute('disabled')).toBe(true);
    expect(
      within(dialog)
        .getByRole('combobox', { name: /^Vai trò/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    expect(
      within(dialog)
        .getByRole('combobox', { name: /^Cơ quan/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    expect(
      within(dialog).getByText('Bạn không thể tự khóa tài khoản, đổi vai trò hay cơ quan của chính mình.'),
    ).toBeTruthy();
  });
});
