import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { jpegOrientation, pagesToPdf } from './pages-pdf.js';

const PHOTOS = 'fixtures/plans/nam-dinh-2022-decision-annex-photos';
const photo = (name: string) => ({ filename: name, bytes: new Uint8Array(readFileSync(join(PHOTOS, name))) });
const [first, second] = readdirSync(PHOTOS).sort().map(photo) as [ReturnType<typeof photo>, ReturnType<typeof photo>];

/** The same JPEG with an EXIF block saying how the phone held it (APP1, big-endian TIFF, one entry). */
function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08,
    0x00,
    0x01,
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, body.length + 2]), body]);
  return new Uint8Array(Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), app1, Buffer.from(jpeg.subarray(2))]));
}

const dir = mkdtempSync(join(tmpdir(), 'ttdn-pages-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The images of a PDF as poppler extracts them, in page order, JPEGs as their own bytes. */
function extracted(pdf: Uint8Array, name: string): Buffer[] {
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync('pdfimages', ['-all', join(dir, `${name}.pdf`), join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

describe('page images kept as one PDF', () => {
  it('puts every photo on its own page, in the order given, its JPEG bytes untouched', async () => {
    const pdf = await pagesToPdf([second, first], 'Kế hoạch (2 trang).pdf');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toBe('Kế hoạch (2 trang).pdf');
    expect(doc.getSubject()).toBe(`${second.filename}, ${first.filename}`);
    const images = extracted(pdf, 'order');
    expect(images).toHaveLength(2);
    expect(images[0]?.equals(Buffer.from(second.bytes))).toBe(true);
    expect(images[1]?.equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('stands a photo upright when only its EXIF says how it was held, and keeps a PNG page', async () => {
    const turned = withOrientation(first.bytes, 6);
    expect(jpegOrientation(turned)).toBe(6);
    expect(jpegOrientation(first.bytes)).toBe(1);
    const png = execFileSync('/usr/bin/convert', ['-size', '300x200', 'xc:white', 'png:-']);
    const pdf = await pagesToPdf(
      [
        { filename: 'xoay.jpg', bytes: turned },
        { filename: 'trang.png', bytes: new Uint8Array(png) },
      ],
      't.pdf',
    );
    const doc = await PDFDocument.load(pdf);
    const [upright, flat] = doc.getPages();
    // The stored photo is wider than tall only once turned; the page is the sheet as held.
    const { width, height } = upright?.getSize() ?? { width: 0, height: 0 };
    const stored = execFileSync('/usr/bin/identify', ['-format', '%w %h', join(PHOTOS, first.filename)])
      .toString()
      .split(' ')
      .map(Number) as [number, number];
    expect(width / height).toBeCloseTo(stored[1] / stored[0], 2);
    expect((flat?.getSize().width ?? 0) / (flat?.getSize().height ?? 1)).toBeCloseTo(1.5, 2);
  });

  it('carries an image a page cannot hold (TIFF) as an attached file, so nothing is lost', async () => {
    const tiff = new Uint8Array(execFileSync('/usr/bin/convert', ['-size', '40x40', 'xc:white', 'tiff:-']));
    const pdf = await pagesToPdf([first, { filename: 'trang-2.tif', bytes: tiff }], 't.pdf');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    writeFileSync(join(dir, 'attached.pdf'), pdf);
    const list = execFileSync('pdfdetach', ['-list', join(dir, 'attached.pdf')]).toString();
    expect(list).toContain('trang-2.tif');
    execFileSync('pdfdetach', ['-save', '1', '-o', join(dir, 'back.tif'), join(dir, 'attached.pdf')]);
    expect(readFileSync(join(dir, 'back.tif')).equals(Buffer.from(tiff))).toBe(true);
  });
});
