import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;
const seed = readFileSync(new URL('../../../fixtures/plans/seed-tuyen-quang-2025.txt', import.meta.url));

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-02-01' });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

/** The JSON of each `data:` line of a server-sent-events body. */
const eventsOf = (body: string) =>
  body
    .split('\n\n')
    .flatMap((block) => block.split('\n').filter((l) => l.startsWith('data: ')))
    .map((l) => JSON.parse(l.slice(6)) as { type: string; answer?: { plan: { tasks: unknown[] } } });

describe('POST /api/plans/parse-jobs (server-sent events)', () => {
  it('streams the review answer of a typed plan as its last event', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/parse-jobs',
      headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent('kế hoạch.txt') },
      payload: seed,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    const events = eventsOf(res.body);
    expect(events.at(-1)?.type).toBe('result');
    expect(events.at(-1)?.answer?.plan.tasks.length).toBeGreaterThan(20);
  });

  it('refuses parts that do not add up to the body, before reading anything', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/parse-jobs',
      headers: {
        'content-type': 'application/octet-stream',
        'x-parts': encodeURIComponent(JSON.stringify([{ name: 'a.jpg', size: 10 }])),
      },
      payload: Buffer.alloc(25, 1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_PARTS');
  });

  it('sends a failure as an error event with its code once the stream has started', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/parse-jobs',
      headers: { 'content-type': 'application/octet-stream', 'x-filename': 'thu.txt' },
      payload: Buffer.from('Kính gửi các cơ quan. Đây là một bức thư, không phải kế hoạch.'),
    });
    const last = eventsOf(res.body).at(-1) as { type: string; error?: { code: string } };
    expect(last).toMatchObject({ type: 'error', error: { code: 'DOCUMENT_NOT_A_PLAN' } });
  });

  it('keeps a plan photographed page by page as one PDF of all its pages, in page order, for download', async () => {
    const dir = new URL('../../../fixtures/plans/nam-dinh-2022-decision-annex-photos/', import.meta.url);
    // File-name order is not page order: the second page's photo was taken first.
    const names = readdirSync(dir).sort();
    const photos = names.map((name) => readFileSync(new URL(name, dir)));
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/parse-jobs',
      headers: {
        'content-type': 'application/octet-stream',
        'x-parts': encodeURIComponent(JSON.stringify(names.map((name, i) => ({ name, size: photos[i]?.length })))),
      },
      payload: Buffer.concat(photos),
    });
    const last = eventsOf(res.body).at(-1) as { type: string; answer: { plan: unknown; attachmentId: number } };
    expect(last.type).toBe('result');
    const imported = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/import',
      payload: { plan: last.answer.plan, attachmentId: last.answer.attachmentId },
    });
    expect(imported.statusCode).toBe(201);
    const source = await coordinator.inject({ method: 'GET', url: `/api/plans/${imported.json().planId}/source` });
    expect(source.statusCode).toBe(200);
    expect(source.headers['content-type']).toContain('application/pdf');
    expect(decodeURIComponent(String(source.headers['content-disposition']))).toContain(
      `${names[1]?.replace(/\.jpg$/u, '')} (2 trang).pdf`,
    );
    const work = mkdtempSync(join(tmpdir(), 'ttdn-source-'));
    try {
      writeFileSync(join(work, 'source.pdf'), source.rawPayload);
      execFileSync('pdfimages', ['-all', join(work, 'source.pdf'), join(work, 'page')]);
      const pages = readdirSync(work)
        .filter((f) => f.startsWith('page-'))
        .sort()
        .map((f) => readFileSync(join(work, f)));
      // Page 1 is the photo of the header (uploaded second), each photo's bytes as uploaded.
      expect(pages).toHaveLength(2);
      expect(pages[0]?.equals(photos[1] as Buffer)).toBe(true);
      expect(pages[1]?.equals(photos[0] as Buffer)).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('needs a session before the body is read', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/plans/parse-jobs', payload: seed });
    expect(res.statusCode).toBe(401);
  });
});
