import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../common/contracts/endpoint.js';
import type { MinistryOverview, UpwardState } from '../../../common/contracts/upward.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { announceUpwardReports } from './announce-upward-reports.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';

// The demo: Tuyên Quang sent its half-year 2025 report (waiting); Lào Cai's was accepted, Thái
// Nguyên's returned; Hà Giang's accepted before it merged into Tuyên Quang.
let t: TestApp;
let ministry: Session;
let coordinator: Session;
let overview: MinistryOverview;
let semi25: number;

const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join(''),
  );

async function rows(query: string) {
  return (await t.database.db.execute(sql.raw(query))).rows as Array<Record<string, unknown>>;
}

beforeAll(async () => {
  t = await buildTestApp({ kind: 'demo', today: '2025-06-01' });
  ministry = await signIn(t.app, 'bovhttdl');
  coordinator = await signIn(t.app, 'dieuphoi');
  const [period] = await rows(
    "select p.id from reporting_periods p join plans pl on pl.id = p.plan_id where pl.year = 2025 and p.kind = 'semiannual' and p.province_id = 1",
  );
  semi25 = period!.id as number;
  overview = (await ministry.inject({ method: 'GET', url: '/api/ministry/overview' })).json();
});
afterAll(() => t?.close());

const row = (name: string) => overview.provinces.find((p) => p.name === name)!;

describe('the ministry reads every province', () => {
  it('shows the provinces side by side for the latest period, a merged province under its successor', () => {
    expect({ year: overview.year, kind: overview.kind }).toEqual({ year: 2025, kind: 'semiannual' });
    expect(overview.provinces.map((p) => p.name)).toEqual(['Lào Cai', 'Thái Nguyên', 'Tuyên Quang']);
    const tq = row('Tuyên Quang');
    expect(tq.mergedNames).toEqual(['Hà Giang']);
    expect(tq.upward).toMatchObject({ status: 'submitted', fromProvince: 'Tuyên Quang', onTime: true });
    expect(tq.planTitles.length).toBeGreaterThan(0);
    expect(row('Lào Cai').upward?.status).toBe('accepted');
    expect(row('Thái Nguyên').upward?.status).toBe('returned');
    // Lào Cai's figures as sent: 22 of 24 agencies reported, 20 on time.
    expect(row('Lào Cai')).toMatchObject({
      expected: 24,
      submitted: 22,
      onTime: 20,
      submittedRate: 91.7,
      onTimeRate: 83.3,
    });
    expect(overview.totals).toEqual({ provinces: 3, received: 3, accepted: 1, onTime: 3 });
  });

  it('sums indicators nationally, with Hà Giang counted in Tuyên Quang', async () => {
    const figures = await rows(
      'select p.code, u.figures from upward_reports u join provinces p on p.id = u.province_id where u.year = 2025',
    );
    const indicator = overview.indicators[0]!;
    const of = (code: string) =>
      (
        figures.find((f) => f.code === code)!.figures as { indicators: Array<{ code: string; total: number }> }
      ).indicators.find((i) => i.code === indicator.code)?.total ?? 0;
    expect(indicator.total).toBeCloseTo(of('default') + of('lao-cai') + of('thai-nguyen') + of('ha-giang'), 6);
    const tq = indicator.byProvince.find((b) => b.name === 'Tuyên Quang')!;
    expect(tq.value).toBeCloseTo(of('default') + of('ha-giang'), 6);
    expect(indicator.byProvince).toHaveLength(3);
  });

  it('refuses province users the ministry routes, and hides other provinces’ reports from them', async () => {
    for (const url of ['/api/ministry/overview', '/api/ministry/national/report.docx?year=2025&kind=semiannual']) {
      const res = await coordinator.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
    }
    const laoCai = row('Lào Cai').upward!.id;
    const res = await coordinator.inject({ method: 'GET', url: `/api/ministry/reports/${laoCai}` });
    expect(res.statusCode).toBe(404);
    const accept = await coordinator.inject({ method: 'POST', url: `/api/ministry/reports/${laoCai}/accept` });
    expect(accept.statusCode).toBe(403);
    // Its own report it reads.
    const own = await coordinator.inject({
      method: 'GET',
      url: `/api/ministry/reports/${row('Tuyên Quang').upward!.id}`,
    });
    expect(own.statusCode).toBe(200);
  });

  it('answers the ministry on every other GET route without a server error', async () => {
    const folder = new URL('../../../common/contracts/', import.meta.url);
    const failures: string[] = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        const e = value as Endpoint;
        if (typeof e !== 'object' || e === null || !('path' in e) || e.method !== 'GET' || e.path.includes(':'))
          continue;
        if (e.auth === 'public' || 'events' in e.response) continue;
        const res = await ministry.inject({ method: 'GET', url: e.path });
        if (res.statusCode >= 500) failures.push(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses to create a ministry account in a province', async () => {
    const admin = await signIn(t.app, 'admin');
    const res = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'bo.gia', displayName: 'Bộ giả', password: 'Ngựa vằn ăn cỏ tím ở Bộ', role: 'ministry' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('MINISTRY_ROLE_OUTSIDE_MINISTRY');
  });
});

describe('a province’s report goes upward: returned, sent again, accepted', () => {
  it('returns with a reason (none refused), notifies the coordinator, keeps the version and the audit row', async () => {
    const id = row('Tuyên Quang').upward!.id;
    const empty = await ministry.inject({
      method: 'POST',
      url: `/api/ministry/reports/${id}/return`,
      payload: { reason: ' ' },
    });
    expect(empty.json().error.code).toBe('RETURN_NEEDS_REASON');
    const reason = 'Đề nghị bổ sung số liệu ấn phẩm đối ngoại.';
    const res = await ministry.inject({
      method: 'POST',
      url: `/api/ministry/reports/${id}/return`,
      payload: { reason },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned', version: 2, returnReason: reason });
    expect(res.json().versions.map((v: { status: string }) => v.status)).toEqual(['submitted', 'returned']);
    const again = await ministry.inject({
      method: 'POST',
      url: `/api/ministry/reports/${id}/return`,
      payload: { reason },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ILLEGAL_TRANSITION');
    const notices = (await coordinator.inject({ method: 'GET', url: '/api/notifications' })).json();
    expect(JSON.stringify(notices)).toContain(reason);
    const audit = await rows(
      `select province_id, actor_name from audit_events where action = 'upward.return' and subject_id = '${id}'`,
    );
    expect(audit).toEqual([{ province_id: 1, actor_name: 'bovhttdl' }]);
  });

  it('offers "send" again only after a return, then refuses a second send while the ministry holds it', async () => {
    const before: UpwardState = (
      await coordinator.inject({ method: 'GET', url: `/api/consolidation/periods/${semi25}/upward` })
    ).json();
    expect(before).toMatchObject({ ready: true, canSend: true, report: { status: 'returned' } });
    const sent = await coordinator.inject({ method: 'POST', url: `/api/consolidation/periods/${semi25}/upward` });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ canSend: false, report: { status: 'submitted', version: 3 } });
    const twice = await coordinator.inject({ method: 'POST', url: `/api/consolidation/periods/${semi25}/upward` });
    expect(twice.json().error.code).toBe('ILLEGAL_TRANSITION');
  });

  it('tells the ministry of each send, return and resend, once, in its own bell', async () => {
    const before = (await ministry.inject({ method: 'GET', url: '/api/notifications?limit=200' })).json();
    // The demo's history: every province's send and the ministry's decisions (and the return above).
    expect(before.items.map((n: { title: string }) => n.title)).toEqual(
      expect.arrayContaining([
        'Tuyên Quang đã gửi báo cáo lên Bộ',
        'Bộ đã trả lại báo cáo của Thái Nguyên',
        'Bộ đã tiếp nhận báo cáo của Lào Cai',
      ]),
    );
    expect(await announceUpwardReports(t.database.db)).toBeGreaterThan(0);
    expect(await announceUpwardReports(t.database.db)).toBe(0);
    const after = (await ministry.inject({ method: 'GET', url: '/api/notifications?limit=200' })).json();
    const resent = after.items.find((n: { kind: string }) => n.kind === 'upward-resubmitted');
    expect(resent).toMatchObject({
      title: 'Tuyên Quang đã gửi lại báo cáo',
      link: `/ministry/reports/${row('Tuyên Quang').upward!.id}`,
    });
    // Nobody in the province reads the ministry's notices.
    const own = (await coordinator.inject({ method: 'GET', url: '/api/notifications?limit=200' })).json();
    expect(own.items.some((n: { kind: string }) => n.kind === 'upward-resubmitted')).toBe(false);
  });

  it('refuses to send a period without a consolidated report', async () => {
    const [period] = await rows(
      "select p.id from reporting_periods p join plans pl on pl.id = p.plan_id where pl.year = 2026 and p.kind = 'semiannual' and p.province_id = 1",
    );
    const state = (
      await coordinator.inject({ method: 'GET', url: `/api/consolidation/periods/${period!.id}/upward` })
    ).json();
    expect(state).toMatchObject({ ready: false, canSend: false, report: null });
    const res = await coordinator.inject({ method: 'POST', url: `/api/consolidation/periods/${period!.id}/upward` });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONSOLIDATION_NOT_READY');
  });

  it('accepts once; the national DOCX then reads back with every province and the national totals', async () => {
    const id = row('Tuyên Quang').upward!.id;
    const res = await ministry.inject({ method: 'POST', url: `/api/ministry/reports/${id}/accept` });
    expect(res.json()).toMatchObject({ status: 'accepted', version: 4 });
    expect((await ministry.inject({ method: 'POST', url: `/api/ministry/reports/${id}/accept` })).statusCode).toBe(409);
    const docx = await ministry.inject({
      method: 'GET',
      url: '/api/ministry/national/report.docx?year=2025&kind=semiannual',
    });
    expect(docx.statusCode).toBe(200);
    const text = paragraphs(readZipText(docx.rawPayload).get('word/document.xml')!);
    expect(text).toContain('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng hợp kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025 của các địa phương');
    expect(text.some((p) => p.startsWith('Đã nhận báo cáo của 3/3 tỉnh, thành phố'))).toBe(true);
    expect(text).toContain('Tuyên Quang (gồm Hà Giang)');
    const first = overview.indicators[0]!;
    expect(text).toContain(new Intl.NumberFormat('vi-VN').format(first.total));
    expect(text.some((p) => p.startsWith('Lào Cai: Đề nghị Bộ tổ chức tập huấn'))).toBe(true);
    const xlsx = await ministry.inject({
      method: 'GET',
      url: '/api/ministry/national/report.xlsx?year=2025&kind=semiannual',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(readZipText(xlsx.rawPayload).get('xl/sharedStrings.xml')).toContain('Thái Nguyên');
  });
});
