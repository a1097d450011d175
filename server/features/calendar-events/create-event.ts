import { CampaignInput, FestivalInput } from '../../../common/contracts/calendar-events.js';
import { inArray } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { campaignOutputs, campaigns, festivals } from '../../db/schema/calendar-events.js';
import { agencies } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadIndicators } from '../reporting/indicator-catalogue.js';

/** Every agency named must exist (NOT_FOUND otherwise). */
async function assertAgenciesExist(ctx: RequestContext, ids: number[]) {
  if (ids.length === 0) return;
  const found = new Set(
    (await ctx.db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids))).map((a) => a.id),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${missing}` });
}

/** The festival's day must exist and its organiser too; shared by creating and changing one. */
export async function checkFestival(ctx: RequestContext, input: FestivalInput & { day: number; month: number }) {
  // A lunar month has at most 30 days; a solar day must exist in some year (29/02 does).
  const max = input.calendar === 'lunar' ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][input.month - 1]!;
  if (input.day > max) throw new AppError('INVALID_DATE', { value: `${input.day}/${input.month}` });
  await assertAgenciesExist(ctx, input.organiserId ? [input.organiserId] : []);
}

/** A campaign's dates in order, its agencies and indicators known: the output rows to store. */
export async function campaignOutputRows(ctx: RequestContext, input: ReturnType<typeof CampaignInput.parse>) {
  if (input.endsOn < input.startsOn) throw new AppError('DATE_RANGE_INVERTED');
  await assertAgenciesExist(ctx, [...new Set(input.outputs.map((o) => o.agencyId))]);
  const catalogue = await loadIndicators(ctx.db, [...new Set(input.outputs.map((o) => o.code))]);
  const byCode = new Map(catalogue.map((i) => [i.code, i.id]));
  const unknown = input.outputs.filter((o) => !byCode.has(o.code)).map((o) => o.code);
  if (unknown.length) throw new AppError('INDICATOR_INVALID', { count: unknown.length, names: unknown.join(', ') });
  // One figure per agency and indicator: a repeated line replaces the earlier one.
  const outputs = [...new Map(input.outputs.map((o) => [`${o.agencyId}|${o.code}`, o])).values()];
  return outputs.map((o) => ({ agencyId: o.agencyId, indicatorId: byCode.get(o.code)!, expected: o.expected }));
}

/** Adds a provincial festival held yearly on a solar or lunar day (coordinator). */
export async function createFestival(ctx: RequestContext, raw: FestivalInput) {
  authorize(ctx.actor, 'events.manage');
  const input = FestivalInput.parse(raw);
  await checkFestival(ctx, input);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(festivals)
      .values({
        ...input,
        name: input.name.normalize('NFC'),
        place: input.place.normalize('NFC'),
        organiserId: input.organiserId ?? null,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: festivals.id });
    await recordAuditEvent(tx, ctx, {
      action: 'festival.create',
      subjectType: 'festival',
      subjectId: row!.id,
      after: input,
    });
    return row!.id;
  });
}

/** Creates a campaign with what each press agency is expected to produce, as catalogue indicators (coordinator). */
export async function createCampaign(ctx: RequestContext, raw: CampaignInput) {
  authorize(ctx.actor, 'events.manage');
  const input = CampaignInput.parse(raw);
  const outputs = await campaignOutputRows(ctx, input);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({
        title: input.title.normalize('NFC'),
        anniversaryKey: input.anniversaryKey ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        description: input.description.normalize('NFC'),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: campaigns.id });
    if (outputs.length) await tx.insert(campaignOutputs).values(outputs.map((o) => ({ ...o, campaignId: row!.id })));
    await recordAuditEvent(tx, ctx, {
      action: 'campaign.create',
      subjectType: 'campaign',
      subjectId: row!.id,
      after: input,
    });
    return row!.id;
  });
}
