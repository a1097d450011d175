import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { csvArticles, parseCsv } from '../add-articles.js';
import { digestPeriod, previousPeriodDate } from '../digests.js';
import { gistOf } from '../monitoring.queries.js';
import { decodeBody } from './decode.js';
import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import { searchTextOf } from '../search-text.js';
import { extractPage, htmlToText, parseFeedText } from './extract.js';
import { politeFetch } from './polite-fetch.js';

// The outputs below are what the DOM-building version (linkedom) gave; the event parser must keep them.
describe('feed HTML to text and the search text', () => {
  it('decodes entities, drops scripts, styles and noscript, breaks lines after blocks', () => {
    expect(htmlToText('<p>Mèo Vạc &amp; Đồng Văn</p><p>x&nbsp;&lt;b&gt; &#7841;</p>')).toBe(
      'Mèo Vạc & Đồng Văn\nx <b> ạ',
    );
    expect(htmlToText('<p>a<script>var p="<p>";</script>b<noscript><p>n</p></noscript></p><style>p{}</style>c')).toBe(
      'ab\nc',
    );
    expect(htmlToText('<ul><li>một<li>hai</ul>ba<br>bốn<p>chưa đóng')).toBe('một\nhai\nba\nbốnchưa đóng');
    expect(htmlToText('</p>lạc<table><tr><td>1</td><td>2</td></tr></table><!-- c -->')).toBe('lạc12');
  });
  it('folds the search text as foldDiacritics does, character by character', () => {
    for (const [title, body] of [
      ['Mùa hoa tam giác mạch ở ĐỒNG VĂN', 'Khách  du lịch\u00a0đến\tMèo Vạc 😀 — “Lũng Cú”\n'],
      ['Thuỷ điện, hoà bình', 'İstanbul ﬁ ß Ǆ ñ e\u0301 \u3000 中文'],
      ['ΣΟΦΙΑ', 'ΟΔΟΣ'],
      ['', '   '],
    ])
      expect(searchTextOf(title!, body!)).toBe(foldDiacritics(`${title}\n${body}`).toLowerCase());
  });
});

describe('CSV exports of social media', () => {
  it('reads quoted fields, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('id,text\n1,"Mèo Vạc ""đẹp"",\nlắm"\n2,x\n')).toEqual([
      ['id', 'text'],
      ['1', 'Mèo Vạc "đẹp",\nlắm'],
      ['2', 'x'],
    ]);
  });
  it('turns posts and comments into articles; a bad line refuses the file with its number', () => {
    const rows = csvArticles(
      'post_id,from,created_time,message,type,reactions\n9,Lan,2025-10-20T08:00:00+07:00,Đồng Văn mùa hoa,comment,12\n',
      'Facebook — Du lịch',
    );
    expect(rows[0]).toMatchObject({
      key: 'Facebook — Du lịch:9',
      author: 'Lan',
      title: 'Đồng Văn mùa hoa',
      publishedAt: '2025-10-20T01:00:00.000Z',
    });
    expect(() => csvArticles('id,message\n1,ok\n2,\n', 'X')).toThrow(
      expect.objectContaining({ code: 'MONITOR_CSV_INVALID', params: { line: 3, detail: expect.any(String) } }),
    );
    expect(() => csvArticles('id,when\n1,x\n', 'X')).toThrow(expect.objectContaining({ code: 'MONITOR_CSV_INVALID' }));
  });
});

describe('extraction', () => {
  it('an Atom feed gives title, link, date and text', () => {
    const { items } = parseFeedText(
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>u</id><updated>2025-10-01T00:00:00Z</updated><entry><title>Lũng Cú</title><id>tag:1</id><link href="/a"/><published>2025-10-01T01:00:00Z</published><content type="html">&lt;p&gt;Cột cờ&lt;/p&gt;&lt;p&gt;Hà Giang&lt;/p&gt;</content></entry></feed>',
      'https://bao.vn/feed',
    );
    expect(items[0]).toMatchObject({
      key: 'tag:1',
      url: 'https://bao.vn/a',
      title: 'Lũng Cú',
      body: 'Cột cờ\nHà Giang',
      publishedAt: '2025-10-01T01:00:00.000Z',
    });
  });
  it('HTML that is not a feed is MONITOR_FEED_INVALID', () => {
    expect(() => parseFeedText('<html><body>hi</body></html>', 'https://x/')).toThrow(
      expect.objectContaining({ code: 'MONITOR_FEED_INVALID' }),
    );
  });
  it('a page gives its main text, canonical URL and date', () => {
    const body =
      '<p>Tỉnh Tuyên Quang khai mạc lễ hội hoa tam giác mạch tại Đồng Văn, thu hút hàng nghìn du khách trong và ngoài nước.</p>'.repeat(
        3,
      );
    const page = extractPage(
      `<html lang="vi"><head><title>Lễ hội</title><link rel="canonical" href="https://bao.vn/le-hoi"><meta property="article:published_time" content="2025-10-24T20:00:00+07:00"></head><body><nav>Menu</nav><article><h1>Lễ hội</h1>${body}</article></body></html>`,
      'https://m.bao.vn/le-hoi?utm_source=x',
    );
    expect(page).toMatchObject({
      url: 'https://bao.vn/le-hoi',
      language: 'vi',
      publishedAt: '2025-10-24T13:00:00.000Z',
    });
    expect(page.body).toContain('Tuyên Quang');
    expect(page.body).not.toContain('Menu');
  });
  it('decodes a declared legacy charset and stores NFC', () => {
    const nfd = Buffer.from('<?xml version="1.0" encoding="utf-8"?>Tuye\u0302n', 'utf8');
    expect(decodeBody(nfd, 'text/xml')).toContain('Tuyên');
  });
});

describe('digests and gists', () => {
  it('periods: the day, Monday to Sunday, the calendar month; scheduled ones cover the previous period', () => {
    expect(digestPeriod('weekly', '2025-10-30')).toEqual({ start: '2025-10-27', end: '2025-11-02' });
    expect(digestPeriod('monthly', '2025-02-10')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(previousPeriodDate('monthly', '2025-11-01')).toBe('2025-10-31');
  });
  it('the gist is two sentences, a thousands separator is not the end of one', () => {
    expect(gistOf('Đón 42.000 lượt khách. Tăng 30%. Câu ba.')).toBe('Đón 42.000 lượt khách. Tăng 30%.');
  });
});

describe('fetching over a kept-alive connection', () => {
  it('sends a GET once more when the host closed the reused connection before answering', async () => {
    // The second request on each connection is dropped unanswered, as a host whose idle timer
    // fires while the request is on its way drops it.
    const requestsOn = new WeakMap<object, number>();
    let dropped = 0;
    const server = createServer((req, res) => {
      const n = (requestsOn.get(req.socket) ?? 0) + 1;
      requestsOn.set(req.socket, n);
      if (n === 2) {
        dropped++;
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', connection: 'keep-alive' });
      res.end(`trả lời ${n}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    try {
      const options = { ignoreRobots: true, hostIntervalMs: 0 };
      const first = await politeFetch(url, options);
      const second = await politeFetch(url, options);
      expect(first).toMatchObject({ status: 'ok', text: 'trả lời 1' });
      expect(second).toMatchObject({ status: 'ok', text: 'trả lời 1' });
      expect(dropped).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
