import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CampaignInput, FestivalInput } from '../../../common/contracts/calendar-events.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { campaignOutputs, campaigns, festivals } from '../../db/schema/calendar-events.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { campaignOutputRows, checkFestival } from './create-event.js';

const Version = z.object({ version: z.number().int().min(1) });
const FestivalChange = FestivalInput.extend(Version.shape);
const CampaignChange = CampaignInput.extend(Version.shape);

async function storedFestival(tx: Tx, id: number) {
  const [row] = await tx.select().from(festivals).where(eq(festivals.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'festival', id: `#${id}` });
  return row;
}

async function storedCampaign(tx: Tx, id: number) {
  const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'campaign', id: `#${id}` });
  const outputs = await tx.select().from(campaignOutputs).where(eq(campaignOutputs.campaignId, id));
  return { ...row, outputs };
}

/** Changes a festival from the version the editor read (coordinator); an older version gets VERSION_CONFLICT. */
export async function updateFestival(ctx: RequestContext, id: number, raw: z.input<typeof FestivalChange>) {
  authorize(ctx.actor, 'events.manage');
  const input = FestivalChange.parse(raw);
  await checkFestival(ctx, input);
  return inTransaction(ctx.db, async (tx) => {
    const before = await storedFestival(tx, id);
    const [row] = await tx
      .update(festivals)
      .set({
        name: input.name.normalize('NFC'),
        calendar: input.calendar,
        month: input.month,
        day: input.day,
        days: input.days,
        place: input.place.normalize('NFC'),
        organiserId: input.organiserId ?? null,
        version: sql`${festivals.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(festivals.id, id), eq(festivals.version, input.version)))
      .returning({ id: festivals.id, version: festivals.version });
    if (!row) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await recordAuditEvent(tx, ctx, {
      action: 'festival.update',
      subjectType: 'festival',
      subjectId: id,
      before,
      after: input,
    });
    return row;
  });
}

/** Changes a campaign and replaces its expected outputs, from the version the editor read (coordinator). */
export async function updateCampaign(ctx: RequestContext, id: number, raw: z.input<typeof CampaignChange>) {
  authorize(ctx.actor, 'events.manage');
  const input = CampaignChange.parse(raw);
  const outputs = await campaignOutputRows(ctx, input);
  return inTransaction(ctx.db, async (tx) => {
    const before = await storedCampaign(tx, id);
    const [row] = await tx
      .update(campaigns)
      .set({
        title: input.title.normalize('NFC'),
        anniversaryKey: input.anniversaryKey ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        description: input.description.normalize('NFC'),
        version: sql`${campaigns.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(campaigns.id, id), eq(campaigns.version, input.version)))
      .returning({ id: campaigns.id, version: campaigns.version });
    if (!row) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await tx.delete(campaignOutputs).where(eq(campaignOutputs.campaignId, id));
    if (outputs.length) await tx.insert(campaignOutputs).values(outputs.map((o) => ({ ...o, campaignId: id })));
    await recordAuditEvent(tx, ctx, {
      action: 'campaign.update',
      subjectType: 'campaign',
      subjectId: id,
      before,
      after: input,
    });
    return row;
  });
}

/** Removes a festival read at `version` (coordinator); the audit row keeps what it was. */
export async function deleteFestival(ctx: RequestContext, id: number, version: number) {
  authorize(ctx.actor, 'events.manage');
  return inTransaction(ctx.db, async (tx) => {
    const before = await storedFestival(tx, id);
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await tx.delete(festivals).where(eq(festivals.id, id));
    await recordAuditEvent(tx, ctx, { action: 'festival.delete', subjectType: 'festival', subjectId: id, before });
    return { removed: 1 };
  });
}

/** Removes a campaign and its expected outputs, read at `version` (coordinator). */
export async function deleteCampaign(ctx: RequestContext, id: number, version: number) {
  authorize(ctx.actor, 'events.manage');
  return inTransaction(ctx.db, async (tx) => {
    const before = await storedCampaign(tx, id);
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await tx.delete(campaigns).where(eq(campaigns.id, id));
    await recordAuditEvent(tx, ctx, { action: 'campaign.delete', subjectType: 'campaign', subjectId: id, before });
    return { removed: 1 };
  });
}
