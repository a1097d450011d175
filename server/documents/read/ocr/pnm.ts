/**
 * Netpbm rasters (PGM gray, PPM colour), the plainest format pdftoppm and ImageMagick write and
 * tesseract reads: the page's pixels come into the process without a decoder and go back out
 * without an encoder.
 */
import type { GrayImage } from './rulings.js';

/** A colour raster, three bytes (R, G, B) per pixel, row-major. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Reads a binary PGM (P5) or PPM (P6) with 8-bit samples; null when it is neither. */
export function readPnm(buf: Uint8Array): { kind: 'gray'; image: GrayImage } | { kind: 'rgb'; image: RgbImage } | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 100)).toString('latin1');
  // Magic, width, height, maxval, each after white space or comments, then one white-space byte.
  const m = /^(P[56])(?:\s+|#[^\n]*\n)+(\d+)(?:\s+|#[^\n]*\n)+(\d+)(?:\s+|#[^\n]*\n)+(\d+)\s/u.exec(head);
  if (!m || Number(m[4]) !== 255) return null;
  const width = Number(m[2]);
  const height = Number(m[3]);
  const channels = m[1] === 'P6' ? 3 : 1;
  const start = m[0].length;
  if (buf.length < start + width * height * channels) return null;
  const data = buf.subarray(start, start + width * height * channels);
  return channels === 3
    ? { kind: 'rgb', image: { width, height, data } }
    : { kind: 'gray', image: { width, height, data } };
}

/** A binary PGM of a gray image. */
export function writePgm(img: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.data)]);
}
