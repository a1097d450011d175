import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles, rssOf, startFeedServer } from '../server/features/monitoring/feed-server.test-support.js';
import { type Harness, newContext, shot, signIn, startHarness, stopHarness } from './harness.js';

// 01/11/2025: the previous month is October, when the feed's stories ran.
const TODAY = '2025-11-01';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const flagged = corpusArticles(['hs005'])[0]!;

let harness: Harness | undefined;
let feeds: Awaited<ReturnType<typeof startFeedServer>>;

beforeAll(async () => {
  feeds = await startFeedServer({
    '/rss.xml': { body: rssOf('Tin vùng cao', corpusArticles(['tc001', 'tc002', 'hs005', 'cp001'])) },
  });
  harness = await startHarness(TODAY);
}, 180_000);
afterAll(async () => {
  await stopHarness(harness);
  await feeds?.close();
});

async function fitsWidth(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('press monitoring: from a feed to an alert, the article’s reasons and the issued digest', () => {
  it('on a phone, the coordinator adds a feed, sees the alert, reads why, and issues October’s digest', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/monitoring?tab=sources');
    await page.getByLabel('Tên nguồn').fill('Tin vùng cao');
    await page.getByLabel('Địa chỉ RSS/Atom').fill(`${feeds.base}/rss.xml`);
    await page.getByRole('button', { name: 'Thêm nguồn tin' }).click();
    await page.getByTestId('source').filter({ hasText: 'Tin vùng cao' }).waitFor();
    await page.getByRole('button', { name: 'Tải ngay' }).click();
    await page.getByText(/Đã tải: 4 tin mới, 4 tin về tỉnh/).waitFor();
    await fitsWidth(page, PHONE.width);
    await shot(page, 'monitoring-sources-390');

    await page.getByRole('tab', { name: 'Cảnh báo' }).click();
    const alert = page.getByTestId('alert').filter({ hasText: flagged.title.slice(0, 25) });
    await alert.waitFor();
    await fitsWidth(page, PHONE.width);
    await shot(page, 'monitoring-alerts-390');
    await alert.getByRole('link', { name: 'Xem tin' }).click();
    await page.getByText('Vì sao tin này liên quan đến tỉnh').waitFor();
    expect(await page.locator('body').innerText()).toContain('Tuyên Quang');
    await fitsWidth(page, PHONE.width);
    await shot(page, 'monitoring-article-390');

    await page.goto('/monitoring?tab=digests');
    await page.getByText('tháng', { exact: true }).click();
    await page.getByText('Điểm tin tháng từ ngày 01/10/2025 đến ngày 31/10/2025').waitFor();
    expect(await page.getByTestId('digest-candidate').count()).toBe(3);
    await page.getByRole('button', { name: 'Phát hành điểm tin' }).click();
    await page.getByText('Đã phát hành điểm tin.').waitFor();
    const issued = page.getByTestId('issued-digest').first();
    await issued.waitFor();
    expect(await issued.getByRole('link', { name: 'Tải Word' }).getAttribute('href')).toMatch(/digest\.docx$/);
    await fitsWidth(page, PHONE.width);
    await shot(page, 'monitoring-digest-390');

    // Alert → case in one click: the case opens with the story's title, and the alert is handled.
    await page.goto('/monitoring?tab=alerts');
    const waiting = page.getByTestId('alert').filter({ hasText: flagged.title.slice(0, 25) });
    await waiting.getByRole('button', { name: 'Mở vụ việc' }).click();
    await page.waitForURL(/\/response\/cases\/\d+$/);
    await page.getByRole('heading', { name: flagged.title.slice(0, 25) }).waitFor();
    await fitsWidth(page, PHONE.width);
    await shot(page, 'monitoring-alert-case-390');
    await page.goto('/monitoring?tab=alerts');
    await waiting.getByText(/Đã xử lý lúc/).waitFor();
    await context.close();
  }, 180_000);

  it('on a desktop, the stories list finds the story with and without diacritics', async () => {
    const context = await newContext(harness!.browser, harness!.server, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/monitoring');
    await page.getByTestId('story').first().waitFor();
    expect(await page.getByTestId('story').count()).toBe(3);
    await shot(page, 'monitoring-stories-1280');
    await page.getByLabel('Tìm (có hoặc không dấu)').fill('tam giac mach');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByText('2 tin', { exact: true }).waitFor();
    await page.getByLabel('Tìm (có hoặc không dấu)').fill('tam giác mạch');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByText('2 tin', { exact: true }).waitFor();
    await shot(page, 'monitoring-search-1280');

    // The search kept by name comes back as a button that runs it again.
    await page.getByLabel('Tên tìm kiếm cần lưu').fill('Tam giác mạch');
    await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
    await page.getByRole('button', { name: 'Tam giác mạch', exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Mức độ quan tâm' }).click();
    await page.getByRole('img', { name: /Biểu đồ cột: \d+ tin trong chín mươi ngày/ }).waitFor();
    await page.getByText('Theo cơ quan báo chí').waitFor();
    await shot(page, 'monitoring-attention-1280');
    await context.close();

    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const small = await phone.newPage();
    await signIn(small, 'dieuphoi');
    await small.goto('/monitoring?tab=attention');
    await small.getByText('Theo chủ đề').waitFor();
    await fitsWidth(small, PHONE.width);
    await shot(small, 'monitoring-attention-390');
    await phone.close();
  }, 180_000);
});
