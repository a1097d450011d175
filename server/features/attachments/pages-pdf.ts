/**
 * A document photographed or scanned page by page, kept as one PDF: each JPEG or PNG becomes a
 * page, in reading order, its bytes embedded as they came (a JPEG is not re-encoded), turned
 * upright when the phone recorded the sheet's orientation in EXIF only (PDF readers ignore EXIF).
 * An image a PDF page cannot hold (TIFF) travels inside the PDF as an attached file, so the
 * download gives back everything that was uploaded.
 */
import { degrees, PDFDocument } from 'pdf-lib';

/** One uploaded page image. */
export interface PageImage {
  bytes: Uint8Array;
  filename: string;
}

/** Points of an A4 page's short side: every page is laid out at this width. */
const PAGE_WIDTH = 595.28;

/** The EXIF orientation of a JPEG (1 upright, 3 upside down, 6 turned right, 8 turned left); 1 when absent. */
export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 2;
  while (p + 4 <= bytes.length && bytes[p] === 0xff) {
    const marker = bytes[p + 1] ?? 0;
    const length = view.getUint16(p + 2);
    // APP1 holding "Exif\0\0" then a TIFF header.
    if (marker === 0xe1 && view.getUint32(p + 4) === 0x45786966) {
      const tiff = p + 10;
      if (tiff + 8 > bytes.length) return 1;
      const little = view.getUint16(tiff) === 0x4949;
      const ifd = tiff + view.getUint32(tiff + 4, little);
      if (ifd + 2 > bytes.length) return 1;
      const entries = view.getUint16(ifd, little);
      for (let i = 0; i < entries; i++) {
        const entry = ifd + 2 + i * 12;
        if (entry + 12 > bytes.length) return 1;
        if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
      }
      return 1;
    }
    if (marker === 0xda) break;
    p += 2 + length;
  }
  return 1;
}

const isJpeg = (b: Uint8Array): boolean => b[0] === 0xff && b[1] === 0xd8;
const isPng = (b: Uint8Array): boolean => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

/** One PDF of the page images, in the order given; its title names the pages' files. */
export async function pagesToPdf(images: PageImage[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setSubject(images.map((i) => i.filename).join(', '));
  pdf.setProducer('TTĐN');
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  for (const image of images) {
    if (!isJpeg(image.bytes) && !isPng(image.bytes)) {
      await pdf.attach(image.bytes, image.filename, { description: image.filename });
      continue;
    }
    const embedded = isJpeg(image.bytes) ? await pdf.embedJpg(image.bytes) : await pdf.embedPng(image.bytes);
    const orientation = isJpeg(image.bytes) ? jpegOrientation(image.bytes) : 1;
    const sideways = orientation === 6 || orientation === 8;
    // The upright sheet's width and height, in image pixels.
    const w = sideways ? embedded.height : embedded.width;
    const h = sideways ? embedded.width : embedded.height;
    const scale = PAGE_WIDTH / w;
    const page = pdf.addPage([PAGE_WIDTH, h * scale]);
    const dw = embedded.width * scale;
    const dh = embedded.height * scale;
    // pdf-lib turns an image counter-clockwise about its lower-left corner: shift it back onto the page.
    if (orientation === 3) page.drawImage(embedded, { x: dw, y: dh, width: dw, height: dh, rotate: degrees(180) });
    else if (orientation === 6) page.drawImage(embedded, { x: 0, y: dw, width: dw, height: dh, rotate: degrees(-90) });
    else if (orientation === 8) page.drawImage(embedded, { x: dh, y: 0, width: dw, height: dh, rotate: degrees(90) });
    else page.drawImage(embedded, { x: 0, y: 0, width: dw, height: dh });
  }
  return pdf.save();
}
