/**
 * A zip guard run before mammoth: the central directory first, so a zip declaring too much is
 * refused without inflating anything; then every entry is inflated for real, with the output
 * capped, because a hostile zip can declare small sizes and inflate to gigabytes.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../common/errors.js';

/** Limits of the zip guard. */
export interface ZipLimits {
  maxUncompressed: number;
  maxRatio: number;
  maxEntries: number;
}

/** 50 MB of XML, 200:1 compression and 5,000 parts are far above any real plan. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressed: 50 * 1024 * 1024, maxRatio: 200, maxEntries: 5000 };

/** Names of the entries, after checking sizes; throws DOCUMENT_UNREADABLE or PAYLOAD_TOO_LARGE. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const unreadable = (why: string): AppError => new AppError('DOCUMENT_DAMAGED', { format: '.docx', detail: why });
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw unreadable('not a zip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no central directory');
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw unreadable('zip64 is not supported');
  if (entries > limits.maxEntries) throw unreadable('too many parts');
  if (cdOffset + cdSize > bytes.length) throw unreadable('truncated');
  const names: string[] = [];
  const entriesAt: Array<{ method: number; compressed: number; local: number }> = [];
  let total = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw unreadable('bad central directory');
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    entriesAt.push({ method: view.getUint16(p + 10, true), compressed, local: view.getUint32(p + 42, true) });
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    total += size;
    if (total > limits.maxUncompressed || (size > 1024 * 1024 && size > Math.max(1, compressed) * limits.maxRatio)) {
      throw new AppError('DOCUMENT_TOO_EXPANDED');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  // The real sizes: each entry inflated with the output capped at what is left of the allowance.
  let inflated = 0;
  for (const entry of entriesAt) {
    if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== 0x04034b50)
      throw unreadable('bad local header');
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    const data = bytes.subarray(start, start + entry.compressed);
    if (entry.method === 0) inflated += data.length;
    else if (entry.method === 8) {
      try {
        inflated += inflateRawSync(data, { maxOutputLength: limits.maxUncompressed - inflated + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw new AppError('DOCUMENT_TOO_EXPANDED');
        throw unreadable('bad deflate data');
      }
    } else throw unreadable(`compression method ${entry.method}`);
    if (inflated > limits.maxUncompressed) throw new AppError('DOCUMENT_TOO_EXPANDED');
  }
  return names;
}
