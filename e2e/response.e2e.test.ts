import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// 29/04/2025 falls in the data window of the 2025 half-year report (15/12/2024–13/05/2025), just
// before the 30/4–1/5 holidays and the swapped Friday 02/5, so working days skip five days off.
const TODAY = '2025-04-29';
const PHONE = { width: 390, height: 844 };
let harness: Harness | undefined;
let rumourSite: Server;
let rumourUrl: string;

beforeAll(async () => {
  // The rumour is served on 127.0.0.1, which evidence capture refuses unless told this is a test.
  process.env.TTDN_CAPTURE_ALLOW_PRIVATE = '1';
  harness = await startHarness(TODAY);
  // The post to capture as evidence, served locally (the journey never leaves the machine).
  rumourSite = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>Sạt lở vùi lấp cả thôn?</title></head><body><p>Cả thôn bị vùi lấp.</p></body></html>');
  });
  await new Promise<void>((resolve) => rumourSite.listen(0, '127.0.0.1', resolve));
  rumourUrl = `http://127.0.0.1:${(rumourSite.address() as AddressInfo).port}/bai-dang/1`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => rumourSite?.close(() => resolve()));
  await stopHarness(harness);
});

async function noWiderThanPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('from a URL to the half-year report', () => {
  it('case → referral → rebuttal → talking point at a press conference → consolidated report', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');

    // 1. A press conference is on the calendar, so the talking point has somewhere to go.
    await page.goto('/response?tab=conferences');
    await page.getByRole('button', { name: 'Lên lịch họp báo' }).click();
    await page.getByLabel('Tên cuộc họp báo').fill('Họp báo định kỳ quý II năm 2025');
    await page.getByLabel('Ngày họp báo').fill('09/05/2025');
    await page.getByLabel('Ngày họp báo').press('Tab');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('conference').filter({ hasText: 'Họp báo định kỳ quý II năm 2025' }).waitFor();
    await shot(page, 'response-1-conferences-phone');
    await noWiderThanPhone(page);

    // 2. The case, opened from the post's address.
    await page.goto('/response');
    await page.getByRole('button', { name: 'Tiếp nhận vụ việc' }).click();
    await page.getByLabel('Tên vụ việc').fill('Tin đồn sạt lở tại thôn Nà Luông');
    await page.getByLabel('Địa chỉ bài đăng (URL)').fill(rumourUrl);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/response\/cases\/\d+$/);
    await expectStatus(page, 'Mới tiếp nhận');
    await page.getByRole('button', { name: 'Chuyển xác minh' }).click();
    await expectStatus(page, 'Đang xác minh');

    // 3. Evidence captured from the address: hashed and versioned.
    await page.getByRole('button', { name: 'Lưu chứng cứ' }).click();
    const evidence = page.getByTestId('evidence').first();
    await evidence.waitFor();
    expect(await evidence.innerText()).toMatch(/bản 1[\s\S]*Sạt lở vùi lấp cả thôn\?[\s\S]*SHA-256 [0-9a-f]{64}/i);

    // 4. Referred to Công an tỉnh with 3 working days: sent Tuesday 29/04; 30/4, 1/5, the swapped
    // Friday 02/5 and the weekend are off, so it is due Wednesday 07/05.
    const agency = page.getByRole('combobox', { name: 'Cơ quan nhận' });
    await agency.click();
    await agency.fill('cong an tinh');
    await page.getByRole('option', { name: 'Công an tỉnh', exact: true }).click();
    await page.getByLabel('Nội dung đề nghị').fill('Đề nghị xác minh, xử lý tài khoản đăng tin.');
    await page.getByLabel('Thời hạn trả lời (ngày làm việc)').fill('3');
    await page.getByRole('button', { name: 'Gửi đề nghị xử lý' }).click();
    const referral = page.getByTestId('referral').first();
    await referral.waitFor();
    expect(await referral.innerText()).toContain('Hạn trả lời 07/05/2025');

    // 5. A rebuttal, done; then a talking point for the conference.
    await addAction(page, 'Bài phản bác', 'Bài phản bác trên Báo Tuyên Quang', 'Báo Tuyên Quang');
    const rebuttal = page.getByTestId('case-action').filter({ hasText: 'Bài phản bác trên Báo Tuyên Quang' });
    await rebuttal.getByLabel('Kết quả thực hiện').fill('Đã đăng bài phản bác');
    await rebuttal.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await rebuttal.getByText('Đã xong').waitFor();
    // The rebuttal's reach is measured from monitoring (no articles in this journey: zero either side),
    // and the people who know of the case are listed, the opener as its coordinator.
    await page.getByTestId('coverage').getByText('Bài phản bác 29/04/2025').waitFor();
    expect(await page.getByTestId('case-people').innerText()).toContain('Điều phối');
    await addAction(page, 'Nội dung trả lời tại họp báo', 'Thông tin chính xác về vụ sạt lở', 'Người phát ngôn', true);
    await page.getByTestId('case-action').filter({ hasText: 'Tại: Họp báo định kỳ quý II năm 2025' }).waitFor();
    await shot(page, 'response-2-case-phone');
    await noWiderThanPhone(page);

    // 6. The conference is held; the talking point is on its card.
    await page.goto('/response?tab=conferences');
    const conference = page.getByTestId('conference').filter({ hasText: 'Họp báo định kỳ quý II năm 2025' });
    expect(await conference.innerText()).toContain('Thông tin chính xác về vụ sạt lở');
    await conference.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click();
    await conference.getByLabel('Số phóng viên dự').fill('30');
    await conference.getByLabel('Câu hỏi của phóng viên').fill('Có thương vong không?');
    await conference.getByLabel('Nội dung trả lời', { exact: true }).fill('Không có thương vong.');
    await conference.getByRole('button', { name: 'Lưu' }).click();
    await conference.getByText('30 phóng viên dự · 1 câu hỏi').waitFor();
    await context.close();

    // 7. On a desk: the case closed, then the half-year consolidated report carries it.
    const desk = await newContext(harness!.browser, harness!.server);
    const deskPage = await desk.newPage();
    await signIn(deskPage, 'dieuphoi');
    await deskPage.goto('/response');
    await deskPage.getByRole('link', { name: 'Tin đồn sạt lở tại thôn Nà Luông' }).click();
    await deskPage.getByRole('button', { name: 'Đóng vụ việc' }).click();
    await deskPage.getByLabel('Kết quả xử lý').fill('Đã phản bác; tài khoản đăng tin bị xử phạt');
    await deskPage.getByRole('button', { name: 'Đóng vụ việc' }).last().click();
    await expectStatus(deskPage, 'Đã đóng');
    await shot(deskPage, 'response-3-case-desk');

    const periods = (await deskPage.evaluate(async () => (await fetch('/api/reporting/periods?year=2025')).json())) as {
      periods: Array<{ id: number; kind: string }>;
    };
    const half = periods.periods.find((p) => p.kind === 'semiannual')!;
    await deskPage.goto(`/reporting/periods/${half.id}/consolidation`);
    const results = deskPage.getByLabel('II. Kết quả thực hiện');
    await results.waitFor();
    const text = await results.inputValue();
    expect(text).toContain('Công tác xử lý thông tin sai sự thật, sản phẩm thể hiện sai chủ quyền và quan hệ báo chí');
    expect(text).toContain(
      '- Tin đồn sạt lở tại thôn Nà Luông — đã xử lý xong ngày 29/04/2025: Đã phản bác; tài khoản đăng tin bị xử phạt.',
    );
    expect(text).toContain(
      '- Ngày 09/05/2025: Họp báo định kỳ quý II năm 2025 (định kỳ, 30 phóng viên dự, trả lời 1 câu hỏi).',
    );
    await shot(deskPage, 'response-4-consolidation-desk');

    // 8. The board: the rebuttal's coverage row, and the year's work counted as the reports count it.
    await deskPage.goto('/response?tab=board&year=2025');
    await deskPage
      .getByTestId('coverage')
      .getByText(/Tin đồn sạt lở tại thôn Nà Luông · Bài phản bác 29\/04\/2025/)
      .waitFor();
    expect(await deskPage.getByTestId('board-window').innerText()).toMatch(
      /^Từ 01\/01\/2025 đến 31\/12\/2025: \d+ vụ việc/,
    );
    await shot(deskPage, 'response-5-board-desk');
    await desk.close();
  });
});

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').filter({ hasText: status }).waitFor();
}

async function addAction(page: Page, kind: string, title: string, owner: string, toConference = false): Promise<void> {
  await page.getByRole('combobox', { name: 'Loại việc' }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
  await page.getByLabel('Nội dung', { exact: true }).fill(title);
  await page.getByLabel('Người, cơ quan thực hiện').fill(owner);
  if (toConference) {
    await page.getByRole('combobox', { name: 'Đưa vào cuộc họp báo' }).click();
    await page.getByRole('option', { name: /Họp báo định kỳ quý II năm 2025/ }).click();
  }
  await page.getByRole('button', { name: 'Thêm việc' }).click();
  await page.getByTestId('case-action').filter({ hasText: title }).waitFor();
}
