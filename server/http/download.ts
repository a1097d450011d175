import type { FastifyReply } from 'fastify';
import { foldDiacritics } from '../../common/text/vietnamese.js';

export { DOCX_TYPE, XLSX_TYPE } from '../../common/contracts/endpoint.js';

/**
 * Content-Disposition for a Vietnamese file name: an ASCII fallback with the diacritics folded
 * ("Ke hoach TTDN 2025.docx", which the generic libraries turn into question marks) and the exact
 * name in RFC 5987 form, so "Kế hoạch TTĐN 2025.docx" survives in every browser.
 */
export function contentDisposition(filename: string): string {
  const name = filename.normalize('NFC');
  const ascii = foldDiacritics(name, { keepCase: true }).replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a file download; private documents are never cached. */
export function sendDownload(
  reply: FastifyReply,
  file: { bytes: Uint8Array | Buffer; filename: string; contentType: string },
): FastifyReply {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', contentDisposition(file.filename));
  reply.header('cache-control', 'no-store');
  return reply.send(Buffer.from(file.bytes));
}
