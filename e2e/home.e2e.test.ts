import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness, viewShot } from './harness.js';

const TODAY = '2026-12-06';
const PHONE = { width: 390, height: 844 };
let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness(TODAY);
});
afterAll(async () => {
  await stopHarness(harness);
});

/**
 * Controls smaller than 44 × 44 px on the page as it stands: links, buttons, inputs, tabs, the
 * language switch; a checkbox or radio counts with its label, a control inside an input with the
 * input's box; links inside running text are exempt (as WCAG exempts them).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=checkbox], [role=switch], [role=radio], .mantine-SegmentedControl-label';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width < 8 || r.height < 8 || el.closest('[aria-hidden=true]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const parentText = el.parentElement?.textContent?.trim() ?? '';
      if (el.tagName === 'A' && style.display === 'inline' && parentText !== el.textContent?.trim()) continue;
      const input = el as HTMLInputElement;
      if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
        const label = el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`);
        if (label && label.getBoundingClientRect().height >= 44) continue;
      }
      const box = el.closest('.mantine-Input-input, .mantine-PasswordInput-input');
      if (box && box !== el && box.getBoundingClientRect().height >= 44 && r.width >= 44 && r.height >= 40) continue;
      if (r.width < 44 || r.height < 44)
        small.push(
          `${Math.round(r.width)}×${Math.round(r.height)} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
        );
    }
    return small;
  });
}

/** Words written with the modern tone placement (hoà, khoá, huỷ, Uỷ) in what the page shows. */
async function modernTonePlacement(page: Page): Promise<string[]> {
  const text = (await page.locator('body').innerText()).normalize('NFC');
  return text.match(/[\p{L}]*(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?![\p{L}])/gu) ?? [];
}

/** Checks a phone page: no control under 44 px, one tone-placement style, nothing wider than the screen. */
async function checkPhonePage(page: Page, name: string): Promise<void> {
  expect(await smallTargets(page), `${name}: touch targets`).toEqual([]);
  expect(await modernTonePlacement(page), `${name}: tone placement`).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), `${name}: width`).toBeLessThanOrEqual(
    PHONE.width,
  );
}

describe('each role opens on its own work (06/12/2026, phone)', () => {
  it('the press agency’s officer: its overdue annual report, with the extension it had', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'baotuyenquang');
    await page.getByTestId('home-agency-officer').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const card = page.locator('[data-testid^="work-overdue-"]');
    expect(await card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Báo cáo kết quả công tác thông tin đối ngoại năm 2026');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Hạn nộp 30/11/2026 (đã gia hạn)');
    await viewShot(page, 'home-1-officer-phone');
    await checkPhonePage(page, 'officer home');
    await card.getByRole('link', { name: 'Nhập báo cáo' }).click();
    await page.waitForURL(/\/reporting\/periods\/\d+\/agencies\/\d+$/);
    await page.waitForLoadState('networkidle');
    await checkPhonePage(page, 'officer report');
    await page.goto('/plans');
    await page.getByRole('link', { name: /Mở kế hoạch: .*2026/ }).click();
    await page.getByTestId('task-tree').waitFor();
    await checkPhonePage(page, 'officer plan');
    await context.close();
  });

  it('its leader: the draft awaiting approval', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'lanhdaobao');
    const card = page.locator('[data-testid^="work-awaiting-approval-"]');
    await card.waitFor();
    expect(await card.innerText()).toContain('Chờ lãnh đạo duyệt');
    expect(await card.getByRole('link', { name: 'Xem và duyệt' }).count()).toBe(1);
    await viewShot(page, 'home-2-leader-phone');
    await checkPhonePage(page, 'leader home');
    await context.close();
  });

  it('Sở Ngoại vụ’s officer: its sent report waiting on the coordinator', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'songoaivu');
    const card = page.locator('[data-testid^="work-awaiting-review-"]');
    await card.waitFor();
    expect(await card.innerText()).toContain('Đã gửi, chờ cơ quan chủ trì xem xét');
    expect(await page.locator('[data-testid^="work-overdue-"]').count()).toBe(0);
    await checkPhonePage(page, 'officer (sent) home');
    await context.close();
  });

  it('the coordinator: the current period’s board and what needs a decision', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    const current = page.getByTestId('home-current');
    await current.waitFor();
    expect(await current.innerText()).toMatch(
      /Báo cáo kết quả công tác thông tin đối ngoại năm 2026[\s\S]*Đã nhận \d+\/\d+ báo cáo/,
    );
    expect(await page.getByTestId('home-overdue').innerText()).toMatch(/^\d+ cơ quan quá hạn \(đôn đốc hoặc gia hạn\)/);
    expect(await page.getByTestId('home-review').innerText()).toMatch(/^\d+ báo cáo đã gửi chờ xem xét/);
    await shot(page, 'home-3-coordinator-phone');
    await checkPhonePage(page, 'coordinator home');
    await page.getByTestId('home-review').getByRole('link', { name: 'Xem xét' }).first().click();
    await page.waitForURL(/\/reporting\/periods\/\d+\/agencies\/\d+$/);
    await page.waitForLoadState('networkidle');
    await checkPhonePage(page, 'coordinator review');
    await page.goto('/admin/organisations');
    await page.getByRole('tab', { name: 'Nhóm' }).waitFor();
    await checkPhonePage(page, 'organisation admin');
    await context.close();
  });

  it('the administrator: the accounts that need attention, with the next step first', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'admin');
    const accounts = page.getByTestId('home-accounts');
    await accounts.waitFor();
    expect(await page.getByTestId('home-next-action').innerText()).toMatch(
      /Thêm thư điện tử cho|Kiểm tra tài khoản mới|đang bị khóa/,
    );
    expect(await accounts.locator('[data-testid^="account-"]').count()).toBeGreaterThan(0);
    await viewShot(page, 'home-6-admin-phone');
    await checkPhonePage(page, 'admin home');
    await accounts.locator('[data-testid^="account-"]').first().getByRole('link').click();
    await page.waitForURL(/\/admin\/users$/);
    await context.close();
  });

  it('the ministry: the provinces’ reports to review first, then those returned', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'bovhttdl');
    const upward = page.getByTestId('home-upward');
    await upward.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('home-next-action').innerText()).toContain('Xem xét báo cáo của Tuyên Quang');
    const review = upward.locator('[data-testid^="upward-awaiting-review-"]');
    expect(await review.count()).toBe(1);
    expect(await review.innerText()).toContain('Tuyên Quang');
    expect(await upward.locator('[data-testid^="upward-returned-"]').innerText()).toContain('Thái Nguyên');
    await viewShot(page, 'home-7-ministry-phone');
    await checkPhonePage(page, 'ministry home');
    await review.getByRole('link', { name: 'Xem xét' }).click();
    await page.waitForURL(/\/ministry\/reports\/\d+$/);
    await context.close();
  });

  it('the province leader: are we on track, against last year; the narrative reads as text', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'lanhdao');
    const track = page.getByTestId('home-track');
    await track.waitFor();
    expect(await page.getByTestId('track-reports').innerText()).toMatch(/Báo cáo đã nhận\s+\d+\/\d+/);
    expect(await page.getByTestId('track-on-time').innerText()).toMatch(/Cùng kỳ năm trước: [\d,]+ %/);
    expect(await page.getByTestId('track-tasks').innerText()).toMatch(/Nhiệm vụ có báo cáo\s+\d+\/\d+/);
    expect(await page.getByTestId('figure-PRESS_RELEASES').innerText()).toMatch(/Thông cáo báo chí phát hành/);
    expect(await page.getByTestId('track-partial').isVisible()).toBe(true);
    await shot(page, 'home-4-province-leader-phone');
    await checkPhonePage(page, 'province leader home');

    await track.getByRole('link', { name: 'Tổng hợp báo cáo' }).click();
    // The narrative section is open from the start.
    const narrative = page.getByTestId('narrative-read-only');
    await narrative.waitFor();
    expect(await narrative.innerText()).not.toContain('Sửa trực tiếp');
    expect(await narrative.locator('textarea').count()).toBe(0);
    await viewShot(page, 'home-5-narrative-read-only');
    await context.close();
  });
});

describe('at a desk, and in English', () => {
  it('an ended agency’s names end with it, not “– nay”', async () => {
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/agencies');
    await page.getByLabel('Tìm cơ quan').fill('UBND tinh Ha Giang');
    await page.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Hà Giang', exact: true }).click();
    await page.getByRole('heading', { name: 'Ủy ban nhân dân tỉnh Hà Giang', level: 1 }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('Ủy ban nhân dân tỉnh Hà Giang (01/01/2000 – 30/06/2025)');
    expect(body).not.toMatch(/– nay/);
    await shot(page, 'home-6-ended-agency');
    await context.close();
  });

  it('the coordinator’s and the province leader’s home pages at a desk', async () => {
    for (const username of ['dieuphoi', 'lanhdao']) {
      const context = await newContext(harness!.browser, harness!.server);
      const page = await context.newPage();
      await signIn(page, username);
      await page.locator('[data-testid^="home-"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      await shot(page, `home-7-${username}-desk`);
      await context.close();
    }
  });

  it('in English, catalogue indicators carry English names on the report, the home page and the consolidation', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'songoaivu');
    await page.getByText('EN', { exact: true }).click();
    const card = page.locator('[data-testid^="work-awaiting-review-"]');
    // The English catalogue loads on demand: wait for it before reading the card.
    await card.getByText('Sent, awaiting the coordinator’s review').waitFor();
    expect(await card.innerText()).toContain('Sent, awaiting the coordinator’s review');
    expect(await card.innerText()).toContain('Annual report 2026');
    expect(await modernTonePlacement(page)).toEqual([]);
    await card.getByRole('link', { name: 'View the report' }).click();
    const figures = page.getByTestId('indicator-DIR_DOCS');
    await figures.getByText('Directives and guidance on foreign information issued').waitFor();
    expect(await figures.innerText()).toContain('Directives and guidance on foreign information issued');
    expect(await figures.innerText()).toContain('Unit: documents');
    const channels = await page.getByTestId('indicator-NEWS_BY_CHANNEL').innerText();
    expect(channels).toContain('Print');
    expect(channels).not.toContain('Báo in');
    expect(await page.getByText('Văn bản chỉ đạo, hướng dẫn về thông tin đối ngoại ban hành').count()).toBe(0);
    await figures.scrollIntoViewIfNeeded();
    await viewShot(page, 'home-8-english-indicators');
    await checkPhonePage(page, 'report in English');
    await context.close();

    const leaderContext = await newContext(harness!.browser, harness!.server);
    const leader = await leaderContext.newPage();
    await signIn(leader, 'lanhdao');
    await leader.getByText('EN', { exact: true }).click();
    await leader.getByText('Are we on track').waitFor();
    expect(await leader.getByTestId('home-track').innerText()).toContain('Annual report 2026 · Due 16/11/2026');
    expect(await leader.getByTestId('figure-PRESS_RELEASES').innerText()).toContain('Press releases issued');
    await shot(leader, 'home-9-english-province-leader');
    await leader.getByTestId('home-track').getByRole('link', { name: 'Consolidated report' }).click();
    await leader.getByRole('button', { name: 'Indicator figures' }).click();
    const table = leader.getByTestId('consolidation-indicators');
    await table.getByText('Foreign delegations received').waitFor();
    expect(await table.innerText()).toContain('Foreign delegations received');
    expect(await table.innerText()).not.toContain('Đoàn khách nước ngoài được đón tiếp');
    await leaderContext.close();
  });
});
