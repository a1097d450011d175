import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipText } from '../server/documents/official-docx/zip-reader.test-support.js';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const PHONE = { width: 390, height: 844 };
const REASON = 'Đề nghị bổ sung số liệu về ấn phẩm đối ngoại song ngữ.';

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);
// Badges print in capitals (CSS); their text is what the catalogue says.
const statusOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

describe('the ministry’s roll-up', () => {
  it('sees the provinces, returns a province’s report, the province sends it again, the ministry accepts and downloads the national DOCX', async () => {
    const started = Date.now();
    // 1. The ministry signs in and lands on the provinces side by side (Hà Giang under Tuyên Quang).
    const desk = await newContext(harness!.browser, harness!.server);
    const ministry = await desk.newPage();
    await signIn(ministry, 'bovhttdl');
    // Its home page first: the provinces' reports to review, then the way to the provinces side by side.
    await ministry.getByTestId('home-upward').waitFor();
    await ministry.getByRole('link', { name: /^Xem các tỉnh/ }).click();
    await ministry.waitForURL(/\/ministry$/);
    const tq = ministry.getByTestId('province-default');
    await tq.waitFor();
    expect(await tq.textContent()).toMatch(/Tuyên Quang[\s\S]*Đã gửi, chờ Bộ tiếp nhận[\s\S]*gồm Hà Giang/);
    expect(await ministry.getByTestId('province-lao-cai').textContent()).toContain('Bộ đã tiếp nhận');
    expect(await ministry.getByTestId('province-thai-nguyen').textContent()).toContain('Bộ trả lại');
    expect(await ministry.getByTestId('ministry-totals').innerText()).toBe(
      'Đã nhận 3/3 báo cáo · 3 đúng hạn · Bộ đã tiếp nhận 1',
    );
    await ministry.getByTestId('national-indicators').waitFor();
    await shot(ministry, '8-ministry-1280');

    // 2. It opens Tuyên Quang's report and returns it with a reason.
    await tq.getByRole('link', { name: 'Xem báo cáo — Tuyên Quang' }).click();
    await ministry.getByTestId('upward-figures').waitFor();
    const reportUrl = ministry.url();
    await ministry.getByLabel('Lý do trả lại').fill(REASON);
    await ministry.getByRole('button', { name: 'Trả lại tỉnh' }).click();
    await ministry.getByText(`Lý do trả lại: ${REASON}`).waitFor();
    expect(await statusOf(ministry, 'upward-status')).toBe('Bộ trả lại');
    await shot(ministry, '8-ministry-returned-1280');

    // 3. The province's coordinator, on a phone, follows the notice and sends the report again.
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const province = await phone.newPage();
    await signIn(province, 'dieuphoi');
    await province.goto('/notifications');
    await province.getByText('Bộ trả lại báo cáo', { exact: false }).first().waitFor();
    await province.getByRole('link', { name: 'Mở' }).first().click();
    const panel = province.getByTestId('upward-panel');
    await panel.getByText(`Lý do trả lại: ${REASON}`).waitFor();
    expect(await scrollWidth(province)).toBeLessThanOrEqual(PHONE.width);
    await panel.scrollIntoViewIfNeeded();
    await shot(province, '8-province-returned-390');
    await panel.getByRole('button', { name: 'Gửi lại lên Bộ' }).click();
    await province.waitForFunction(
      () => document.querySelector('[data-testid="upward-panel-status"]')?.textContent === 'Đã gửi, chờ Bộ tiếp nhận',
    );
    expect(await panel.getByRole('button', { name: 'Gửi lại lên Bộ' }).count()).toBe(0);
    await shot(province, '8-province-resent-390');

    // 4. The ministry accepts the new version and downloads the national report.
    await ministry.goto(reportUrl);
    await ministry.getByRole('button', { name: 'Tiếp nhận' }).click();
    await ministry.waitForFunction(
      () => document.querySelector('[data-testid="upward-status"]')?.textContent === 'Bộ đã tiếp nhận',
    );
    expect(await ministry.getByTestId('upward-history').innerText()).toMatch(
      /Lần 1: Đã gửi[\s\S]*Lần 2: Bộ trả lại[\s\S]*Lần 3: Đã gửi[\s\S]*Lần 4: Bộ đã tiếp nhận/,
    );
    await ministry.getByRole('link', { name: '‹ Các tỉnh, thành phố' }).click();
    await ministry.getByTestId('ministry-totals').getByText('Bộ đã tiếp nhận 2').waitFor();
    const [download] = await Promise.all([
      ministry.waitForEvent('download'),
      ministry.getByRole('link', { name: 'Tải báo cáo toàn quốc (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo tổng hợp toàn quốc 6 tháng đầu năm 2025.docx');
    const xml = readZipText(await readFile((await download.path())!)).get('word/document.xml')!;
    expect(xml).toContain('Tuyên Quang (gồm Hà Giang)');
    expect(xml).toContain('Đã nhận báo cáo của 3/3 tỉnh, thành phố');

    // 5. The ministry's screen fits a phone.
    const ministryPhone = await (await newContext(harness!.browser, harness!.server, PHONE)).newPage();
    await signIn(ministryPhone, 'bovhttdl');
    // Nothing awaits it now: its home says so and leads to the provinces.
    await ministryPhone.getByTestId('home-upward').waitFor();
    await ministryPhone.getByRole('link', { name: /^Xem các tỉnh/ }).click();
    await ministryPhone.getByTestId('ministry-provinces').waitFor();
    expect(await scrollWidth(ministryPhone)).toBeLessThanOrEqual(PHONE.width);
    await shot(ministryPhone, '8-ministry-390');
    await phone.close();
    await desk.close();
    console.log(`[e2e] journey 8 (ministry: return, resend, accept, national DOCX): ${Date.now() - started} ms`);
  });
});
