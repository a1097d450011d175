import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { monitorProfiles } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { compileProfile } from './analysis/profile.js';
import { currentProfile } from './province-analyzer.js';

/**
 * Saves the coordinator's edit of the province profile (names, places before and after 01/07/2025,
 * exclusions). It must compile, and `version` must be the one the editor started from, so two
 * coordinators cannot overwrite each other; ingest uses the new version from its next article.
 */
export async function saveProfile(ctx: RequestContext, data: Record<string, unknown>, version: number) {
  authorize(ctx.actor, 'monitor.manage');
  try {
    compileProfile(data as never);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('MONITOR_PROFILE_INVALID', { detail: (error as Error).message });
  }
  return inTransaction(ctx.db, async (tx) => {
    const before = await currentProfile(tx);
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const values = {
      data,
      version: version + 1,
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.name,
    };
    await tx
      .insert(monitorProfiles)
      .values(values)
      .onConflictDoUpdate({ target: monitorProfiles.provinceId, set: values });
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.profile-save',
      subjectType: 'monitor-profile',
      subjectId: version + 1,
      before: before.data,
      after: data,
    });
    return { version: version + 1 };
  });
}
