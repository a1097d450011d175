/**
 * The change feed: the versions every cache of this instance is keyed by, per province, held in
 * memory so that a cached read costs no query. The versions live in app_meta and are bumped by
 * statement triggers (migration 0004_change_feed) in the changing transaction, which also notify
 * `ttdn_changes` with "<province>:<key>". An instance forgets a province's versions when it is
 * notified (LISTEN on PostgreSQL, PGlite's `listen`), when its own transaction has changed rows
 * (so it reads its own writes at once, before any notification arrives), or after MAX_AGE_MS, the
 * bound on staleness if notifications are lost (a dropped LISTEN connection).
 */
import pg from 'pg';

/** What caches depend on: the organisation registry, the plans, and who may be signed in. */
export const VERSION_KEYS = ['registry-version', 'plans-version', 'sessions'] as const;
export type VersionKey = (typeof VERSION_KEYS)[number];
export type Versions = Record<VersionKey, number>;
/** One province, or every province together (the system handle, the ministry's read-all scope). */
export type FeedScope = number | 'all';

/** The NOTIFY channel the triggers send on. */
export const CHANGES_CHANNEL = 'ttdn_changes';
const MAX_AGE_MS = 5_000;

type Entry = { at: number; value: Promise<Versions> };

/** The versions of each province as this instance last read them; see the module comment. */
export class ChangeFeed {
  private readonly entries = new Map<FeedScope, Entry>();
  private readonly listeners = new Set<(provinceId: number | null, key: string | null) => void>();
  private stop: () => Promise<void> = async () => {};

  constructor(
    private readonly read: (scope: FeedScope) => Promise<Array<{ provinceId: number; key: string; value: number }>>,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  /** The current versions of a province (or of all provinces summed), from memory when fresh. */
  versions(scope: FeedScope): Promise<Versions> {
    const now = performance.now();
    const entry = this.entries.get(scope);
    if (entry && now - entry.at <= this.maxAgeMs) return entry.value;
    // Concurrent readers share one query; a failed read is not kept.
    const value = this.read(scope).then((rows) => {
      const versions: Versions = { 'registry-version': 0, 'plans-version': 0, sessions: 0 };
      for (const row of rows) if (row.key in versions) versions[row.key as VersionKey] += row.value;
      return versions;
    });
    const fresh = { at: now, value };
    this.entries.set(scope, fresh);
    value.catch(() => {
      if (this.entries.get(scope) === fresh) this.entries.delete(scope);
    });
    return value;
  }

  /** Drops what is known of a province (and of the all-province sum); the next read asks again. */
  forget(provinceId: number, key: string | null = null): void {
    this.entries.delete(provinceId);
    this.entries.delete('all');
    for (const listener of this.listeners) listener(provinceId, key);
  }

  /** Drops everything known (a write through the system handle, a lost notification channel). */
  forgetAll(): void {
    this.entries.clear();
    for (const listener of this.listeners) listener(null, null);
  }

  /** Handles one notification payload, "<province>:<key>". */
  notified(payload: string): void {
    const [province, key] = payload.split(':');
    const id = Number(province);
    if (Number.isInteger(id)) this.forget(id, key ?? null);
    else this.forgetAll();
  }

  /** Calls `listener` whenever versions are forgotten (province null: all of them). */
  onForget(listener: (provinceId: number | null, key: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Keeps the function that stops listening, for close(). */
  listening(stop: () => Promise<void>): void {
    this.stop = stop;
  }

  /** Stops listening for notifications. */
  async close(): Promise<void> {
    this.entries.clear();
    await this.stop();
  }
}

/**
 * Listens on PostgreSQL over a dedicated connection (a pooled one would be handed to requests),
 * reconnecting after a second when it drops; while it is down the feed forgets everything so the
 * age bound alone keeps caches within MAX_AGE_MS.
 */
export function listenOnPostgres(feed: ChangeFeed, connectionString: string): void {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString });
    client = next;
    const lost = () => {
      if (client !== next || closed) return;
      client = null;
      feed.forgetAll();
      retry = setTimeout(() => void connect(), 1_000);
      retry.unref();
    };
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => feed.notified(message.payload ?? ''));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      // Changes made while nobody listened are unknown: start from fresh versions.
      feed.forgetAll();
    } catch {
      lost();
      await next.end().catch(() => undefined);
    }
  };
  void connect();
  feed.listening(async () => {
    closed = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  });
}

/** Is this SQL statement one that may change rows (so the instance must forget its versions)? */
export function mayWrite(sql: string): boolean {
  return /^\s*(insert|update|delete|merge|with|truncate|create|alter|drop|copy|call|do)\b/i.test(sql);
}

/** The SQL text of a node-postgres query call's first argument (a string or a config object). */
export function sqlOf(first: unknown): string {
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first) return String((first as { text: unknown }).text);
  return '';
}

/**
 * Makes a node-postgres pool report its writes: a pooled connection that ran a writing statement
 * calls `onWrite` when it goes back to the pool (after the commit, before the caller resumes).
 */
export function reportPoolWrites(pool: pg.Pool, onWrite: () => void): void {
  const wrote = new WeakSet<object>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      if (mayWrite(sqlOf(args[0]))) wrote.add(client);
      return query(...args);
    };
  });
  pool.on('release', (_error, client) => {
    if (wrote.delete(client)) onWrite();
  });
}
