/// <reference types="node" />
// The test runs a real HTTP server in the test process, so it needs Node's types beside the DOM's.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { parseEvents } from './plan-import.api';
import { UploadStep } from './UploadStep';

/**
 * The upload screen against a real HTTP server on localhost that streams the parse job's events
 * the way the API does (server-sent events, one page at a time), held between pages by the test.
 */
let server: Server;
let origin = '';
const received: Array<{ headers: IncomingMessage['headers']; bytes: number }> = [];
let step: (() => void) | null = null;
const nextStep = () =>
  new Promise<void>((resolve) => {
    step = resolve;
  });

async function streamJob(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let bytes = 0;
  for await (const chunk of req) bytes += (chunk as Buffer).length;
  received.push({ headers: req.headers, bytes });
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const send = (event: unknown) => res.write(`event: message\ndata: ${JSON.stringify(event)}\n\n`);
  send({ type: 'progress', stage: 'reading', pagesDone: 0, pagesTotal: 3, secondsLeft: null });
  await nextStep();
  send({ type: 'progress', stage: 'reading', pagesDone: 1, pagesTotal: 3, secondsLeft: 24 });
  await nextStep();
  // An event split across two network chunks must not be read before its end.
  const event = `data: ${JSON.stringify({ type: 'progress', stage: 'reading', pagesDone: 2, pagesTotal: 3, secondsLeft: 9 })}\n\n`;
  res.write(event.slice(0, 30));
  await new Promise((r) => setTimeout(r, 50));
  res.write(event.slice(30));
  await nextStep();
  send({ type: 'result', answer: { attachmentId: 7, source: 'ocr', text: 'KẾ HOẠCH' } });
  res.end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/api/plans/parse-jobs') void streamJob(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The page is served from the API's origin, as in production: same-origin requests.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/plans/import`);
});
afterEach(cleanup);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const page = (name: string, text: string) => new File([text], name, { type: 'image/jpeg' });

describe('UploadStep: reading progress of a photographed plan', () => {
  it('shows pages read out of the total and the time left as the server streams them, then hands on the answer', async () => {
    const uploaded: Array<{ answer: unknown; name: string }> = [];
    render(
      <MantineProvider>
        <I18nProvider>
          <UploadStep onUploaded={(answer, name) => uploaded.push({ answer, name })} />
        </I18nProvider>
      </MantineProvider>,
    );
    const files = [page('trang-2.jpg', 'anh trang hai'), page('trang-1.jpg', 'anh 1'), page('trang-3.jpg', 'ba')];
    fireEvent.change(screen.getByTestId('plan-file-input'), { target: { files } });

    await waitFor(() => expect(screen.getByTestId('reading-pages').textContent).toBe('Đã đọc 0/3 trang'));
    expect(screen.getByTestId('upload-reading').textContent).not.toContain('còn khoảng');
    // The three photos went as one body, each part named with its size.
    expect(received[0]?.bytes).toBe(files.reduce((s, f) => s + f.size, 0));
    const parts = JSON.parse(decodeURIComponent(String(received[0]?.headers['x-parts'])));
    expect(parts).toEqual(files.map((f) => ({ name: f.name, size: f.size })));

    step?.();
    await waitFor(() => expect(screen.getByTestId('reading-pages').textContent).toBe('Đã đọc 1/3 trang'));
    expect(screen.getByTestId('upload-reading').textContent).toContain('còn khoảng 24 giây');

    step?.();
    await waitFor(() => expect(screen.getByTestId('reading-pages').textContent).toBe('Đã đọc 2/3 trang'));
    expect(screen.getByTestId('upload-reading').textContent).toContain('còn khoảng 9 giây');

    step?.();
    await waitFor(() => expect(uploaded).toHaveLength(1));
    expect(uploaded[0]).toEqual({
      answer: { attachmentId: 7, source: 'ocr', text: 'KẾ HOẠCH' },
      name: '3 ảnh trang',
    });
  });
});

describe('parseEvents', () => {
  it('reads complete events only, skipping comments and a half-received last one', () => {
    const text =
      ': keep-alive\n\n' +
      'data: {"type":"progress","stage":"reading","pagesDone":1,"pagesTotal":2,"secondsLeft":5}\n\n' +
      'data: {"type":"progress","stage":"rea';
    expect(parseEvents(text)).toEqual([
      { type: 'progress', stage: 'reading', pagesDone: 1, pagesTotal: 2, secondsLeft: 5 },
    ]);
  });
});
