import { AppError } from '../../../common/errors.js';
import { MAX_EVIDENCE_BYTES, megabytes } from '../../../common/limits.js';

/** Allowed evidence types: extension → MIME type and the bytes a real file of that type starts with. */
export const EVIDENCE_TYPES: Record<string, { mimeType: string; magic: number[] }> = {
  pdf: { mimeType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  jpg: { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mimeType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
};

/**
 * Checks an evidence file: not empty, at most 10 MB, one of pdf/docx/xlsx/jpg/png by name AND by
 * content (a renamed .exe is refused). Returns the MIME type to store.
 */
export function checkEvidenceFile(filename: string, bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new AppError('FILE_EMPTY', { filename });
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
    throw new AppError('FILE_TOO_LARGE', {
      filename,
      sizeMb: megabytes(bytes.byteLength),
      maxMb: megabytes(MAX_EVIDENCE_BYTES),
    });
  }
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const type = filename.includes('.') ? EVIDENCE_TYPES[extension] : undefined;
  const allowed = 'PDF, DOCX, XLSX, JPG, PNG';
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { filename, allowed });
  if (!type.magic.every((byte, i) => bytes[i] === byte)) {
    throw new AppError('FILE_CONTENT_MISMATCH', { filename, extension });
  }
  return type.mimeType;
}

export { storeAttachment } from '../attachments/store-attachment.js';
