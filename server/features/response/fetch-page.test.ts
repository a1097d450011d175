import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_ADDRESS, fetchPage, PRIVATE_ADDRESS, textOf } from './fetch-page.js';
import { isPublicAddress } from './public-address.js';

// A real local web server playing the far side: a news page, a slow one, a huge one, an image,
// a removed page, and one that hangs up mid-body.
const PAGE =
  '<!doctype html><html><head><title>Tin &amp; bài — Sạt lở</title><style>p{}</style></head><body><p>Sạt lở taluy</p><script>x()</script><div>không có thương vong</div></body></html>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let server: Server;
let base: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 3000).unref();
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      push();
    } else if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
    } else if (req.url === '/cut') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      res.write('<p>đầu bài</p>');
      setTimeout(() => res.destroy(), 50).unref();
    } else if (req.url === '/to-loopback') {
      res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/page` });
      res.end();
    } else if (req.url === '/to-metadata') {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (req.url === '/to-page') {
      res.writeHead(303, { location: '/page' });
      res.end();
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else {
      res.writeHead(410, { 'content-type': 'text/html' });
      res.end('gone');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The test server is on 127.0.0.1, so these tests allow every address, as TTDN_CAPTURE_ALLOW_PRIVATE=1 does.
const limits = { timeoutMs: 800, maxBytes: 512 * 1024, addressAllowed: ANY_ADDRESS };

describe('evidence capture against a local server', () => {
  it('captures a page: title, readable text, HTML and the SHA-256 of the bytes', async () => {
    const page = await fetchPage(`${base}/page`, limits);
    expect(page).toMatchObject({ outcome: 'captured', httpStatus: 200, title: 'Tin & bài — Sạt lở', truncated: false });
    expect(page.text).toBe('Sạt lở taluy\nkhông có thương vong');
    expect(page.html).toBe(PAGE);
    expect(page.sha256).toBe(createHash('sha256').update(PAGE).digest('hex'));
  });

  it('a slow page is a failed capture named timeout, within the limit', async () => {
    const started = Date.now();
    expect(await fetchPage(`${base}/slow`, limits)).toMatchObject({
      outcome: 'failed',
      failure: 'timeout',
      sha256: null,
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a huge page is kept up to the cap, hashed as kept, and marked truncated', async () => {
    const page = await fetchPage(`${base}/huge`, limits);
    expect(page).toMatchObject({ outcome: 'captured', truncated: true, failure: 'too-large' });
    expect(page.html).toHaveLength(512 * 1024);
    expect(page.sha256).toBe(
      createHash('sha256')
        .update(Buffer.alloc(512 * 1024, 'a'))
        .digest('hex'),
    );
  });

  it('a non-HTML file is hashed but has no text or HTML', async () => {
    const image = await fetchPage(`${base}/image`, limits);
    expect(image).toMatchObject({ outcome: 'captured', contentType: 'image/png', text: null, html: null, title: null });
    expect(image.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
  });

  it('a removed page and an unreachable host are failures that say why', async () => {
    expect(await fetchPage(`${base}/removed`, limits)).toMatchObject({
      outcome: 'failed',
      failure: 'http-410',
      httpStatus: 410,
    });
    expect(await fetchPage('http://127.0.0.1:9/', limits)).toMatchObject({ outcome: 'failed', failure: 'unreachable' });
    expect(await fetchPage(`${base}/cut`, limits)).toMatchObject({ outcome: 'failed', failure: 'unreachable' });
  });

  it('reads text without scripts and styles, entities decoded, in NFC', () => {
    expect(textOf('<p>Tuye\u0302n Quang&nbsp;&#273;&#x1EB9;p</p><script>a</script>')).toBe('Tuyên Quang đẹp');
  });
});

describe('capture never reaches inside the network (SSRF)', () => {
  // The deployment's rule: public addresses only. The test's own server is what must be refused.
  const publicOnly = { timeoutMs: 800, maxBytes: 512 * 1024 };

  it('refuses a loopback address, literal or by name, without connecting', async () => {
    const before = requests;
    const port = (server.address() as AddressInfo).port;
    for (const url of [
      `${base}/page`,
      `http://localhost:${port}/page`,
      `http://[::1]:${port}/page`,
      `http://2130706433:${port}/page`,
      `http://[::ffff:127.0.0.1]:${port}/page`,
    ]) {
      expect(await fetchPage(url, publicOnly), url).toMatchObject({ outcome: 'failed', failure: PRIVATE_ADDRESS });
    }
    expect(requests).toBe(before);
  });

  it('checks every redirect: a public-looking first hop cannot lead inside', async () => {
    // Only the first hop's own address is let through, as a public server would be.
    const firstHopOnly = { ...publicOnly, addressAllowed: (address: string) => address === '127.0.0.1' };
    expect(await fetchPage(`${base}/to-loopback`, firstHopOnly)).toMatchObject({ failure: PRIVATE_ADDRESS });
    expect(await fetchPage(`${base}/to-metadata`, firstHopOnly)).toMatchObject({ failure: PRIVATE_ADDRESS });
    expect(await fetchPage(`${base}/to-page`, firstHopOnly)).toMatchObject({
      outcome: 'captured',
      title: 'Tin & bài — Sạt lở',
    });
    expect(await fetchPage(`${base}/loop`, firstHopOnly)).toMatchObject({ failure: 'too-many-redirects' });
  });

  it('knows which addresses are public', () => {
    for (const address of ['8.8.8.8', '203.162.4.191', '2001:4860:4860::8888', '64:ff9b::808:808'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '::1',
      '::',
      '[::1]',
      'fe80::1%eth0',
      'fd00::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      'not-an-address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });
});
