import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `ttdn monitor …` as a user runs it: the real binary, real files, no database.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/ttdn.mjs', 'monitor', ...args], { encoding: 'utf8', timeout: 120_000 });

const articles = [
  {
    id: 'copy',
    url: 'https://dantri.com.vn/xa-hoi/lu-quet-20250907.htm',
    source: 'Dân Trí',
    publishedAt: '2025-09-07T09:00:00+07:00',
    title: 'Lũ quét cuốn trôi 5 nhà ở xã vùng cao, 3 người tử vong',
    body: 'Mưa lớn kéo dài từ đêm 6/9 gây lũ quét tại thôn Nậm Khòa, xã Hoàng Su Phì, tỉnh Tuyên Quang, cuốn trôi 5 ngôi nhà. Ba người trong một gia đình tử vong, hai người bị thương được đưa đi cấp cứu.\n\nLực lượng công an, quân sự và biên phòng đã có mặt tìm kiếm, di dời 27 hộ dân ở khu vực nguy hiểm đến nơi an toàn.',
  },
  {
    id: 'orig',
    url: 'https://vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html',
    source: 'VnExpress',
    publishedAt: '2025-09-07T06:30:00+07:00',
    title: 'Lũ quét ở Hoàng Su Phì, 3 người chết',
    body: 'Mưa lớn kéo dài từ đêm 6/9 gây lũ quét tại thôn Nậm Khòa, xã Hoàng Su Phì, tỉnh Tuyên Quang, cuốn trôi 5 ngôi nhà. Ba người trong một gia đình tử vong, hai người bị thương được đưa đi cấp cứu.\n\nLực lượng công an, quân sự và biên phòng đã có mặt tìm kiếm, di dời 27 hộ dân ở khu vực nguy hiểm đến nơi an toàn.\n\nChủ tịch UBND tỉnh đã chỉ đạo các lực lượng tập trung khắc phục hậu quả.',
  },
  {
    id: 'street',
    publishedAt: '2025-12-14',
    title: 'Cháy nhà trên phố Tuyên Quang',
    body: 'Ngôi nhà 4 tầng trên phố Tuyên Quang, phường Bạch Mai, Hà Nội bốc cháy.',
  },
];

function jsonl(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-monitor-'));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('ttdn monitor analyze', () => {
  it('prints one JSON line per article, clustered under the earliest article, tone null when irrelevant', () => {
    const result = run('analyze', jsonl(articles.map((a) => JSON.stringify(a))));
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['copy', 'orig', 'street']);
    for (const o of out)
      expect(Object.keys(o)).toEqual(['id', 'relevant', 'mentions', 'tone', 'topics', 'flags', 'cluster']);
    const [copy, orig, street] = out;
    expect(orig).toMatchObject({ relevant: true, tone: 'neutral', cluster: 'orig' });
    expect(orig.topics).toContain('disaster-environment');
    expect(copy.cluster).toBe('orig');
    const offset = articles[1]!.title.indexOf('Hoàng Su Phì');
    expect(orig.mentions[0]).toEqual({
      text: 'Hoàng Su Phì',
      entity: 'h-hoang-su-phi',
      kind: 'district',
      field: 'title',
      offset,
    });
    expect(street).toMatchObject({ relevant: false, tone: null, topics: [], flags: [], cluster: 'street' });
  });

  it('reports bad lines on stderr with their number, analyses the rest, and exits 1', () => {
    const result = run(
      'analyze',
      jsonl([
        JSON.stringify(articles[1]),
        '{not json',
        JSON.stringify({ title: 'không có id' }),
        JSON.stringify(articles[1]),
      ]),
    );
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Dòng 2');
    expect(result.stderr).toContain('thiếu "id"');
    expect(result.stderr).toContain('trùng id');
  });

  it('explains its decisions on request and uses another profile when given one', () => {
    const explained = run('analyze', jsonl([JSON.stringify(articles[2])]), '--explain');
    const line = JSON.parse(explained.stdout);
    expect(line.explanation.excluded[0]).toMatchObject({ kind: 'street', text: 'Tuyên Quang' });
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-profile-'));
    const profile = join(dir, 'profile.json');
    writeFileSync(
      profile,
      JSON.stringify({
        schemaVersion: 1,
        id: 'ha-noi',
        name: 'Hà Nội',
        entities: [
          { id: 'hn', kind: 'province', name: 'Hà Nội', names: ['Hà Nội'] },
          { id: 'hbt', kind: 'ward', name: 'Bạch Mai', names: ['phường Bạch Mai'] },
        ],
      }),
    );
    const other = JSON.parse(run('analyze', jsonl([JSON.stringify(articles[2])]), '--profile', profile).stdout);
    expect(other.relevant).toBe(true);
    expect(other.mentions.map((m: { entity: string }) => m.entity)).toEqual(['hbt', 'hn']);
    const broken = run('analyze', jsonl([JSON.stringify(articles[2])]), '--profile', join(dir, 'missing.json'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('MONITOR_PROFILE_INVALID');
  });

  it('fails clearly on a missing input file', () => {
    const result = run('analyze', '/nonexistent/articles.jsonl');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MONITOR_INPUT_INVALID');
  });
}, 240_000);

describe('ttdn monitor eval', () => {
  it('prints the four measures per class on the held-out split', () => {
    const result = run('eval');
    expect(result.status, result.stderr).toBe(0);
    for (const heading of ['relevance', 'tone (macro-F1', 'topics', 'flags (recall', 'near-duplicates'])
      expect(result.stdout).toContain(heading);
    expect(result.stdout).toMatch(/same-story pairs\s+\d\.\d{3}/);
  }, 120_000);
});
