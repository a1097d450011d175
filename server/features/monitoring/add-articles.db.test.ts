import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { corpusArticles } from './feed-server.test-support.js';

// tc001 and cp001 are one syndicated story; hs005 is negative and flagged false-information.
const [original, copy, flagged] = corpusArticles(['tc001', 'cp001', 'hs005']);

let t: TestApp;
let coordinator: Session;
const count = async () =>
  Number(
    ((await t.database.db.execute(sql`select count(*)::int as n from monitor_articles`)).rows[0] as { n: number }).n,
  );
const paste = (a: typeof original, url?: string) =>
  coordinator.inject({
    method: 'POST',
    url: '/api/monitoring/articles/pasted',
    payload: { outlet: a!.source, title: a!.title, body: a!.body, publishedAt: a!.publishedAt, url },
  });

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-10-30' });
  coordinator = await signIn(t.app, 'dieuphoi');
}, 60_000);
afterAll(async () => t.close());

describe('pasted articles and CSV imports', () => {
  it('a pasted article comes back analysed, a syndicated copy names the story it repeats', async () => {
    const first = await paste(flagged, flagged!.url);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().article).toMatchObject({ relevant: true, tone: 'negative', alreadyStored: false });
    expect(first.json().article.flags).toContain('false-information');
    expect((await paste(flagged, flagged!.url)).json().article).toMatchObject({
      id: first.json().article.id,
      alreadyStored: true,
    });
    const head = (await paste(original)).json().article;
    const repeated = (await paste(copy)).json().article;
    expect(repeated.duplicateOf).toMatchObject({ id: head.id, title: original!.title });
  });

  const CSV = [
    'post_id,from,created_time,message,reactions,permalink',
    '1,Lan,06/10/2025 08:30,"Mùa hoa tam giác mạch ở Đồng Văn, Tuyên Quang",12,https://fb.example/p/1',
    '2,Minh,hôm qua,Chợ phiên Mèo Vạc,3,https://fb.example/p/2',
    '3,Hà,2025-10-07T09:00:00+07:00,,1,https://fb.example/p/3',
    '4,An,07/10/2025,Cột cờ Lũng Cú đón khách,5,https://fb.example/p/4',
  ].join('\n');

  it('the preview names each wrong cell by line and column, and stores nothing', async () => {
    const before = await count();
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/articles/csv/preview',
      payload: { outlet: 'Facebook — Du lịch', csv: CSV },
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ total: 4, valid: 2, moreProblems: 0 });
    expect(preview.problems).toEqual([
      { line: 3, column: 'created_time', problem: 'bad-time' },
      { line: 4, column: 'message', problem: 'empty-text' },
    ]);
    expect(preview.columns).toContainEqual({ field: 'time', header: 'created_time' });
    // dd/mm/yyyy is day first, in Vietnam's time.
    expect(preview.rows[0]).toMatchObject({ ok: true, author: 'Lan', publishedAt: '2025-10-06T01:30:00.000Z' });
    expect(await count()).toBe(before);
  });

  it('a file with wrong lines is refused unless the person skips them', async () => {
    const before = await count();
    const refused = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/articles/csv',
      payload: { outlet: 'Facebook — Du lịch', csv: CSV },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('MONITOR_CSV_INVALID');
    expect(await count()).toBe(before);
    const skipped = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/articles/csv',
      payload: { outlet: 'Facebook — Du lịch', csv: CSV, skipInvalid: true },
    });
    expect(skipped.statusCode, skipped.body).toBe(201);
    expect(skipped.json()).toMatchObject({ received: 2, stored: 2, invalid: 2 });
    expect(await count()).toBe(before + 2);
  });

  it('a CSV larger than the default 1 MB body is still read', async () => {
    const line = (n: number) => `${n},Lan,06/10/2025 08:30,"Mùa hoa tam giác mạch ở Đồng Văn ${'đẹp '.repeat(20)}",1,`;
    const big = [
      'post_id,from,created_time,message,reactions,permalink',
      ...Array.from({ length: 15_000 }, (_, n) => line(n)),
    ];
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/monitoring/articles/csv/preview',
      payload: { outlet: 'Facebook — Du lịch', csv: big.join('\n') },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.json()).toMatchObject({ total: 15_000, valid: 15_000 });
  });
});
