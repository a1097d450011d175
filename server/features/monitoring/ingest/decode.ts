/**
 * Bytes to NFC text: the charset named by the HTTP header, the XML declaration or the page's meta
 * tag (windows-1258 and other legacy encodings through iconv-lite), UTF-8 otherwise. windows-1258
 * writes tones as combining marks, so NFC afterwards is what makes the text searchable.
 */
import iconv from 'iconv-lite';

const CHARSET_IN_HEADER = /charset\s*=\s*["']?([\w.:-]+)/i;
const CHARSET_IN_XML = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i;
const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset a document declares, or null. */
export function declaredCharset(head: string, contentType: string): string | null {
  return (
    CHARSET_IN_HEADER.exec(contentType)?.[1] ??
    CHARSET_IN_XML.exec(head)?.[1] ??
    CHARSET_IN_META.exec(head)?.[1] ??
    null
  );
}

/** Decodes a fetched body; an unknown charset falls back to UTF-8, then windows-1258 if UTF-8 is invalid. */
export function decodeBody(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const declared = declaredCharset(head, contentType)?.toLowerCase() ?? null;
  let text: string;
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    text = iconv.decode(body, declared);
  } else {
    text = body.toString('utf8');
    // Undeclared legacy pages: invalid UTF-8 turns into U+FFFD; Vietnamese Windows pages are 1258.
    if (!declared && text.includes('\uFFFD')) text = iconv.decode(body, 'windows-1258');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.normalize('NFC');
}
