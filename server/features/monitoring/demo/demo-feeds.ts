import { and, eq, like } from 'drizzle-orm';
import { RSS_TYPE } from '../../../../common/contracts/monitoring.js';
import { AppError } from '../../../../common/errors.js';
import type { Clock, ProvinceRunner } from '../../../context.js';
import { monitorSources } from '../../../db/schema/monitoring.js';
import { DEMO_FEED_PATH, demoFeedsBySlug } from './demo-press.js';

/**
 * One demo outlet's RSS, so that the demo's articles arrive the way fetched ones do (HTTP,
 * robots.txt, parse, analyse, store). Served only while the province holds a demo source with
 * that address: a database without the demo serves nothing here.
 */
export async function demoFeedDocument(
  ctx: { clock: Clock; withProvince: ProvinceRunner; defaultProvinceId: number },
  slug: string,
) {
  const xml = demoFeedsBySlug(ctx.clock.today()).get(slug);
  const [source] = xml
    ? await ctx.withProvince(ctx.defaultProvinceId, (db) =>
        db
          .select({ id: monitorSources.id })
          .from(monitorSources)
          .where(and(eq(monitorSources.kind, 'rss'), like(monitorSources.url, `%${DEMO_FEED_PATH}${slug}`)))
          .limit(1),
      )
    : [];
  if (!xml || !source) throw new AppError('NOT_FOUND', { resource: 'monitorSource', id: slug });
  return { bytes: Buffer.from(xml, 'utf8'), filename: `${slug}.xml`, contentType: RSS_TYPE };
}
