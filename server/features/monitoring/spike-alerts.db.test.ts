import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../common/calendar/iso-date.js';
import { createClock } from '../../context.js';
import type { Database, Db } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { createTestDatabase } from '../../test/test-db.js';
import { DEFAULT_PATHS } from './analysis/defaults.js';
import type { RawArticle } from './ingest/extract.js';
import { storeArticles } from './store-articles.js';

// A spike is a day with many new stories against the 28 days before it. The stories are counted
// as each ingest stores them (monitor_story_days), in its transaction: these polls go through
// storeArticles and check the counts and the alert against the stored articles themselves.
type Row = { id: string; title: string; body: string; labels: { relevant: boolean; group: string; flags: string[] } };
const corpus = readFileSync(DEFAULT_PATHS.corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Row);
// Relevant stories that no other article of the corpus repeats: each starts a story of its own.
const stories = corpus.filter(
  (row) =>
    row.labels.relevant && row.labels.group === row.id && corpus.filter((r) => r.labels.group === row.id).length === 1,
);
const D = '2026-06-01';
let database: Database;

const raw = (row: Row, key: string, day: string): RawArticle => ({
  key,
  url: `https://bao.example.vn/${key}.html`,
  title: row.title,
  body: row.body,
  author: null,
  publishedAt: `${day}T08:00:00+07:00`,
  language: null,
  evidence: '',
});
const poll = (items: RawArticle[], fail = false) =>
  database.withProvince(database.defaultProvinceId, (db: Db) =>
    inTransaction(db, async (tx) => {
      const ctx = { db, clock: createClock(addDays(D, 5)), actor: { kind: 'system', name: 'test' } } as never;
      const result = await storeArticles(tx, ctx, { id: null, name: 'Báo thử' }, items);
      if (fail) throw new Error('the poll fails after storing');
      return result;
    }),
  );
const query = <T>(text: ReturnType<typeof sql>) =>
  database.withProvince(database.defaultProvinceId, async (db: Db) => (await db.execute(text)).rows as T[]);
const counted = async (day: string) =>
  (await query<{ n: number }>(sql`select stories as n from monitor_story_days where day = ${day}::date`))[0]?.n ?? 0;
const storedStories = async (day: string) =>
  (
    await query<{ n: number }>(
      sql`select count(*)::int as n from monitor_articles where relevant and is_head and day = ${day}::date`,
    )
  )[0]!.n;
const spikes = () =>
  query<{ day: string; count: number }>(
    sql`select params->>'day' as day, (params->>'count')::int as count from monitor_alerts where kind = 'spike' order by id`,
  );

beforeAll(async () => {
  database = await createTestDatabase('empty');
});
afterAll(async () => {
  await database.close();
});

describe('spikes of new stories', () => {
  it('alerts on a day with many new stories against the days before it; copies on a later day add no story', async () => {
    expect(stories.length).toBeGreaterThanOrEqual(14);
    // A quiet month: one story a week.
    for (let week = 4; week >= 1; week--) await poll([raw(stories[week]!, `tuan-${week}`, addDays(D, -7 * week))]);
    expect(await spikes()).toEqual([]);
    // Then eight new stories in one day, in two polls.
    const busy = stories.slice(5, 13);
    await poll(busy.slice(0, 4).map((row) => raw(row, `ngay-${row.id}`, D)));
    await poll(busy.slice(4).map((row) => raw(row, `ngay-${row.id}`, D)));
    const onDay = await storedStories(D);
    expect(onDay).toBeGreaterThanOrEqual(6);
    expect(await counted(D)).toBe(onDay);
    expect(await spikes()).toEqual([{ day: '01/06/2026', count: onDay }]);

    // Other outlets repeat them the next day: more coverage of the same stories, no new story.
    const copies = await poll(busy.map((row) => raw(row, `sao-${row.id}`, addDays(D, 1))));
    expect(copies.stored).toBe(busy.length);
    expect(await counted(addDays(D, 1))).toBe(0);
    expect(await spikes()).toHaveLength(1);
  });

  it('starts the story at the first article about the province, though its group began with one that is not', async () => {
    const day = addDays(D, 120);
    // A national story that names no province, then an outlet's copy that adds a paragraph on the province.
    const national: Row = {
      id: 'quoc-gia',
      title: 'Chương trình mục tiêu quốc gia hỗ trợ nhà ở cho hộ nghèo bước vào giai đoạn cuối',
      body: [
        'Bộ Xây dựng cho biết chương trình hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo và hộ cận nghèo đã hoàn thành hơn 260.000 căn trên cả nước, đạt khoảng 92% kế hoạch đề ra cho cả giai đoạn.',
        'Theo báo cáo, nguồn vốn huy động từ ngân sách trung ương, ngân sách địa phương và xã hội hóa đạt trên 11.000 tỷ đồng; mỗi hộ được hỗ trợ từ 40 đến 60 triệu đồng tùy theo mức độ xây mới hay sửa chữa.',
        'Các địa phương còn chậm được yêu cầu rà soát lại danh sách, tháo gỡ vướng mắc về đất đai và bảo đảm hoàn thành trước ngày 31 tháng 12, không để hộ nào phải đón Tết trong nhà tạm.',
        'Đại diện bộ cũng đề nghị các tổ chức, doanh nghiệp tiếp tục đồng hành, đóng góp vật liệu và ngày công để đẩy nhanh tiến độ ở vùng sâu, vùng xa.',
      ].join('\n\n'),
      labels: { relevant: false, group: 'quoc-gia', flags: [] },
    };
    const copy: Row = {
      ...national,
      body: `${national.body}\n\nTại tỉnh Tuyên Quang, các xã Lũng Cú, Đồng Văn và Mèo Vạc đã khánh thành 1.200 căn nhà mới cho hộ nghèo trong tháng qua.`,
    };
    const [original] = (await poll([raw(national, 'quoc-gia-goc', day)])).storedIds;
    const [repeat] = (await poll([raw(copy, 'quoc-gia-sao', addDays(day, 1))])).storedIds;
    const rows = await query<{ id: number; relevant: boolean; cluster_id: number }>(
      sql`select id, relevant, cluster_id from monitor_articles where id in (${original}, ${repeat}) order by id`,
    );
    expect(rows.map((r) => r.relevant)).toEqual([false, true]);
    expect(rows[1]!.cluster_id).toBe(original);
    expect(await counted(day)).toBe(0);
    expect(await counted(addDays(day, 1))).toBe(1);
    // A third outlet repeats the copy: the story is counted already.
    await poll([raw(copy, 'quoc-gia-sao-2', addDays(day, 2))]);
    expect(await counted(addDays(day, 2))).toBe(0);
  });

  it('counts nothing for an ingest that rolls back, and alerts once it is stored', async () => {
    const day = addDays(D, 60);
    const items = stories.slice(0, 8).map((row) => raw(row, `lai-${row.id}`, day));
    await expect(poll(items, true)).rejects.toThrow('the poll fails');
    expect(await counted(day)).toBe(0);
    expect(await spikes()).toHaveLength(1);

    await poll(items);
    const onDay = await storedStories(day);
    expect(await counted(day)).toBe(onDay);
    expect((await spikes()).at(-1)).toEqual({ day: '31/07/2026', count: onDay });
  });
});
