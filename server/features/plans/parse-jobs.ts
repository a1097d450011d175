/**
 * A plan document read with progress: the upload's pages are recognised through the OCR pool while
 * events tell the browser how many pages are done out of how many and how long is left; the last
 * event carries the review answer (or the error). Streamed on the request itself, so it needs no
 * job store and works behind any number of app instances.
 */
import type { z } from 'zod';
import type { ParseEvent as ParseEventSchema } from '../../../common/contracts/plans.js';
import type { RequestContext } from '../../context.js';

type ParseEvent = z.output<typeof ParseEventSchema>;
import { AppError, isAppError } from '../../../common/errors.js';
import { parsePlanUpload } from './parse-plan-upload.js';

export type { ParseEvent };

/** Seconds left from the pace so far: pages still to read times the mean time per finished page. */
export function secondsLeft(startedAt: number, now: number, done: number, total: number): number | null {
  if (done <= 0 || total <= done) return done >= total ? 0 : null;
  return Math.max(1, Math.round((((now - startedAt) / done) * (total - done)) / 1000));
}

/** Reads and parses the files, sending every event to `send`; never throws. */
export async function runParseJob(
  ctx: RequestContext,
  upload: { files: Array<{ bytes: Uint8Array; filename: string }>; province?: string },
  send: (event: ParseEvent) => void,
  now: () => number = Date.now,
): Promise<void> {
  const startedAt = now();
  try {
    const answer = await parsePlanUpload(ctx, {
      ...upload,
      onProgress: (p) =>
        send({
          type: 'progress',
          stage: 'reading',
          pagesDone: p.pagesDone,
          pagesTotal: p.pagesTotal,
          secondsLeft: secondsLeft(startedAt, now(), p.pagesDone, p.pagesTotal),
        }),
    });
    send({ type: 'result', answer });
  } catch (error) {
    // The stream has started, so a failure is an event, not an HTTP status; unknown errors stay INTERNAL.
    const e = isAppError(error) ? error : new AppError('INTERNAL');
    send({ type: 'error', error: { code: e.code, params: e.params as Record<string, unknown> } });
  }
}
