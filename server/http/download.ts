import type { FastifyReply } from 'fastify';
import { foldDiacritics } from '../../common/text/vietnamese.js';

/** Content types of the files the system hands out. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a file download with a Vietnamese file name: an ASCII fallback for old clients and the
 * exact name in RFC 5987 form ("Kế hoạch TTĐN 2025.docx" survives in every browser).
 */
export function sendDownload(reply: FastifyReply, file: { bytes: Uint8Array | Buffer; filename: string; contentType: string }): FastifyReply {
  const ascii = foldDiacritics(file.filename).replace(/[^a-z0-9._-]+/gi, '-');
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename.normalize('NFC'))}`);
  return reply.send(Buffer.from(file.bytes));
}
