import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles } from '../server/features/monitoring/feed-server.test-support.js';
import { checkPage, type Harness, newContext, shot, signIn, startHarness, stopHarness } from './harness.js';

const PHONE = { width: 390, height: 844 };
// hs005: a negative story about the province, flagged false-information.
const flagged = corpusArticles(['hs005'])[0]!;

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness('2025-11-01');
}, 180_000);
afterAll(async () => stopHarness(harness));

async function fitsWidth(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
}

const CSV = [
  'post_id,from,created_time,message,reactions,permalink',
  '1,Lan,20/10/2025 08:30,"Mùa hoa tam giác mạch ở Đồng Văn, Tuyên Quang đẹp quá",12,https://fb.example/p/1',
  '2,Minh,hôm qua,Chợ phiên Mèo Vạc đông vui,3,https://fb.example/p/2',
  '3,An,21/10/2025,Cột cờ Lũng Cú đón nhiều khách dịp cuối tuần,5,https://fb.example/p/3',
].join('\n');

describe('press monitoring: a pasted article and a CSV export, on a phone', () => {
  it('the coordinator pastes an article, sees its analysis, then imports a CSV skipping its wrong line', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');

    await page.goto('/monitoring?tab=paste');
    await page.getByLabel('Cơ quan báo chí').fill(flagged.source);
    await page.getByLabel('Tiêu đề').fill(flagged.title);
    await page.getByLabel('Ngày đăng').fill('20/10/2025');
    await page.getByLabel('Nội dung bài').fill(flagged.body);
    await checkPage(page, 'paste form');
    await page.getByRole('button', { name: 'Phân tích và lưu' }).click();
    const result = page.getByTestId('paste-result');
    await result.getByText('Đã lưu bài.').waitFor();
    await result.getByText(/^Liên quan đến tỉnh/).waitFor();
    await result.getByText('Sắc thái: Tiêu cực').waitFor();
    await result.getByText('Không trùng tin nào đã có.').waitFor();
    await fitsWidth(page, PHONE.width);
    await checkPage(page, 'paste result');
    await shot(page, 'monitoring-paste-390');

    await page.getByRole('tab', { name: 'Nhập CSV' }).click();
    await page.getByLabel('Tên trang, nhóm (nguồn)').fill('Facebook — Du lịch Tuyên Quang');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bai-dang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('3 dòng, 2 dòng hợp lệ.').waitFor();
    await page
      .getByTestId('csv-problems')
      .getByText('Dòng 3, cột “created_time”: thời gian không đọc được (cần ngày/tháng/năm giờ:phút).')
      .waitFor();
    await page.getByTestId('csv-row').filter({ hasText: 'Dòng 3: có lỗi' }).getByText('Chợ phiên Mèo Vạc').waitFor();
    const importButton = page.getByRole('button', { name: 'Nhập 2 dòng' });
    expect(await importButton.isDisabled()).toBe(true);
    await fitsWidth(page, PHONE.width);
    await checkPage(page, 'csv preview');
    await shot(page, 'monitoring-csv-preview-390');
    await page.getByLabel('Bỏ qua các dòng lỗi, chỉ nhập các dòng hợp lệ').check();
    await importButton.click();
    await page.getByText('Đã nhập: 2 tin mới, 2 tin về tỉnh, 0 tin đã có, 1 dòng lỗi bỏ qua.').waitFor();
    await checkPage(page, 'csv imported');
    await shot(page, 'monitoring-csv-imported-390');
    await context.close();
  }, 180_000);
});
