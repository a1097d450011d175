import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';

/** Content types of the documents the system hands out. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What an endpoint answers: JSON described by a schema, a file download, or a stream of events (SSE). */
export type EndpointResponse = z.ZodType | { file: readonly string[] } | { events: z.ZodType };

/**
 * One operation of the API, defined once in `common/contracts/<feature>.ts`: the server registers it
 * (validation, authentication, response serialisation, OpenAPI) and the web app calls it, both
 * typed from these schemas.
 */
export type Endpoint = {
  readonly method: Method;
  /** Fastify-style path: `/api/plans/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** `public` skips the session (sign-in, the public spokesperson list); everything else needs one. */
  readonly auth?: 'public' | 'session';
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /**
   * A file upload: the request is multipart/form-data with one file part named `file` (at most
   * `maxBytes`, enforced while it streams in) and `body` describes the other fields (as text).
   */
  readonly upload?: { readonly maxBytes: number };
  /** 201 for creations; 200 otherwise. */
  readonly status?: 200 | 201;
  readonly response: EndpointResponse;
};

/** Declares an endpoint, keeping its literal types for inference on both sides. */
export function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

type Wire<S> = S extends z.ZodType ? z.input<S> : never;
type Parsed<S> = S extends z.ZodType ? z.output<S> : never;
type Part<E, K extends 'params' | 'query' | 'body', Mode extends 'wire' | 'parsed'> =
  E extends Record<K, z.ZodType>
    ? Mode extends 'wire'
      ? // A part the caller may leave out entirely: an optional body, a query of optional fields.
        undefined extends Wire<E[K]>
        ? { [P in K]?: Wire<E[K]> }
        : object extends Wire<E[K]>
          ? { [P in K]?: Wire<E[K]> }
          : { [P in K]: Wire<E[K]> }
      : { [P in K]: Parsed<E[K]> }
    : { [P in K]?: undefined };

/** What a caller sends: params, query and body as the schemas accept them. */
export type EndpointRequest<E extends Endpoint> = Part<E, 'params', 'wire'> &
  Part<E, 'query', 'wire'> &
  Part<E, 'body', 'wire'>;

/** What a handler receives after validation: parsed params, query and body. */
export type EndpointInput<E extends Endpoint> = Part<E, 'params', 'parsed'> &
  Part<E, 'query', 'parsed'> &
  Part<E, 'body', 'parsed'>;

/**
 * What a handler returns: the response schema's output side (Dates allowed), a file for downloads,
 * or, for an event stream, the producer that sends its events.
 */
export type EndpointResult<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : E['response'] extends { events: infer S extends z.ZodType }
    ? (send: (event: z.output<S>) => void) => Promise<void>
    : { bytes: Uint8Array; filename: string; contentType: string };

/** The JSON a caller receives: the response schema's wire side (timestamps as ISO strings). */
export type EndpointReply<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.input<E['response']>
  : E['response'] extends { events: infer S extends z.ZodType }
    ? z.input<S>
    : Blob;

/** The body of every error answer (see common/errors.ts). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES as [string, ...string[]]),
    params: z.record(z.string(), z.unknown()),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});

/** Fills a path's `:name` segments: ('/api/plans/:id', { id: 3 }) → '/api/plans/3'. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
