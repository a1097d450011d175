/**
 * Fetches a URL as evidence: the bytes (up to a cap), their SHA-256, the HTML and its text. Never
 * throws for what the far side does — a slow, huge, non-HTML or vanished page is itself a finding,
 * returned as an outcome. Only public addresses are read, after every redirect too (see
 * public-address.ts). No database, no clock: the caller stamps the time.
 */

import { createHash } from 'node:crypto';
import { type LookupAddress, lookup } from 'node:dns';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './public-address.js';

/** What a capture found. */
export type PageCapture = {
  outcome: 'captured' | 'failed';
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  text: string | null;
  html: string | null;
  truncated: boolean;
  /** timeout | unreachable | http-<status> | too-many-redirects … */
  failure: string | null;
  sha256: string | null;
};

/** Limits of one capture. */
export type FetchLimits = {
  timeoutMs: number;
  maxBytes: number;
  /**
   * Which resolved addresses may be connected to: public ones by default. Tests and journeys that
   * serve the "far side" on 127.0.0.1 allow all (TTDN_CAPTURE_ALLOW_PRIVATE=1); a deployment never does.
   */
  addressAllowed?: (address: string) => boolean;
};
/** 15 s and 5 MB: a news page fits; a video does not need to. Public addresses only. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };
/** Redirects followed before giving up; each hop is checked like the first address. */
const MAX_REDIRECTS = 5;
/** For tests only (TTDN_CAPTURE_ALLOW_PRIVATE=1): every address allowed. */
export const ANY_ADDRESS = (): boolean => true;
/** The failure named when an address is not on the public internet. */
export const PRIVATE_ADDRESS = 'private-address';

const failed = (failure: string, httpStatus: number | null = null): PageCapture => ({
  outcome: 'failed',
  httpStatus,
  contentType: null,
  title: null,
  text: null,
  html: null,
  truncated: false,
  failure,
  sha256: null,
});

class PrivateAddressError extends Error {
  readonly code = 'ERR_TTDN_PRIVATE_ADDRESS';
}

/**
 * dns.lookup that refuses a host when any of its addresses is not public. It runs inside the
 * socket's connect, so the address checked is the address connected to (no second resolution a
 * rebinding DNS server could answer differently).
 */
const guardedLookup =
  (allowed: (address: string) => boolean): LookupFunction =>
  (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as LookupAddress[];
      if (list.length === 0 || list.some((a) => !allowed(a.address))) {
        return callback(new PrivateAddressError(hostname), '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };

/** One GET, no redirect followed; rejects on network failure, PrivateAddressError when refused. */
function get(url: URL, allowed: (address: string) => boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal IP never reaches the lookup: check it here.
  if (isIP(host) !== 0 && !allowed(host)) {
    return Promise.reject(new PrivateAddressError(host));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'GET',
      signal,
      headers: { 'user-agent': 'TTDN-evidence/1.0', accept: 'text/html,*/*;q=0.8' },
      lookup: guardedLookup(allowed),
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}

/** Fetches and reads a page within the limits, following redirects to public addresses only. */
export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<PageCapture> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  const allowed = limits.addressAllowed ?? isPublicAddress;
  try {
    let response: IncomingMessage | undefined;
    let target = new URL(url);
    for (let hop = 0; ; hop++) {
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return failed('unsupported-redirect');
      try {
        response = await get(target, allowed, abort.signal);
      } catch (error) {
        if (error instanceof PrivateAddressError) return failed(PRIVATE_ADDRESS);
        return failed(abort.signal.aborted ? 'timeout' : 'unreachable');
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status < 300 || status >= 400 || !location) break;
      response.destroy();
      if (hop >= MAX_REDIRECTS) return failed('too-many-redirects', status);
      try {
        target = new URL(location, target);
      } catch {
        return failed('unsupported-redirect', status);
      }
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.destroy();
      return failed(`http-${status}`, status);
    }
    const contentType = response.headers['content-type'] ?? null;
    const hash = createHash('sha256');
    const chunks: Uint8Array[] = [];
    let size = 0;
    let truncated = false;
    try {
      for await (const value of response as AsyncIterable<Buffer>) {
        const room = limits.maxBytes - size;
        const part = value.byteLength > room ? value.subarray(0, room) : value;
        hash.update(part);
        chunks.push(part);
        size += part.byteLength;
        if (size >= limits.maxBytes) {
          truncated = true;
          response.destroy();
          break;
        }
      }
      // A connection closed before the announced length ends the loop without an error.
      if (!truncated && !response.complete) throw new Error('cut');
    } catch {
      // The body stopped coming before the deadline: what arrived is kept as a partial capture.
      if (!abort.signal.aborted) return failed('unreachable', status);
      if (size === 0) return failed('timeout', status);
      truncated = true;
    }
    const bytes = Buffer.concat(chunks);
    const isHtml = /html|xml/i.test(contentType ?? '');
    const isText = isHtml || /^text\//i.test(contentType ?? '');
    const decoded = isText ? bytes.toString('utf8') : null;
    return {
      outcome: 'captured',
      httpStatus: status,
      contentType,
      title: isHtml && decoded ? titleOf(decoded) : null,
      text: decoded === null ? null : isHtml ? textOf(decoded) : decoded,
      html: isHtml ? decoded : null,
      truncated,
      failure: truncated ? (abort.signal.aborted ? 'timeout' : 'too-large') : null,
      sha256: hash.digest('hex'),
    };
  } finally {
    clearTimeout(timer);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** The page's <title>. */
export function titleOf(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return match ? decodeEntities(match[1]!.replace(/\s+/g, ' ').trim()).normalize('NFC') || null : null;
}

/** The page's readable text: scripts, styles and tags dropped, blocks as lines. */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template|title)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|tr|section|article)>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .normalize('NFC');
}
