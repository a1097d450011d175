import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocument } from './index.js';
import { liveSandboxes, runInSandbox } from './sandbox.js';
import { checkZip } from './zip.js';

const DIR = 'fixtures/plans';
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code ?? String(e),
  );

/** A .docx-looking zip whose one entry says it inflates to 1,000 bytes and really gives 60 MB. */
function lyingZipBomb(): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  name.copy(local, 30);
  const cd = Buffer.alloc(46 + name.length);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(data.length, 20);
  cd.writeUInt32LE(1000, 24);
  cd.writeUInt16LE(name.length, 28);
  cd.writeUInt32LE(0, 42);
  name.copy(cd, 46);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(local.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, data, cd, eocd]));
}

describe('hostile documents are read in a sandbox', () => {
  it('checks a zip by what it really inflates to, not by the sizes it declares', async () => {
    const bomb = lyingZipBomb();
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => checkZip(bomb)).toThrow(/DOCUMENT_TOO_EXPANDED/);
    expect(await code(readDocument({ bytes: bomb, filename: 'plan.docx' }))).toBe('DOCUMENT_TOO_EXPANDED');
    // A real plan passes the same guard.
    expect(checkZip(new Uint8Array(readFileSync(join(DIR, 'quang-ninh-2026-table.docx'))))).toContain(
      'word/document.xml',
    );
  });

  it('stops a reader that overruns its time: the worker is terminated, not left running', async () => {
    const pdf = new Uint8Array(readFileSync(join(DIR, 'ha-giang-2026.pdf')));
    expect(await code(runInSandbox('pdf-pages', pdf, { timeoutMs: 1, format: 'PDF' }))).toBe('DOCUMENT_TIMEOUT');
    await expect.poll(() => liveSandboxes(), { timeout: 5000 }).toBe(0);
    // The same file with time to spare is read.
    const read = await runInSandbox('pdf-pages', pdf, { timeoutMs: 30_000, format: 'PDF' });
    expect(read.pages.join('\n')).toContain('Sở Văn hóa, Thể thao và Du lịch');
    await expect.poll(() => liveSandboxes(), { timeout: 5000 }).toBe(0);
  });

  it('stops a reader that needs more memory than it is given', async () => {
    const pdf = new Uint8Array(readFileSync(join(DIR, 'ha-giang-2026.pdf')));
    expect(await code(runInSandbox('pdf-pages', pdf, { timeoutMs: 30_000, format: 'PDF', memoryMb: 4 }))).toBe(
      'DOCUMENT_TOO_DEMANDING',
    );
    await expect.poll(() => liveSandboxes(), { timeout: 5000 }).toBe(0);
  });
});
