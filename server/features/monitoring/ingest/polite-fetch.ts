/**
 * Fetching a feed or a page politely and safely: robots.txt respected, one request per host at a
 * time with a pause between them, conditional GET, a timeout, a size cap and a bounded number of
 * redirects. Every failure is an AppError naming the address and the reason, never a hang.
 */
import robotsParserModule from 'robots-parser';
import { AppError } from '../../../../common/errors.js';
import { decodeBody } from './decode.js';

/** The name sites see in their logs and in robots.txt rules. */
export const USER_AGENT = 'TTDN-monitor/1.0 (+theo doi bao chi cua tinh)';

export type FetchOptions = {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Pause between two requests to one host. */
  hostIntervalMs?: number;
  /** Skip robots.txt (pasted URLs the coordinator asked for explicitly still respect it by default). */
  ignoreRobots?: boolean;
};

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      url: string;
      text: string;
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    };

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5_000_000, maxRedirects: 5, hostIntervalMs: 1_000 };

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
// The package's typings declare an ambient module that TypeScript cannot call; the runtime export is the function.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

const hostQueue = new Map<string, Promise<void>>();
const robotsCache = new Map<string, { at: number; robots: Robots | null }>();
const ROBOTS_TTL_MS = 6 * 3600_000;

const fail = (url: string, reason: string) => new AppError('MONITOR_FETCH_FAILED', { url, reason });

/** Runs work for a host after the previous request to it has finished and the pause has passed. */
async function onHost<T>(host: string, intervalMs: number, work: () => Promise<T>): Promise<T> {
  const previous = hostQueue.get(host) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  hostQueue.set(
    host,
    previous.then(() => mine),
  );
  await previous;
  try {
    return await work();
  } finally {
    setTimeout(release, intervalMs).unref?.();
  }
}

async function readCapped(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw fail(url, `quá lớn / too large (${declared} > ${maxBytes} bytes)`);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    if (signal.aborted) throw fail(url, 'quá thời gian / timed out');
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw fail(url, `quá lớn / too large (> ${maxBytes} bytes)`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** The connection was reset or closed before any response came (undici names it in `cause`). */
function closedBeforeAnswer(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return typeof cause?.code === 'string' && CLOSED_CODES.has(cause.code);
}

async function rawGet(
  url: string,
  headers: Record<string, string>,
  options: Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects'>>,
): Promise<{ response: Response; body: Buffer; url: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let response: Response;
      const get = () =>
        fetch(current, {
          headers: { 'user-agent': USER_AGENT, accept: '*/*', ...headers },
          redirect: 'manual',
          signal: controller.signal,
        });
      try {
        try {
          response = await get();
        } catch (error) {
          // A kept-alive connection the host closed as the request went out (its idle timer and
          // ours crossed; a loaded server or machine makes it likelier) is reset before any
          // answer: a GET is safe to send once more, on a new connection.
          if (controller.signal.aborted || !closedBeforeAnswer(error)) throw error;
          response = await get();
        }
      } catch (error) {
        const reason = controller.signal.aborted
          ? 'quá thời gian / timed out'
          : `không kết nối được / cannot connect (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})`;
        throw fail(current, reason);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw fail(current, `chuyển hướng không có địa chỉ / redirect without location`);
        if (hop + 1 > options.maxRedirects)
          throw fail(url, `chuyển hướng quá ${options.maxRedirects} lần / too many redirects`);
        current = new URL(location, current).toString();
        continue;
      }
      const body =
        response.status === 304
          ? Buffer.alloc(0)
          : await readCapped(response, current, options.maxBytes, controller.signal);
      return { response, body, url: current };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof AppError)) throw fail(current, 'quá thời gian / timed out');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function robotsAllow(url: URL, options: FetchOptions, now: number): Promise<boolean> {
  const origin = url.origin;
  let cached = robotsCache.get(origin);
  if (!cached || now - cached.at > ROBOTS_TTL_MS) {
    let robots: Robots | null = null;
    try {
      const got = await rawGet(
        `${origin}/robots.txt`,
        {},
        {
          timeoutMs: Math.min(options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs, 5_000),
          maxBytes: 500_000,
          maxRedirects: 3,
        },
      );
      // A missing robots.txt allows everything; a broken one (5xx) too, as most crawlers do.
      if (got.response.ok) robots = robotsParser(`${origin}/robots.txt`, got.body.toString('utf8'));
    } catch {
      robots = null;
    }
    cached = { at: now, robots };
    robotsCache.set(origin, cached);
  }
  return cached.robots?.isAllowed(url.toString(), USER_AGENT) ?? true;
}

/** Forgets cached robots.txt answers (tests change them between cases). */
export function clearRobotsCache(): void {
  robotsCache.clear();
}

/** GETs a feed or page with the manners above; `not-modified` when the ETag/Last-Modified still hold. */
export async function politeFetch(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(url, 'địa chỉ không hợp lệ / invalid address');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw fail(url, 'chỉ http(s) / http(s) only');
  const settings = {
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
  };
  return onHost(parsed.host, options.hostIntervalMs ?? FETCH_DEFAULTS.hostIntervalMs, async () => {
    if (!options.ignoreRobots && !(await robotsAllow(parsed, options, Date.now())))
      throw new AppError('MONITOR_ROBOTS_DISALLOWED', { url });
    const headers: Record<string, string> = {};
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const { response, body, url: finalUrl } = await rawGet(url, headers, settings);
    if (response.status === 304) return { status: 'not-modified', url: finalUrl };
    if (!response.ok) throw fail(finalUrl, `HTTP ${response.status}`);
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: 'ok',
      url: finalUrl,
      text: decodeBody(body, contentType),
      contentType,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  });
}
