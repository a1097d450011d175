import { type Endpoint, type EndpointReply, type EndpointRequest, fillPath } from '@common/contracts/endpoint';

/**
 * The one way the web app talks to the API: same-origin cookies, JSON in and out, the CSRF token
 * of the last sign-in or /api/auth/me on every state-changing request, and failures thrown as ApiError.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

type ErrorPayload = {
  error?: { code?: string; params?: Record<string, unknown>; details?: unknown; requestId?: string };
};

/** The ApiError of a failed answer: the server's code and parameters, or HTTP_<status> without a body. */
function apiErrorOf(status: number, body: unknown): ApiError {
  const error = (body as ErrorPayload | null)?.error;
  return new ApiError(status, error?.code ?? `HTTP_${status}`, error?.params ?? {}, error?.details, error?.requestId);
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<(code: string) => void>();

/** Remembers the CSRF token the server handed out with login or /api/auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the listener whenever an API call answers 401 (the session is gone), with the error's code. */
export function onUnauthorized(listener: (code: string) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds "/api/x?a=1" leaving out empty parameters. */
export function apiPath(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sends one request; resolves with the parsed JSON body or throws ApiError. */
export async function apiRequest<T>(
  method: string,
  path: string,
  options: { query?: Query; body?: unknown; signal?: AbortSignal; background?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const form = options.body instanceof FormData;
  // A form's content type (with its boundary) is the browser's to write.
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  // Polling the app does on its own is not the person's activity: it must not hold off the idle timeout.
  if (options.background) headers['x-ttdn-background'] = '1';
  let response: Response;
  try {
    response = await fetch(apiPath(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK');
  }
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    const apiError = apiErrorOf(response.status, body);
    if (response.status === 401 && !path.startsWith('/api/auth/login') && !path.startsWith('/api/auth/password')) {
      for (const listener of unauthorizedListeners) listener(apiError.code);
    }
    throw apiError;
  }
  return body as T;
}

/**
 * Calls an endpoint of `common/contracts`: the path filled from `params`, the query string from
 * `query`, the JSON body from `body` — all typed by the contract, as is the answer.
 */
export function call<E extends Endpoint>(
  endpoint: E,
  request: EndpointRequest<E> = {} as EndpointRequest<E>,
  signal?: AbortSignal,
  options: { background?: boolean } = {},
): Promise<EndpointReply<E>> {
  const { params, query, body } = request as { params?: Record<string, unknown>; query?: Query; body?: unknown };
  const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE';
  return apiRequest<EndpointReply<E>>(endpoint.method, fillPath(endpoint.path, params), {
    query,
    body: withBody ? (body ?? {}) : undefined,
    signal,
    background: options.background,
  });
}

/**
 * Calls an upload endpoint (`upload` in its contract): multipart/form-data with the contract's
 * fields as text and the file in part `file`, streamed by the browser rather than encoded in JSON.
 */
export function callUpload<E extends Endpoint & { upload: { maxBytes: number } }>(
  endpoint: E,
  request: EndpointRequest<E>,
  file: File,
): Promise<EndpointReply<E>> {
  const { params, body } = request as { params?: Record<string, unknown>; body?: Record<string, unknown> };
  const form = new FormData();
  for (const [name, value] of Object.entries(body ?? {}))
    if (value !== undefined && value !== null) form.append(name, String(value));
  form.append('file', file, file.name);
  return apiRequest<EndpointReply<E>>(endpoint.method, fillPath(endpoint.path, params), { body: form });
}

/** The URL of a file endpoint (for links and downloads the browser opens itself). */
export function fileUrl<E extends Endpoint>(endpoint: E, request: EndpointRequest<E>): string {
  const { params, query } = request as { params?: Record<string, unknown>; query?: Query };
  return apiPath(fillPath(endpoint.path, params), query);
}

/** Raw JSON helpers for the rare call outside a contract (tests only). */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
};

/**
 * Sends a file's raw bytes (POST, application/octet-stream) with upload progress (0..1); resolves
 * with the JSON answer or throws ApiError like apiRequest.
 */
export function uploadBytes<T>(
  path: string,
  file: Blob,
  options: {
    headers?: Record<string, string>;
    query?: Query;
    onProgress?: (fraction: number) => void;
    /** Streamed answers (server-sent events): the text received so far, and how to read the whole. */
    onText?: (text: string) => void;
    parse?: (text: string) => T;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiPath(path, options.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => options.onProgress?.(1);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK'));
    if (options.onText) xhr.onprogress = () => options.onText?.(xhr.responseText);
    xhr.onload = () => {
      if (options.parse && xhr.status >= 200 && xhr.status < 300) {
        try {
          return resolve(options.parse(xhr.responseText));
        } catch (error) {
          return reject(error);
        }
      }
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const apiError = apiErrorOf(xhr.status, body);
      if (xhr.status === 401) for (const listener of unauthorizedListeners) listener(apiError.code);
      reject(apiError);
    };
    xhr.send(file);
  });
}
