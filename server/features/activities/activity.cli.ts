import { formatDateVi, isIsoDate } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import { loadNameIndex, resolveName } from '../organisations/resolve-name.js';
import { summariseActivities } from './activities.queries.js';

/**
 * `ttdn activity summary --from yyyy-mm-dd --to yyyy-mm-dd [--agency NAME] [--json]`: counts by kind
 * and indicator sums of the window, computed by the same function as the reports' drafts.
 */
export async function runActivitySummaryCommand(
  ctx: RequestContext,
  values: { from?: string; to?: string; agency?: string; json?: boolean },
  print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const from = values.from ?? '';
  const to = values.to ?? '';
  if (!isIsoDate(from) || !isIsoDate(to))
    throw new AppError('MISSING_ARGUMENT', { argument: '--from yyyy-mm-dd --to yyyy-mm-dd' });
  let agencyId: number | undefined;
  let agencyName: string | null = null;
  if (values.agency) {
    const match = resolveName(await loadNameIndex(ctx.db), values.agency).match;
    if (match?.type !== 'agency') throw new AppError('AGENCY_NAME_UNKNOWN', { name: values.agency, suggestions: '—' });
    agencyId = match.id;
    agencyName = match.name;
  }
  const summary = await summariseActivities(ctx, { from, to, agencyId });
  if (values.json) {
    print(`${JSON.stringify({ ...summary, agency: agencyName }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${agencyName ?? translate('vi', 'activities.allAgencies')} — ${formatDateVi(from)}–${formatDateVi(to)}: ${translate('vi', 'activities.count', { count: summary.count })}`,
    ...summary.byKind.map((k) => `  ${translate('vi', `activities.kind.${k.kind}`).padEnd(36)} ${k.count}`),
    ...summary.indicators.map(
      (i) => `  ${`${i.code}${i.breakdownKey ? `/${i.breakdownKey}` : ''}`.padEnd(36)} ${i.value}`,
    ),
    `  ${translate('vi', 'activities.cost').padEnd(36)} ${summary.costDong.toLocaleString('vi-VN')}`,
  ];
  print(`${lines.join('\n')}\n`);
  return 0;
}
