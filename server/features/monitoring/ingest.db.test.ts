import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createClock } from '../../context.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { corpusArticles, rssOf, startFeedServer, windows1258 } from './feed-server.test-support.js';
import { checkSilentSources } from './poll-source.js';
import { createScheduler, sweepProvincesOf } from '../../jobs/index.js';
import { ISSUE_MONITOR_DIGESTS, POLL_MONITOR_SOURCES } from '../../jobs/monitoring.job.js';

// Articles of the labelled corpus (Oct 2025): tc001 and its syndicated copy cp001 (another outlet),
// tc002 and its copy cp004, hs005 (negative, flagged false-information), uv-like unrelated ones.
const feedA = corpusArticles(['tc001', 'tc002', 'hs005']);
const feedB = corpusArticles(['cp001', 'cp004']);
const pages = corpusArticles(['tc004', 'tc005']);
const pageHtml = (a: (typeof pages)[number]) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${a.body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const sitemap = (base: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${pages
    .map(
      (a, i) =>
        `<url><loc>${base}/tin/${i + 1}.html</loc><news:news><news:publication_date>${a.publishedAt}</news:publication_date><news:title>${a.title}</news:title></news:news></url>`,
    )
    .join('')}</urlset>`;

let t: TestApp;
let coordinator: Session;
let server: Awaited<ReturnType<typeof startFeedServer>>;

async function addSource(name: string, path: string) {
  const response = await coordinator.inject({
    method: 'POST',
    url: '/api/monitoring/sources',
    payload: { kind: 'rss', name, url: `${server.base}${path}` },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().source.id as number;
}
const poll = (id: number) => coordinator.inject({ method: 'POST', url: `/api/monitoring/sources/${id}/poll` });
const count = async () =>
  Number(
    ((await t.database.db.execute(sql`select count(*)::int as n from monitor_articles`)).rows[0] as { n: number }).n,
  );

beforeAll(async () => {
  server = await startFeedServer({
    '/robots.txt': { body: 'User-agent: *\nDisallow: /private/\n', type: 'text/plain' },
    '/a.xml': { body: rssOf('Báo A', feedA), etag: '"a1"' },
    '/b.xml': { body: rssOf('Báo B', feedB) },
    '/legacy.xml': { body: windows1258(rssOf('Báo cũ', corpusArticles(['tc003']), 'windows-1258')) },
    '/broken.xml': { body: '<?xml version="1.0"?><rss><channel><item><title>Tuyên Quang</ti' },
    '/loop': { redirect: '/loop' },
    '/slow.xml': { hang: true },
    '/dead.xml': { status: 503 },
    '/private/feed.xml': { body: rssOf('Riêng', feedA) },
  });
  server.routes['/sitemap.xml'] = { body: sitemap(server.base), type: 'application/xml' };
  pages.forEach((a, i) => {
    server.routes[`/tin/${i + 1}.html`] = { body: pageHtml(a), type: 'text/html; charset=utf-8' };
  });
  t = await buildTestApp({ today: '2025-10-30' });
  coordinator = await signIn(t.app, 'dieuphoi');
  await t.database.db.execute(sql`update users set email = 'dieuphoi@tuyenquang.gov.vn' where username = 'dieuphoi'`);
}, 60_000);
afterAll(async () => {
  await t.close();
  await server.close();
});

describe('ingest from feeds over real HTTP', () => {
  it('stores, analyses and groups the articles of two feeds; a second poll is a conditional GET', async () => {
    const a = await addSource('Báo A', '/a.xml');
    const b = await addSource('Báo B', '/b.xml');
    const first = (await poll(a)).json();
    expect(first).toMatchObject({ received: 3, stored: 3, skipped: 0, relevant: 3 });
    expect(first.alerts).toBeGreaterThanOrEqual(1); // hs005: negative and flagged
    expect((await poll(b)).json()).toMatchObject({ received: 2, stored: 2, relevant: 2 });
    const again = await poll(a);
    expect(again.json()).toMatchObject({ received: 0, stored: 0 });
    expect(server.hits.get('/a.xml')).toBe(2);
    expect(await count()).toBe(5);
    // Source health: of A's three articles two are of the last seven days (24/10 and 28/10; today 30/10).
    const sources = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/sources' })).json().sources;
    expect(sources.find((x: { id: number }) => x.id === a)).toMatchObject({ itemsTotal: 3, itemsLast7Days: 2 });

    // Syndicated copies show once, with their outlets.
    const list = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/articles' })).json();
    expect(list.total).toBe(3);
    const tam = list.stories.find((s: { title: string }) => s.title === feedA[0]!.title);
    expect(tam).toMatchObject({ copies: 1, outlets: ['Báo B'], tone: 'positive' });

    // Search finds the same with and without diacritics.
    const accented = (
      await coordinator.inject({
        method: 'GET',
        url: `/api/monitoring/articles?q=${encodeURIComponent('tam giác mạch')}`,
      })
    ).json();
    const folded = (
      await coordinator.inject({ method: 'GET', url: '/api/monitoring/articles?q=tam%20giac%20mach' })
    ).json();
    expect(accented.total).toBeGreaterThanOrEqual(1);
    expect(folded.stories.map((s: { id: number }) => s.id)).toEqual(accented.stories.map((s: { id: number }) => s.id));

    // The detail explains the decision.
    const detail = (await coordinator.inject({ method: 'GET', url: `/api/monitoring/articles/${tam.id}` })).json()
      .article;
    expect(detail.reasons.join('\n')).toMatch(/Tuyên Quang|Lũng Cú|Đồng Văn/);
    // Reasons are read by Vietnamese officials: the kinds in Vietnamese, no English label left over.
    expect(detail.reasons.at(-1)).toMatch(/^(Liên quan|Không liên quan) đến tỉnh Tuyên Quang \(điểm [\d.]+\)$/);
    expect(detail.reasons.join('\n')).not.toMatch(/relevant|district|commune|leader-title|excluded|date:/);
    // The features behind its tone are not stored; they are recomputed when the article is opened.
    expect(detail.why[`tone:${detail.toneScore.label}`].length).toBeGreaterThan(0);
    const [stored] = (await t.database.db.execute(sql`select analysis from monitor_articles where id = ${tam.id}`))
      .rows;
    expect(Object.keys(stored!.analysis as object)).not.toContain('why');
    expect(detail.copiesList).toHaveLength(1);
  });

  it('follows a news sitemap: fetches each new page once, and skips the pages it has stored', async () => {
    const created = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/sources',
      payload: { kind: 'sitemap', name: 'Cổng tin', url: `${server.base}/sitemap.xml` },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().source.id as number;
    expect((await poll(id)).json()).toMatchObject({ received: 2, stored: 2 });
    expect((await poll(id)).json()).toMatchObject({ received: 0, stored: 0 });
    expect(server.hits.get('/sitemap.xml')).toBe(2);
    expect([server.hits.get('/tin/1.html'), server.hits.get('/tin/2.html')]).toEqual([1, 1]);
  });

  it('raises one alert for the flagged story and notifies the coordinator in-app and by mail', async () => {
    const alerts = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/alerts' })).json().alerts;
    const flagged = alerts.filter((x: { kind: string }) => x.kind === 'flagged' || x.kind === 'negative');
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(flagged.map((x: { message: string }) => x.message).join('\n')).toContain(feedA[2]!.title);
    const notices = await t.database.db.execute(sql`select title from notifications where kind = 'monitor-alert'`);
    expect(notices.rows.length).toBeGreaterThanOrEqual(1);
    const mail = await t.database.db.execute(
      sql`select subject from outbox_emails where dedupe_key like 'monitor-alert:%'`,
    );
    expect(mail.rows.length).toBeGreaterThanOrEqual(1);
  });

  it('a malformed feed is a clear error recorded on the source, and nothing stored is lost', async () => {
    const before = await count();
    const id = await addSource('Báo hỏng', '/broken.xml');
    const response = await poll(id);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('MONITOR_FEED_INVALID');
    expect(response.json().error.message).toContain('/broken.xml');
    expect(await count()).toBe(before);
    const source = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/sources' }))
      .json()
      .sources.find((s: { id: number }) => s.id === id);
    expect(source).toMatchObject({ consecutiveFailures: 1, lastError: { code: 'MONITOR_FEED_INVALID' } });
  });

  it('redirect loops, dead and robots-refused hosts fail with their reason', async () => {
    const loop = await poll(await addSource('Vòng lặp', '/loop'));
    expect(loop.json().error).toMatchObject({ code: 'MONITOR_FETCH_FAILED' });
    expect(loop.json().error.message).toMatch(/redirect/);
    const dead = await poll(await addSource('Máy chết', '/dead.xml'));
    expect(dead.json().error.message).toContain('HTTP 503');
    const refused = await poll(await addSource('Riêng tư', '/private/feed.xml'));
    expect(refused.json().error.code).toBe('MONITOR_ROBOTS_DISALLOWED');
    expect(server.hits.get('/private/feed.xml')).toBeUndefined();
  }, 30_000);

  it('a windows-1258 feed is read as Vietnamese (NFC)', async () => {
    const id = await addSource('Báo cũ', '/legacy.xml');
    expect((await poll(id)).json()).toMatchObject({ stored: 1, relevant: 1 });
    const rows = await t.database.db.execute(sql`select title from monitor_articles where outlet = 'Báo cũ'`);
    expect((rows.rows[0] as { title: string }).title).toBe(corpusArticles(['tc003'])[0]!.title.normalize('NFC'));
  });

  it('a feed silent for longer than its rhythm raises the silent-feed alarm (pinned clock)', async () => {
    // Two to three items a week: silent after three of its own gaps, at most 14 days.
    const early = createClock('2025-11-02');
    const none = await t.database.withProvince(t.database.defaultProvinceId, (db) =>
      checkSilentSources({ db, clock: early, actor: { kind: 'system', name: 'test' } }),
    );
    expect(none).toBe(0);
    const later = createClock('2025-11-15');
    const raised = await t.database.withProvince(t.database.defaultProvinceId, (db) =>
      checkSilentSources({ db, clock: later, actor: { kind: 'system', name: 'test' } }),
    );
    expect(raised).toBeGreaterThanOrEqual(2);
    const alerts = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/alerts' })).json().alerts;
    expect(alerts.map((a: { message: string }) => a.message).join('\n')).toMatch(/Báo A.*không có tin mới/);
  });

  it('issues the monthly digest grouped by topic, as DOCX and by mail to subscribers', async () => {
    await t.database.db.execute(
      sql`insert into monitor_subscribers (province_id, email, kinds) values (${t.database.defaultProvinceId}, 'lanhdao@tuyenquang.gov.vn', '["monthly"]')`,
    );
    const preview = (
      await coordinator.inject({ method: 'GET', url: '/api/monitoring/digests/preview?kind=monthly&date=2025-10-01' })
    ).json().digest;
    expect(preview.candidates).toHaveLength(3);
    const negativeFirst = [...preview.candidates].reverse().map((c: { id: number }) => c.id);
    const issued = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/digests',
      payload: { kind: 'monthly', date: '2025-10-15', articleIds: negativeFirst },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const digest = issued.json().digest;
    expect(digest.title).toBe('ĐIỂM TIN BÁO CHÍ VỀ TỈNH TUYÊN QUANG');
    expect(digest.subtitle).toBe('Điểm tin tháng từ ngày 01/10/2025 đến ngày 31/10/2025');
    expect(digest.groups.flatMap((g: { items: { id: number }[] }) => g.items.map((i) => i.id))).toEqual(negativeFirst);
    const mail = await t.database.db.execute(
      sql`select subject, body from outbox_emails where to_address = 'lanhdao@tuyenquang.gov.vn'`,
    );
    expect((mail.rows[0] as { subject: string }).subject).toContain('Điểm tin báo chí về tỉnh Tuyên Quang');
    expect((mail.rows[0] as { body: string }).body).toContain('Cũng đăng trên: Báo B');
    const docx = await coordinator.inject({ method: 'GET', url: `/api/monitoring/digests/${digest.id}/digest.docx` });
    expect(docx.statusCode).toBe(200);
    const xml = readZipText(docx.rawPayload).get('word/document.xml')!;
    expect(xml).toContain('ĐIỂM TIN BÁO CHÍ');
    expect(xml).toContain(feedA[2]!.title.slice(0, 20));
    expect(xml.indexOf('III. CHÍNH QUYỀN')).toBeGreaterThan(xml.indexOf('I. DU LỊCH'));
  });

  it('the scheduler polls due sources and issues the day’s digest once, across two ticks', async () => {
    const before = server.hits.get('/b.xml') ?? 0;
    // 08:00 in Việt Nam: both jobs are due whatever the real time of day.
    const clock = { now: () => new Date('2025-10-31T08:00:00+07:00'), today: () => '2025-10-31' };
    const scheduler = createScheduler({
      db: t.database.db,
      clock,
      jobs: [POLL_MONITOR_SOURCES, ISSUE_MONITOR_DIGESTS],
      provinces: sweepProvincesOf(t.database),
      instanceId: 'test',
      log: () => {},
    });
    await scheduler.tick();
    await scheduler.tick();
    expect(server.hits.get('/b.xml')).toBe(before + 1);
    const digests = (await coordinator.inject({ method: 'GET', url: '/api/monitoring/digests' })).json().digests;
    expect(
      digests.filter(
        (d: { kind: string; periodStart: string }) => d.kind === 'daily' && d.periodStart === '2025-10-30',
      ),
    ).toHaveLength(1);
  }, 30_000);
});
