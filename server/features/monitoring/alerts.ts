/**
 * Alerts of press monitoring: a negative or flagged story, a spike of new stories against the
 * province's own baseline, a feed gone silent or failing. Each is stored once (dedupe key) and
 * reaches every coordinator at once: an in-app notice and a mail in the outbox.
 */
import { and, eq, sql } from 'drizzle-orm';
import { addDays, formatDate } from '../../../common/calendar/iso-date.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { monitorAlerts, monitorStoryDays } from '../../db/schema/monitoring.js';
import { users } from '../../db/schema/system.js';
import { currentScope, ownProvince, preparedAs } from '../../db/tenancy.js';
import { enqueueEmails } from '../../mail/outbox.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { alertMessage } from './alert-message.js';

/** Kinds of alert. */
export type AlertKind = 'negative' | 'flagged' | 'spike' | 'source-silent' | 'source-failing';

/** Days before the alerted day that make the baseline of a spike. */
export const SPIKE_BASELINE_DAYS = 28;
/** A day is a spike when it has at least this many stories and this many times the baseline. */
export const SPIKE_MIN_STORIES = 6;
export const SPIKE_FACTOR = 3;

type NewAlert = {
  kind: AlertKind;
  dedupeKey: string;
  articleId?: number | null;
  sourceId?: number | null;
  params: Record<string, string | number>;
};

/** Stores an alert (once per dedupe key) and notifies the coordinators; returns 1 when it was new. */
export function raiseAlert(tx: Tx, ctx: RequestContext, alert: NewAlert): Promise<number> {
  return raiseAlerts(tx, ctx, [alert]);
}

/**
 * Stores alerts (each once per dedupe key) and notifies the coordinators of the new ones; returns
 * how many were new. One insert of each kind for the whole list: an ingest of hundreds of articles
 * must not pay four statements per alert.
 */
export async function raiseAlerts(tx: Tx, ctx: RequestContext, alerts: NewAlert[]): Promise<number> {
  if (alerts.length === 0) return 0;
  const rows = await tx
    .insert(monitorAlerts)
    .values(
      alerts.map((alert) => ({
        kind: alert.kind,
        dedupeKey: alert.dedupeKey,
        articleId: alert.articleId ?? null,
        sourceId: alert.sourceId ?? null,
        params: alert.params,
        createdAt: ctx.clock.now(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: monitorAlerts.id, dedupeKey: monitorAlerts.dedupeKey });
  if (rows.length === 0) return 0;
  const byKey = new Map(alerts.map((a) => [a.dedupeKey, a]));
  const coordinators = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'coordinator'), eq(users.isActive, true)));
  const messages = rows.map((row) => {
    const alert = byKey.get(row.dedupeKey)!;
    return {
      alert,
      title: alertMessage('vi', alert.kind, alert.params),
      key: `monitor-alert:${currentScope().provinceId}:${row.id}`,
      link: alert.articleId ? `/monitoring/articles/${alert.articleId}` : '/monitoring/alerts',
    };
  });
  await createNotifications(
    tx,
    ctx.clock,
    messages.flatMap(({ title, key, link }) =>
      coordinators.map((c) => ({
        userId: c.id,
        kind: 'monitor-alert',
        title,
        body: title,
        link,
        dedupeKey: `${key}:${c.id}`,
      })),
    ),
  );
  await enqueueEmails(
    tx,
    ctx.clock,
    messages.flatMap(({ alert, title, key, link }) =>
      coordinators
        .filter((c) => c.email)
        .map((c) => ({
          dedupeKey: `${key}:${c.id}`,
          to: c.email!,
          subject: `[TTĐN] ${translate('vi', 'monitor.alert.mailSubject')}`,
          body: `${title}\n\n${alertMessage('en', alert.kind, alert.params)}\n\n${link}`,
        })),
    ),
  );
  return rows.length;
}

/** The alert a new story raises: flagged, else negative toward the province, else none. */
export function articleAlert(article: {
  id: number;
  title: string;
  outlet: string;
  tone: string | null;
  flags: string[];
}): NewAlert | null {
  if (article.flags.length > 0)
    return {
      kind: 'flagged',
      dedupeKey: `article:${article.id}:flagged`,
      articleId: article.id,
      params: { title: article.title, outlet: article.outlet, flags: article.flags.join(', ') },
    };
  if (article.tone === 'negative')
    return {
      kind: 'negative',
      dedupeKey: `article:${article.id}:negative`,
      articleId: article.id,
      params: { title: article.title, outlet: article.outlet },
    };
  return null;
}

/**
 * Alerts for days whose number of new stories is far above the average of the days before. The
 * stories a poll starts (`started`, per day) are counted first, in the same statement.
 */
export async function raiseSpikeAlerts(
  tx: Tx,
  ctx: RequestContext,
  days: string[],
  started: ReadonlyMap<string, number> = new Map(),
): Promise<number> {
  if (days.length === 0) return 0;
  const sorted = [...days].sort();
  // One read over the whole span, then each day against the days before it.
  const counts = await countStories(tx, started, addDays(sorted[0]!, -SPIKE_BASELINE_DAYS), sorted[sorted.length - 1]!);
  const spikes: NewAlert[] = [];
  for (const day of sorted) {
    const count = counts.get(day) ?? 0;
    let total = 0;
    for (let d = addDays(day, -SPIKE_BASELINE_DAYS); d < day; d = addDays(d, 1)) total += counts.get(d) ?? 0;
    const baseline = total / SPIKE_BASELINE_DAYS;
    if (count >= SPIKE_MIN_STORIES && count >= SPIKE_FACTOR * Math.max(baseline, 1))
      spikes.push({
        kind: 'spike',
        dedupeKey: `spike:${day}`,
        params: { day: formatDate(day), count, baseline: Math.round(baseline * 10) / 10 },
      });
  }
  return raiseAlerts(tx, ctx, spikes);
}

/**
 * Adds the stories just started to their days' counts, and returns the new stories of each day
 * from `from` to `to` (both included) with them.
 */
export async function countStories(
  tx: Tx,
  started: ReadonlyMap<string, number>,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  // The upsert's rows are not visible to the same statement's read: its returned counts replace them.
  const result = await tx.execute<{ day: string; stories: number; added: boolean }>(sql`
    with started(day, stories) as (
      select * from unnest(${`{${[...started.keys()].join(',')}}`}::date[], ${`{${[...started.values()].join(',')}}`}::int[])
    ), counted as (
      insert into ${monitorStoryDays} (day, stories) select day, stories from started
      on conflict (province_id, day) do update set stories = ${monitorStoryDays.stories} + excluded.stories
      returning day, stories
    )
    select to_char(day, 'YYYY-MM-DD') as day, stories, true as added from counted
    union all
    select to_char(day, 'YYYY-MM-DD'), stories, false from ${monitorStoryDays}
    where ${ownProvince(monitorStoryDays.provinceId)} and day between ${from}::date and ${to}::date${preparedAs('ingest-story-days')}`);
  const counts = new Map<string, number>();
  for (const added of [false, true])
    for (const row of result.rows) if (row.added === added) counts.set(row.day, Number(row.stories));
  return counts;
}
