/**
 * A read route's answer as it is kept in memory (server/http/read-caches.ts): the JSON encoded to
 * bytes once, compressed once with brotli and gzip for the clients that accept them, and a weak
 * ETag so that a client holding the same answer gets 304 without a body. A hit then costs no
 * serialisation, no UTF-8 encoding and no compression.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One kept answer: identity, brotli and gzip bytes of the same JSON, and its ETag. */
export type CachedAnswer = { identity: Buffer; br: Buffer; gzip: Buffer; etag: string };

// Quality 4 is @fastify/compress's own default: a few milliseconds for a whole plan tree.
const BROTLI = {
  params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 },
};
const ENCODINGS = new Negotiator<'br' | 'gzip'>({ supportedValues: ['br', 'gzip'], cache: new Map() });
/** Per user: the browser may keep and revalidate it, a shared cache may not. */
export const ANSWER_CACHE_CONTROL = 'private, no-cache';

/** Encodes a serialised answer once, for every client that will ask for it. */
export function encodeAnswer(json: string): CachedAnswer {
  const identity = Buffer.from(json, 'utf8');
  // Weak: the brotli, gzip and identity bytes are the same answer.
  const etag = `W/"${createHash('sha1').update(identity).digest('base64url')}"`;
  return { identity, br: brotliCompressSync(identity, BROTLI), gzip: gzipSync(identity), etag };
}

/** The bytes an answer takes in memory, for the cache's size bound. */
export function answerSize(answer: CachedAnswer): number {
  return answer.identity.length + answer.br.length + answer.gzip.length;
}

/** Does the client's If-None-Match name this ETag (weak comparison, as RFC 9110 asks for GET)? */
function clientHolds(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.slice(2);
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === etag || t === opaque;
  });
}

/**
 * Sets the headers of a kept answer and picks the body for this client: 304 when it already holds
 * the answer, else the brotli, gzip or plain bytes its Accept-Encoding allows. Returns the body
 * (null for 304); the compression hook leaves an answer with a Content-Encoding alone.
 */
export function prepareAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): Buffer | null {
  reply.header('etag', answer.etag).header('cache-control', ANSWER_CACHE_CONTROL).header('vary', 'accept-encoding');
  if (clientHolds(request, answer.etag)) {
    reply.code(304).removeHeader('content-type');
    return null;
  }
  reply.type('application/json; charset=utf-8');
  const accepted = request.headers['accept-encoding'];
  const encoding = accepted ? ENCODINGS.negotiate(accepted) : null;
  if (encoding === null) return answer.identity;
  reply.header('content-encoding', encoding);
  return answer[encoding];
}
