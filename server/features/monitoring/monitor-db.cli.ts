/**
 * `ttdn monitor ingest --feed <url> [--name tên]` and `ttdn monitor digest --kind daily|weekly|monthly
 * [--date yyyy-mm-dd] --out f.docx`: the database-backed monitoring commands, run as the system in
 * the CLI's province (the analysis-only commands stay in monitor.cli.ts, which loads no database).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { DigestKind } from '../../../common/contracts/monitoring.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { monitorDigests, monitorSources } from '../../db/schema/monitoring.js';
import { createSource } from './create-source.js';
import { digestIssuer, renderDigestDocx } from './digest-docx.js';
import { digestPeriod, getDigest, previewDigest } from './digests.js';
import { pollSource } from './poll-source.js';
import { currentProfile } from './province-analyzer.js';
import { and } from 'drizzle-orm';

/** Runs one of the two commands; returns the exit code (errors are thrown as AppErrors for the CLI to print). */
export async function runMonitorDbCommand(ctx: RequestContext, argv: string[], log = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      feed: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals[0] === 'ingest') {
    if (!values.feed) throw new AppError('MISSING_ARGUMENT', { argument: '--feed <url>' });
    const [existing] = await ctx.db.select().from(monitorSources).where(eq(monitorSources.url, values.feed));
    const id =
      existing?.id ??
      (await createSource(ctx, { kind: 'rss', name: values.name ?? new URL(values.feed).host, url: values.feed })).id;
    const result = await pollSource(ctx, id);
    log(JSON.stringify(result));
    return 0;
  }
  if (positionals[0] === 'digest') {
    const kind = DigestKind.safeParse(values.kind);
    if (!kind.success) throw new AppError('MISSING_ARGUMENT', { argument: '--kind daily|weekly|monthly' });
    if (!values.out) throw new AppError('MISSING_ARGUMENT', { argument: '--out <tệp.docx>' });
    const date = values.date ?? undefined;
    const start = date ? digestPeriod(kind.data, date).start : null;
    const [issued] = start
      ? await ctx.db
          .select({ id: monitorDigests.id })
          .from(monitorDigests)
          .where(and(eq(monitorDigests.kind, kind.data), eq(monitorDigests.periodStart, start)))
      : [];
    const digest = issued ? await getDigest(ctx, issued.id) : await previewDigest(ctx, kind.data, date);
    const profile = (await currentProfile(ctx.db)).data as { name?: string };
    const path = resolve(values.out);
    await writeFile(path, await renderDigestDocx(digest, profile.name ?? 'Tuyên Quang', await digestIssuer(ctx.db)));
    log(`Đã ghi ${path} (${digest.groups.reduce((n, g) => n + g.items.length, 0)} tin) / written`);
    return 0;
  }
  if (positionals[0] === 'demo') {
    const { loadPressDemo } = await import('./demo/demo-press.js');
    log(JSON.stringify(await loadPressDemo(ctx)));
    return 0;
  }
  throw new AppError('MISSING_ARGUMENT', { argument: 'ingest | digest | demo' });
}
