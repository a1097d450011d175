import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import {
  type Endpoint,
  type EndpointInput,
  type EndpointResult,
  ErrorBodySchema,
} from '../../common/contracts/endpoint.js';
import type { Actor, Clock, ProvinceRunner, RequestContext } from '../context.js';
import type { VersionKey } from '../db/change-feed.js';
import type { Database } from '../db/client.js';
import { actorOfUser } from '../features/auth/sessions.js';
import { authenticate } from './authenticate.js';
import { sendDownload } from './download.js';
import { FairGate } from './fair-gate.js';
import { acceptMultipart, readUpload, type UploadedFile } from './multipart.js';
import { encodeAnswer, prepareAnswer } from './cached-answer.js';
import { cachedActor, readCachesOf, responseKey } from './read-caches.js';

/** What routes are given to build a request's context. */
export type RouteServices = {
  database: Database;
  clock: Clock;
  /** Inactivity that ends a session (TTDN_SESSION_IDLE_MINUTES); 30 minutes when absent. */
  sessionIdleMs?: number;
};

/**
 * The context of a public handler: the system handle (sign-in must find the user before the
 * province is known) and a way into a province's scope for everything after.
 */
export type PublicContext = Omit<RequestContext, 'actor'> & { withProvince: ProvinceRunner; defaultProvinceId: number };

/** The context a handler runs in: signed in (scoped to the user's province) or public. */
export type HandlerContext<E extends Endpoint> = E['auth'] extends 'public'
  ? PublicContext
  : RequestContext & { actor: Actor; csrfToken: string };

/**
 * Fastify's request and reply, for the few handlers that are HTTP glue (cookies, raw uploads), and
 * an upload endpoint's file (read within its limit before the handler runs).
 */
export type HttpExchange = { request: FastifyRequest; reply: FastifyReply; file?: UploadedFile };

/** A route's handler: validated input and context in, the contract's result out. */
export type Handler<E extends Endpoint> = (
  input: EndpointInput<E>,
  ctx: HandlerContext<E>,
  http: HttpExchange,
) => Promise<EndpointResult<E>>;

/**
 * Per-route settings: body size, a raw body parser for file uploads, and for a read route the
 * versions its answer depends on (`cache`): the serialised answer is then kept and served again
 * until one of them changes (server/http/read-caches.ts).
 */
export type RouteSettings = { bodyLimit?: number; rawBody?: boolean; cache?: readonly VersionKey[] };

// Places in the embedded database's gate: one request's JavaScript runs while another's statements do.
const PGLITE_PLACES = 2;
const GATES = new WeakMap<Database, FairGate>();

/** The FIFO gate of an embedded database (none for PostgreSQL, whose pool queues fairly). */
function gateOf(database: Database): FairGate | null {
  if (database.kind !== 'pglite') return null;
  let gate = GATES.get(database);
  if (!gate) {
    gate = new FairGate(PGLITE_PLACES);
    GATES.set(database, gate);
  }
  return gate;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the answer of a cached read route is to be stored under this key. */
    responseCacheKey?: string;
  }
}

// Files travel as `type: string, format: binary` in the OpenAPI document; the body is sent as a
// Buffer, which Fastify never passes through the serializer.
const FILE_SCHEMA = z.string().meta({ format: 'binary' });

function responseSchemas(endpoint: Endpoint): Record<string, unknown> {
  const errors = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema };
  const status = String(endpoint.status ?? 200);
  if ('events' in endpoint.response) {
    return {
      [status]: {
        description: 'server-sent events',
        content: { 'text/event-stream': { schema: endpoint.response.events } },
      },
      ...errors,
    };
  }
  if ('file' in endpoint.response) {
    const content = Object.fromEntries(endpoint.response.file.map((type) => [type, { schema: FILE_SCHEMA }]));
    return { [status]: { description: 'file', content }, ...errors };
  }
  return { [status]: endpoint.response, ...errors };
}

/** Answers with server-sent events: each event encoded through its schema, as `event: <type>`. */
async function streamEvents(
  reply: FastifyReply,
  schema: z.ZodType,
  produce: (send: (event: unknown) => void) => Promise<void>,
): Promise<void> {
  reply.hijack();
  // A hijacked reply writes its own head: the headers set so far (security headers) go with it.
  reply.raw.writeHead(200, {
    ...(reply.getHeaders() as OutgoingHttpHeaders),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  await produce((event) => {
    const wire = z.encode(schema, event) as { type?: string };
    reply.raw.write(`event: ${wire.type ?? 'message'}\ndata: ${JSON.stringify(wire)}\n\n`);
  });
  reply.raw.end();
}

/**
 * Answers a cached read route from memory right after authentication (before the query is
 * parsed: the key holds the raw URL of a request that was valid when it was stored); a miss
 * marks the request so that its serialised answer is stored on the way out.
 */
function serveCached(services: RouteServices, keys: readonly VersionKey[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // A ministry answer spans provinces whose versions the key does not hold: never cached.
    if (request.method !== 'GET' || request.session.user.role === 'ministry') return;
    const { database, clock } = services;
    const key = await responseKey(database, keys, request.session.user, clock.today(), request.url);
    const hit = readCachesOf(database).responses.get(key);
    if (hit === undefined) {
      request.responseCacheKey = key;
      return;
    }
    reply.send(prepareAnswer(request, reply, hit) ?? undefined);
    return reply;
  };
}

/**
 * Registers one endpoint of `common/contracts`: its schemas validate the request and serialise the
 * response (and document both in /api/docs); session endpoints authenticate on `onRequest`, before
 * any body is read. The handler is the route: it calls one command or query and returns its result.
 */
export function registerEndpoint<E extends Endpoint>(
  app: FastifyInstance,
  services: RouteServices,
  endpoint: E,
  handler: Handler<E>,
  settings: RouteSettings = {},
): void {
  const isPublic = endpoint.auth === 'public';
  const isFile = 'file' in endpoint.response;
  const isUpload = endpoint.upload !== undefined;
  const events = 'events' in endpoint.response ? (endpoint.response.events as z.ZodType) : null;
  const route: RouteOptions = {
    method: endpoint.method,
    url: endpoint.path,
    ...(settings.bodyLimit ? { bodyLimit: settings.bodyLimit } : {}),
    ...(isPublic
      ? {}
      : {
          onRequest: [authenticate(services), ...(settings.cache ? [serveCached(services, settings.cache)] : [])],
        }),
    ...(settings.cache
      ? {
          // The serialised answer (after the response schema) is what is kept, encoded once; this
          // hook runs before the compression hook, which leaves an encoded answer alone.
          onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
            if (!request.responseCacheKey || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
            const answer = encodeAnswer(payload);
            readCachesOf(services.database).responses.set(request.responseCacheKey, answer);
            return prepareAnswer(request, reply, answer);
          },
        }
      : {}),
    schema: {
      summary: endpoint.summary,
      tags: [...endpoint.tags],
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body && !settings.rawBody && !isUpload ? { body: endpoint.body } : {}),
      ...(isUpload ? { consumes: ['multipart/form-data'] } : {}),
      response: responseSchemas(endpoint),
    },
    handler: async (request, reply) => {
      // An upload is read (within its limit, after authentication) before any database work starts.
      const upload = isUpload ? await readUpload(request, endpoint) : null;
      const body = upload ? upload.fields : request.body;
      const input = { params: request.params, query: request.query, body } as EndpointInput<E>;
      const respond = async (ctx: HandlerContext<E>) => {
        const result = await handler(input, ctx, { request, reply, ...(upload ? { file: upload.file } : {}) });
        if (events) return streamEvents(reply, events, result as (send: (event: unknown) => void) => Promise<void>);
        if (isFile) return sendDownload(reply, result as { bytes: Uint8Array; filename: string; contentType: string });
        if (endpoint.status) reply.status(endpoint.status);
        return result as z.input<z.ZodType>;
      };
      const { database, clock } = services;
      if (isPublic) {
        const withProvince: ProvinceRunner = (provinceId, work) => database.withProvince(provinceId, work);
        const ctx = { db: database.db, clock, requestId: request.id, withProvince };
        return respond({ ...ctx, defaultProvinceId: database.defaultProvinceId } as HandlerContext<E>);
      }
      const { user, csrfToken } = request.session;
      // Everything a signed-in request does, streamed answers included, runs in its province; the
      // ministry's reads see every province, and its decisions are written in the province concerned.
      const readAll = user.role === 'ministry';
      const actInProvince: ProvinceRunner | undefined = readAll
        ? (provinceId, work) => database.withProvince(provinceId, work)
        : undefined;
      const run = () =>
        database.withProvince(
          user.provinceId,
          async (db) => {
            const actor = await cachedActor(database, user, () => actorOfUser(db, user));
            return respond({ db, clock, actor, csrfToken, requestId: request.id, actInProvince } as HandlerContext<E>);
          },
          { readAll },
        );
      // Streams and uploads may take long; they are not made to hold a place in the gate.
      const gate = events || settings.rawBody ? null : gateOf(database);
      return gate ? gate.run(run) : run();
    },
  };
  if (isUpload) {
    // multipart/form-data is accepted by this route only, and read by the handler as it streams.
    app.register(async (scope) => {
      await acceptMultipart(scope);
      scope.route(route);
    });
    return;
  }
  if (settings.rawBody) {
    // Uploads arrive as raw bytes; the parser is scoped to this route only.
    app.register(async (scope) => {
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: settings.bodyLimit }, (_request, body, done) =>
        done(null, body),
      );
      scope.route(route);
    });
    return;
  }
  app.route(route);
}
