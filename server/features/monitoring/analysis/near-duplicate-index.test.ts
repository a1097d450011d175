import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { decodeSignature, encodeSignature } from './signature-codec.js';
import { clusterOf as cluster, signatureOf } from './near-duplicates.test-support.js';
import type { ArticleInput } from './types.js';

const P1 =
  'Mưa lớn kéo dài từ đêm 6/9 gây lũ quét tại thôn Nậm Khòa, xã Hoàng Su Phì, tỉnh Tuyên Quang, cuốn trôi 5 ngôi nhà. Ba người trong một gia đình tử vong, hai người bị thương được đưa đi cấp cứu.';
const P2 =
  'Lực lượng công an, quân sự và biên phòng đã có mặt tìm kiếm, di dời 27 hộ dân ở khu vực nguy hiểm đến nơi an toàn. Tuyến đường từ trung tâm xã đi Nậm Khòa bị sạt lở nhiều đoạn, giao thông bị chia cắt.';
const P3 =
  'Chủ tịch UBND tỉnh đã chỉ đạo các lực lượng tập trung khắc phục hậu quả, hỗ trợ các gia đình có người thiệt mạng. Ngành giáo dục cho học sinh các điểm trường bị ảnh hưởng nghỉ học hai ngày.';
const original: ArticleInput = {
  id: 'vne',
  url: 'https://vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html',
  publishedAt: '2025-09-07T06:30:00+07:00',
  title: 'Lũ quét ở Hoàng Su Phì, 3 người chết',
  body: [P1, P2, P3].join('\n\n'),
};

describe('near-duplicates: a syndicated story is one group', () => {
  it('retitled, trimmed, with a new lead, or reposted with a credit line: all join the original', () => {
    const copies: ArticleInput[] = [
      { ...original, id: 'retitled', url: 'https://tuoitre.vn/a.htm', title: 'Tuyên Quang: lũ quét cuốn trôi 5 nhà' },
      { ...original, id: 'trimmed', url: 'https://vov.vn/b.vov', body: P1 },
      {
        ...original,
        id: 'new-lead',
        url: 'https://laodong.vn/c.ldo',
        title: 'Lũ quét trong đêm ở Nậm Khòa',
        body: [
          'Trận lũ quét bất ngờ trong đêm 6 rạng sáng 7/9 đã cướp đi sinh mạng của ba người trong một gia đình ở thôn Nậm Khòa.',
          P2,
          P3,
        ].join('\n\n'),
      },
      {
        ...original,
        id: 'repost',
        url: 'https://facebook.com/p/1',
        title: 'Thương bà con 😢',
        body: `${P1}\n\nNguồn: VnExpress`,
      },
    ];
    const clusters = cluster([original, ...copies]);
    for (const c of copies) expect(clusters.get(c.id), c.id).toBe('vne');
  });

  it('the same page through a mobile or tracking URL is the same article even if the text changed', () => {
    const clusters = cluster([
      original,
      {
        ...original,
        id: 'amp',
        url: 'https://m.vnexpress.net/amp/lu-quet-o-hoang-su-phi-4944512.html?utm_source=zalo',
        body: 'Cập nhật.',
      },
    ]);
    expect(clusters.get('amp')).toBe('vne');
  });

  it('names the group after its earliest article even when that one arrives later', () => {
    const index = new NearDuplicateIndex();
    const late = { ...original, id: 'copy', url: 'https://x.vn/1', publishedAt: '2025-09-07T10:00:00+07:00' };
    expect(index.add(late, signatureOf(late)).clusterId).toBe('copy');
    const added = index.add(original, signatureOf(original));
    expect(added).toMatchObject({ clusterId: 'vne', matchedId: 'copy', via: 'content', renamedFrom: 'copy' });
    expect(index.clusterIdOf('copy')).toBe('vne');
  });

  it('files stored articles under the group they were stored with, even when its first article is not read', () => {
    const index = new NearDuplicateIndex();
    // A copy stored in group "vne", whose first article is older than the rows read.
    const stored = { ...original, id: 'copy', url: 'https://x.vn/1', publishedAt: '2025-09-07T10:00:00+07:00' };
    expect(index.add(stored, signatureOf(stored), undefined, 'vne')).toMatchObject({
      clusterId: 'vne',
      matchedId: null,
    });
    // A stored article of another story is not matched, though it repeats the copy word for word.
    const apart = { ...stored, id: 'apart', url: 'https://y.vn/2', publishedAt: '2025-09-07T05:00:00+07:00' };
    expect(index.add(apart, signatureOf(apart), undefined, 'apart').clusterId).toBe('apart');
    // A new copy joins the stored group by its name, and an earlier new one does not rename it:
    // the group's first article is older than anything read.
    const fresh = { ...original, id: 'new', url: 'https://z.vn/3', publishedAt: '2025-09-07T06:00:00+07:00' };
    const added = index.add(fresh, signatureOf(fresh));
    expect(added.clusterId).toMatch(/^(vne|apart)$/);
    expect(added.renamedFrom).toBeUndefined();
    expect(index.clusterIdOf('copy')).toBe('vne');
  });

  it('a stored group whose first article is read after its copies takes that article’s time', () => {
    const index = new NearDuplicateIndex();
    const copy = { ...original, id: 'copy', url: 'https://x.vn/1', publishedAt: '2025-09-07T10:00:00+07:00' };
    index.add(copy, signatureOf(copy), undefined, 'vne');
    index.add(original, signatureOf(original), undefined, 'vne');
    // An article earlier than the group's first renames it, as a match would.
    const earlier = { ...original, id: 'earlier', url: 'https://z.vn/3', publishedAt: '2025-09-07T05:00:00+07:00' };
    expect(index.add(earlier, signatureOf(earlier))).toMatchObject({ clusterId: 'earlier', renamedFrom: 'vne' });
    expect(index.clusterIdOf('copy')).toBe('earlier');
  });

  it('keeps different stories about the same event apart', () => {
    const other: ArticleInput = {
      id: 'other',
      publishedAt: '2025-09-08',
      title: 'Khắc phục hậu quả lũ quét tại Nậm Khòa',
      body: 'Ngày 8/9, đoàn công tác của tỉnh đã đến thăm hỏi, động viên các gia đình bị thiệt hại do lũ quét tại xã Hoàng Su Phì. Tỉnh hỗ trợ mỗi gia đình có người tử vong 20 triệu đồng, hộ bị sập nhà 40 triệu đồng. Hơn 300 cán bộ, chiến sĩ và đoàn viên thanh niên đang dọn bùn đất, dựng lán tạm.',
    };
    expect(cluster([original, other]).get('other')).toBe('other');
  });
});

describe('near-duplicates: stories written from one template stay apart', () => {
  const gold = (d: number, buy: string, sell: string, move: string): ArticleInput => ({
    id: `gold-${d}`,
    publishedAt: `2025-08-${String(d).padStart(2, '0')}`,
    title: `Giá vàng hôm nay ${d}/8: vàng miếng SJC ${move}`,
    body: `Sáng ${d}/8, Công ty Vàng bạc đá quý Sài Gòn niêm yết giá vàng miếng SJC ở mức ${buy} - ${sell} triệu đồng/lượng (mua vào - bán ra), ${move} so với phiên trước. Chênh lệch giữa giá mua và bán ở mức 2 triệu đồng.\n\nGiới phân tích cho rằng giá vàng trong nước sẽ còn biến động theo diễn biến của đồng USD và chính sách lãi suất của Cục Dự trữ liên bang Mỹ.`,
  });
  const weather = (d: number): ArticleInput => ({
    id: `wx-${d}`,
    publishedAt: `2025-12-${d}`,
    title: `Dự báo thời tiết Tuyên Quang ngày ${d}/12: nhiều mây, trời rét`,
    body: `Theo Đài Khí tượng thủy văn tỉnh Tuyên Quang, ngày ${d}/12, khu vực phía nam tỉnh nhiều mây, trời rét, nhiệt độ thấp nhất 10 độ C, cao nhất 17 độ C. Khu vực vùng cao phía bắc rét đậm, có nơi rét hại, nhiệt độ thấp nhất 3 độ C.\n\nGió nhẹ, độ ẩm 70-85%. Đề phòng băng giá, sương muối ở vùng núi cao.`,
  });
  const congress = (name: string, d: number): ArticleInput => ({
    id: `dh-${name}`,
    publishedAt: `2025-08-${d}`,
    title: `Đại hội Đảng bộ xã ${name} nhiệm kỳ 2025 - 2030`,
    body: `Ngày ${d}/8, Đảng bộ xã ${name}, tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030 với sự tham dự của 150 đại biểu, đại diện cho hơn 900 đảng viên trong toàn Đảng bộ. Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 25 đồng chí.`,
  });

  it('daily prices with different numbers', () => {
    const days = [gold(4, '122,3', '124,3', 'tăng 300.000 đồng'), gold(5, '122,1', '124,1', 'giảm 200.000 đồng')];
    expect(new Set(cluster(days).values()).size).toBe(2);
  });

  it('daily weather with the very same figures but another date', () => {
    expect(new Set(cluster([weather(16), weather(17), weather(18)]).values()).size).toBe(3);
  });

  it('the same announcement for different communes', () => {
    expect(new Set(cluster([congress('Minh Thanh', 8), congress('Sủng Là', 12)]).values()).size).toBe(2);
  });

  it('a copy of one day’s template story still joins that day', () => {
    const day = weather(16);
    const copy = { ...day, id: 'wx-copy', title: 'Tuyên Quang: trời rét đậm, vùng cao có băng giá' };
    const clusters = cluster([day, weather(17), copy]);
    expect(clusters.get('wx-copy')).toBe('wx-16');
  });
});

describe('stored signatures', () => {
  it('round-trip through bytes, so the index can be rebuilt from storage after a restart', () => {
    const signature = signatureOf(original);
    const bytes = encodeSignature(signature);
    expect(bytes.byteLength).toBeLessThan(2000);
    const back = decodeSignature(bytes);
    expect(Array.from(back.minhash)).toEqual(Array.from(signature.minhash));
    expect(Array.from(back.sentenceLengths)).toEqual(Array.from(signature.sentenceLengths));
    expect(back.titleNames.map((n) => Array.from(n))).toEqual(signature.titleNames.map((n) => Array.from(n)));
    expect(encodeSignature(back)).toEqual(bytes);
    const index = new NearDuplicateIndex();
    index.add(original, back);
    const copy = { ...original, id: 'copy', url: 'https://x.vn/2', title: 'Tiêu đề khác' };
    expect(index.add(copy, decodeSignature(encodeSignature(signatureOf(copy)))).clusterId).toBe('vne');
  });

  it('refuses corrupt bytes with a clear code', () => {
    const bytes = encodeSignature(signatureOf(original));
    expect(() => decodeSignature(bytes.slice(0, 40))).toThrow(/MONITOR_INPUT_INVALID/);
    const wrongVersion = bytes.slice();
    wrongVersion[0] = 9;
    expect(() => decodeSignature(wrongVersion)).toThrow(/MONITOR_INPUT_INVALID/);
  });
});

describe('near-duplicate index at scale', () => {
  it('keeps thousands of unrelated articles apart (speed is measured in bench/monitor-analyze.bench.ts)', () => {
    const index = new NearDuplicateIndex();
    const words = 'xã thôn bản đường cầu chợ trường lúa ngô chè cam bò mưa nắng gió lũ đèo núi sông suối'.split(' ');
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let groups = 0;
    for (let i = 0; i < 3000; i++) {
      const body = Array.from({ length: 120 }, () => words[Math.floor(rand() * words.length)]).join(' ');
      const a = { id: `r${i}`, publishedAt: '2025-10-01', title: `Tin số ${i}`, body: `${body} mã ${i}.` };
      if (index.add(a, signatureOf(a)).clusterId === a.id) groups++;
    }
    expect(groups).toBeGreaterThan(2990);
    expect(index.size).toBe(3000);
  });
});
