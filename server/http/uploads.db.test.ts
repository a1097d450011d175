import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../common/limits.js';
import { attachments } from '../db/schema/system.js';
import { agencyIdByName, findPeriod } from '../features/reporting/reporting.test-support.js';
import { multipart } from '../test/multipart.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../test/test-app.js';

// Files arrive as multipart streams: the session is checked before a byte of the body is read,
// and a file over its limit is cut off while it streams in, with nothing stored.
let t: TestApp;
let officer: Session;
let submissionId: number;

const stored = async () => (await t.database.db.select({ n: count() }).from(attachments))[0]!.n;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  const periodId = (await findPeriod(t.database, 2026, 'annual')).id;
  const bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  const url = `/api/reporting/periods/${periodId}/agencies/${bao}/submission`;
  const view = (await officer.inject({ method: 'GET', url })).json();
  const saved = await officer.inject({
    method: 'PUT',
    url,
    payload: { version: view.submission.version, proposals: 'Tệp' },
  });
  submissionId = saved.json().submission.id;
});
afterAll(() => t.close());

describe('uploads as multipart streams', () => {
  it('stores a file sent as a form, under the name given or the file part’s own', async () => {
    const before = await stored();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
    const res = await officer.inject({
      method: 'POST',
      url: `/api/reporting/submissions/${submissionId}/files`,
      ...(await multipart({}, { filename: 'ảnh hội nghị.png', bytes: png })),
    });
    expect(res.statusCode).toBe(201);
    expect(await stored()).toBe(before + 1);
    const files = JSON.stringify(res.json());
    expect(files).toContain('ảnh hội nghị.png');
  });

  it('answers 413 with the limit named when a file passes it while streaming, and stores nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([Buffer.from([0x25, 0x50, 0x44, 0x46]), Buffer.alloc(MAX_EVIDENCE_BYTES, 0x20)]);
    const res = await officer.inject({
      method: 'POST',
      url: `/api/reporting/submissions/${submissionId}/files`,
      ...(await multipart({}, { filename: 'bao-cao-lon.pdf', bytes: big })),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
      params: { filename: 'bao-cao-lon.pdf', maxMb: 10 },
    });
    expect(res.json().error.message).toContain('10 MB');
    expect(await stored()).toBe(before);
  });

  it('refuses base64 inside JSON, and a form without a file', async () => {
    const json = await officer.inject({
      method: 'POST',
      url: `/api/reporting/submissions/${submissionId}/files`,
      payload: { filename: 'a.png', contentBase64: 'iVBORw0KGgo=' },
    });
    expect([json.statusCode, json.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const form = new FormData();
    form.append('taskId', '1');
    const empty = new Request('http://localhost/', { method: 'POST', body: form });
    const noFile = await officer.inject({
      method: 'POST',
      url: `/api/reporting/submissions/${submissionId}/files`,
      headers: { 'content-type': empty.headers.get('content-type')! },
      payload: Buffer.from(await empty.arrayBuffer()),
    });
    expect([noFile.statusCode, noFile.json().error.code]).toEqual([400, 'UPLOAD_WITHOUT_FILE']);
  });

  it('answers 401 to an upload without a session before reading its body', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    expect(address).toContain(String(port));
    // 50 MB announced, 1 kB sent, the rest never: only an answer given before the body ends arrives.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/reporting/submissions/${submissionId}/files`,
        headers: { 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': String(50 * 1024 * 1024) },
      });
      req.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.write(`--xyz\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\n\r\n${'%'.repeat(1024)}`);
    });
    expect(status).toBe(401);
  });
});
