import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// A person signed in on a computer and a phone sees both in "Phiên đăng nhập" and ends the other one.
let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const PHONE = { width: 390, height: 844 };

describe('sessions', () => {
  it('lists the person’s sessions and signs out everywhere else', async () => {
    const { browser, server } = harness!;
    const desk = await (await newContext(browser, server)).newPage();
    const phone = await (await newContext(browser, server, PHONE)).newPage();
    await signIn(phone, 'dieuphoi');
    await signIn(desk, 'dieuphoi');

    await desk.getByRole('link', { name: 'Phiên đăng nhập' }).click();
    await desk.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
    const items = desk.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => desk.getByText('Phiên này').count()).toBe(1);
    await expect
      .poll(() => desk.getByText(/Địa chỉ IP .* dùng lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).count())
      .toBe(2);
    await shot(desk, 'sessions-desktop');

    await phone.goto('/account/sessions');
    await phone.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
    await shot(phone, 'sessions-phone');

    await desk.getByRole('button', { name: 'Đăng xuất mọi nơi khác' }).click();
    await desk.getByText('Đã kết thúc 1 phiên khác.').waitFor();
    await expect.poll(() => items.count()).toBe(1);

    // The phone's next request finds its session gone: back to sign-in, saying why.
    await phone.goto('/');
    await phone.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await shot(phone, 'sessions-phone-signed-out');
  });
});
