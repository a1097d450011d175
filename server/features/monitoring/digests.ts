/**
 * Press digests "Điểm tin báo chí về tỉnh …" of a day, a week (Monday–Sunday) or a month: the
 * relevant stories of the period (one per near-duplicate group, with the outlets that repeated it),
 * grouped by topic, negative ones first within a topic. The coordinator chooses and orders the
 * stories when issuing; an issued digest is kept, mailed to subscribers and downloadable as DOCX.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DigestKind, StoryView } from '../../../common/contracts/monitoring.js';
import { addDays, formatDate, isoParts } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { monitorArticles, monitorDigests, monitorSubscribers } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { enqueueEmails } from '../../mail/outbox.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { TOPICS } from './analysis/types.js';
import { copiesOf, storyOf } from './monitoring.queries.js';
import { provinceName } from './province-analyzer.js';

/** The days a digest covers: the day; Monday to Sunday of the week; the calendar month. */
export function digestPeriod(kind: DigestKind, date: string): { start: string; end: string } {
  if (kind === 'daily') return { start: date, end: date };
  if (kind === 'weekly') {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const start = addDays(date, -((weekday + 6) % 7));
    return { start, end: addDays(start, 6) };
  }
  const { year, month } = isoParts(date);
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(next, -1) };
}

/** The period a scheduled digest covers when issued on `today`: yesterday, last week, last month. */
export function previousPeriodDate(kind: DigestKind, today: string): string {
  if (kind === 'daily') return addDays(today, -1);
  if (kind === 'weekly') return addDays(today, -7);
  return addDays(digestPeriod('monthly', today).start, -1);
}

const TONE_ORDER: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };

async function storiesOf(db: Db | Tx, start: string, end: string, ids?: number[]): Promise<StoryView[]> {
  const heads = await db
    .select()
    .from(monitorArticles)
    .where(
      ids
        ? inArray(monitorArticles.id, ids.length ? ids : [0])
        : and(
            eq(monitorArticles.relevant, true),
            gte(monitorArticles.day, start),
            lte(monitorArticles.day, end),
            sql`${monitorArticles.isHead}`,
          ),
    )
    .orderBy(desc(monitorArticles.day), desc(monitorArticles.id));
  const copies = await copiesOf(db, heads);
  const stories = heads.map((h) => storyOf(h, copies.get(h.id) ?? []));
  if (ids) {
    const order = new Map(ids.map((id, i) => [id, i]));
    stories.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  return stories;
}

/** The digest's content from a list of stories (in the coordinator's order when given). */
async function composeDigest(
  db: Db | Tx,
  kind: DigestKind,
  period: { start: string; end: string },
  chosen: StoryView[],
  candidates: StoryView[],
  issued: { id: number; issuedAt: Date } | null,
  ordered: boolean,
) {
  const province = await provinceName(db);
  const groups = new Map<string, StoryView[]>();
  for (const s of chosen) {
    const topic = s.topics[0] ?? 'other';
    groups.set(topic, [...(groups.get(topic) ?? []), s]);
  }
  const topicOrder = [...TOPICS, 'other'] as string[];
  const grouped = [...groups.entries()]
    .sort((a, b) => (ordered ? 0 : topicOrder.indexOf(a[0]) - topicOrder.indexOf(b[0])))
    .map(([topic, items]) => ({
      topic,
      label: translate('vi', `monitor.topic.${topic}` as 'monitor.topic.other'),
      items: ordered
        ? items
        : [...items].sort((a, b) => TONE_ORDER[a.tone ?? 'neutral']! - TONE_ORDER[b.tone ?? 'neutral']!),
    }));
  const articles = chosen.reduce((n, s) => n + 1 + s.copies, 0);
  const outlets = new Set(chosen.flatMap((s) => [s.outlet, ...s.outlets])).size;
  const count = (tone: string) => chosen.filter((s) => s.tone === tone).length;
  return {
    id: issued?.id ?? null,
    kind,
    periodStart: period.start,
    periodEnd: period.end,
    title: translate('vi', 'monitor.digest.title', { province: province.toUpperCase() }),
    subtitle:
      kind === 'daily'
        ? translate('vi', 'monitor.digest.subtitleDay', { from: formatDate(period.start) })
        : translate('vi', 'monitor.digest.subtitle', {
            kind: translate('vi', `monitor.digest.kind.${kind}`),
            from: formatDate(period.start),
            to: formatDate(period.end),
          }),
    summary:
      chosen.length === 0
        ? translate('vi', 'monitor.digest.empty')
        : translate('vi', 'monitor.digest.summary', {
            stories: chosen.length,
            articles,
            outlets,
            positive: count('positive'),
            neutral: count('neutral'),
            negative: count('negative'),
          }),
    issuedAt: issued?.issuedAt ?? null,
    groups: grouped,
    candidates,
  };
}

/** The draft digest of the period containing `date` (default: the previous period from today). */
export async function previewDigest(ctx: RequestContext, kind: DigestKind, date?: string) {
  authorize(ctx.actor, 'monitor.read');
  const period = digestPeriod(kind, date ?? previousPeriodDate(kind, ctx.clock.today()));
  const stories = await storiesOf(ctx.db, period.start, period.end);
  return composeDigest(ctx.db, kind, period, stories, stories, null, false);
}

/**
 * Issues the digest of a period: the chosen stories in the chosen order (default: every story),
 * stored once per period (issuing again replaces the selection), mailed to its subscribers.
 */
export async function issueDigest(ctx: RequestContext, kind: DigestKind, date: string, articleIds?: number[]) {
  authorize(ctx.actor, 'monitor.manage');
  const period = digestPeriod(kind, date);
  return inTransaction(ctx.db, async (tx) => {
    const candidates = await storiesOf(tx, period.start, period.end);
    const ids = articleIds ?? candidates.map((c) => c.id);
    const known = new Set(candidates.map((c) => c.id));
    const chosenRows = articleIds ? await storiesOf(tx, period.start, period.end, ids) : candidates;
    for (const id of ids)
      if (!known.has(id) && !chosenRows.some((r) => r.id === id))
        throw new AppError('NOT_FOUND', { resource: 'monitorArticle', id: String(id) });
    const values = {
      kind,
      periodStart: period.start,
      periodEnd: period.end,
      articleIds: ids,
      issuedAt: ctx.clock.now(),
      issuedBy: ctx.actor.kind === 'user' ? ctx.actor.username : `system:${ctx.actor.name}`,
    };
    const [row] = await tx
      .insert(monitorDigests)
      .values(values)
      .onConflictDoUpdate({
        target: [monitorDigests.provinceId, monitorDigests.kind, monitorDigests.periodStart],
        set: { articleIds: ids, issuedAt: values.issuedAt, issuedBy: values.issuedBy },
      })
      .returning();
    const digest = await composeDigest(
      tx,
      kind,
      period,
      chosenRows,
      candidates,
      { id: row!.id, issuedAt: row!.issuedAt },
      !!articleIds,
    );
    const subscribers = await tx.select().from(monitorSubscribers);
    const province = await provinceName(tx);
    await enqueueEmails(
      tx,
      ctx.clock,
      subscribers
        .filter((s) => s.kinds.includes(kind))
        .map((s) => ({
          dedupeKey: `monitor-digest:${row!.id}:${values.issuedAt.toISOString()}:${s.id}`,
          to: s.email,
          subject: translate('vi', 'monitor.digest.mailSubject', { province, period: digest.subtitle }),
          body: digestText(digest),
        })),
    );
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.digest-issue',
      subjectType: 'monitor-digest',
      subjectId: row!.id,
      after: values,
    });
    return digest;
  });
}

/** The digest as plain text (the e-mail body). */
export function digestText(digest: Awaited<ReturnType<typeof composeDigest>>): string {
  const lines = [digest.title, digest.subtitle, '', digest.summary, ''];
  digest.groups.forEach((g, gi) => {
    lines.push(`${gi + 1}. ${g.label.toUpperCase()}`);
    for (const s of g.items) {
      lines.push(
        `- ${s.title}`,
        `  ${translate('vi', 'monitor.digest.item', { outlet: s.outlet, date: formatDate(s.day), tone: translate('vi', `monitor.tone.${s.tone ?? 'neutral'}`), gist: s.gist })}`,
      );
      if (s.outlets.length)
        lines.push(`  ${translate('vi', 'monitor.digest.alsoIn', { outlets: s.outlets.join(', ') })}`);
      if (s.url) lines.push(`  ${s.url}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}

/** An issued digest with its stories in the issued order. */
export async function getDigest(ctx: RequestContext, id: number) {
  authorize(ctx.actor, 'monitor.read');
  const [row] = await ctx.db.select().from(monitorDigests).where(eq(monitorDigests.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'monitorDigest', id: String(id) });
  const chosen = await storiesOf(ctx.db, row.periodStart, row.periodEnd, row.articleIds);
  return composeDigest(
    ctx.db,
    row.kind as DigestKind,
    { start: row.periodStart, end: row.periodEnd },
    chosen,
    [],
    { id: row.id, issuedAt: row.issuedAt },
    true,
  );
}

/** Issued digests, newest period first. */
export async function listDigests(ctx: RequestContext) {
  authorize(ctx.actor, 'monitor.read');
  const rows = await ctx.db
    .select()
    .from(monitorDigests)
    .orderBy(desc(monitorDigests.periodStart), monitorDigests.kind);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DigestKind,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    issuedAt: r.issuedAt,
    items: r.articleIds.length,
  }));
}

export type Digest = Awaited<ReturnType<typeof composeDigest>>;
