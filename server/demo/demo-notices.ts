import { and, eq, inArray } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { submissions } from '../db/schema/reporting.js';
import { notifyReportStep } from '../features/notifications/notify-report-step.js';
import { sendPeriodSummaries } from '../features/reminders/send-period-summaries.js';
import { sendReportReminders } from '../features/reminders/send-report-reminders.js';
import { grantPeriodException } from '../features/reporting/grant-period-exception.js';

/** The days the demo's reminder sweep ran in the 2026 annual period (a Sunday among them, skipped). */
const SWEEP_DAYS = [
  '2026-11-09',
  '2026-11-13',
  '2026-11-15',
  '2026-11-16',
  '2026-11-17',
  '2026-11-24',
  '2026-12-01',
  '2026-12-04',
];

const EXTENDED_ON = '2026-11-20';

/**
 * A realistic history of notices for the demo's 2026 annual period, produced by the real commands:
 * the reports sent early announced to the coordinators, the press agency's extension, and the daily
 * reminder sweep with its period summary on the days it ran — so every account's bell has its own work.
 */
export async function loadDemoNotices(
  ctx: RequestContext,
  input: { annualPeriodId: number; pressAgencyId: number; sentEarly: number[] },
): Promise<void> {
  const on = (date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
  const tx = ctx.db as unknown as Tx;
  const sent = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.periodId, input.annualPeriodId), inArray(submissions.agencyId, input.sentEarly)));
  for (const s of sent)
    await notifyReportStep(tx, on('2026-11-12'), {
      step: 'submitted',
      periodId: s.periodId,
      agencyId: s.agencyId,
      key: s.version,
    });
  const sweep = async (day: string) => {
    await sendReportReminders(on(day));
    await sendPeriodSummaries(on(day));
  };
  for (const day of SWEEP_DAYS.filter((d) => d < EXTENDED_ON)) await sweep(day);
  // The merged press agency asked for more time: its entry stays open until 30/11/2026.
  await grantPeriodException(on(EXTENDED_ON), {
    periodId: input.annualPeriodId,
    agencyId: input.pressAgencyId,
    extendedTo: '2026-11-30',
    reason: 'Sáp nhập bộ phận biên tập; chờ số liệu phát thanh tiếng dân tộc.',
  });
  for (const day of SWEEP_DAYS.filter((d) => d > EXTENDED_ON)) await sweep(day);
}
