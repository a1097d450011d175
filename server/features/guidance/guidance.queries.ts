import { and, asc, desc, eq, isNull, ne, or, gte } from 'drizzle-orm';
import type { GuidanceFilter } from '../../../common/contracts/guidance.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { agencies, agencyGroups } from '../../db/schema/organisations.js';
import { plans, tasks } from '../../db/schema/plans.js';
import { responseCases } from '../../db/schema/response.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { anniversariesOf, anniversaryTitle } from '../calendar-events/anniversaries.js';
import { loadGuidanceView, loadNotes, summarise } from './guidance.data.js';

/** Agency staff read the notes addressed to their agency; province-wide readers read all (null). */
function readerScope(ctx: RequestContext): number[] | null {
  authorize(ctx.actor, 'guidance.read');
  return readsAllAgencies(ctx.actor) || ctx.actor.kind !== 'user' ? null : ctx.actor.agencyScope;
}

/** The register: notes newest first, filtered by year, recipient agency, receipt status and words. */
export async function listGuidance(ctx: RequestContext, filter: GuidanceFilter) {
  const scope = readerScope(ctx);
  const today = ctx.clock.today();
  const agencyIds =
    filter.agencyId !== undefined ? (scope ? scope.filter((a) => a === filter.agencyId) : [filter.agencyId]) : scope;
  const found = await loadNotes(ctx.db, { agencyIds });
  const words = filter.q ? foldDiacritics(filter.q) : '';
  return found
    .filter(({ note }) => !filter.year || note.issuedOn.startsWith(String(filter.year)))
    .filter(({ note }) => !words || foldDiacritics(`${note.number} ${note.title} ${note.body}`).includes(words))
    .map(({ note, recipients }) => {
      const shown =
        filter.agencyId !== undefined ? recipients.filter((r) => r.agencyId === filter.agencyId) : recipients;
      return summarise(note, scope ? recipients : shown, scope, today);
    })
    .filter((s) => {
      if (filter.status === 'pending') return scope ? s.mine !== 'acknowledged' : s.acknowledged < s.recipients;
      if (filter.status === 'unread') return scope ? s.mine === 'unread' : s.read < s.recipients;
      if (filter.status === 'complete') return scope ? s.mine === 'acknowledged' : s.acknowledged === s.recipients;
      return true;
    })
    .reverse();
}

/** One note (reading it here records no receipt: the screen calls open for that). */
export async function getGuidance(ctx: RequestContext, id: number) {
  return loadGuidanceView(ctx.db, id, readerScope(ctx), ctx.clock.today());
}

/** The issue form's choices: agencies existing today, closed groups, the year's tasks, anniversaries, open cases. */
export async function getGuidanceOptions(ctx: RequestContext, query: { year?: number }) {
  authorize(ctx.actor, 'guidance.issue');
  const today = ctx.clock.today();
  const year = query.year ?? Number(today.slice(0, 4));
  const collator = new Intl.Collator('vi');
  const [agencyRows, groupRows, taskRows, caseRows] = await Promise.all([
    ctx.db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(or(isNull(agencies.validTo), gte(agencies.validTo, today))),
    ctx.db
      .select({ id: agencyGroups.id, name: agencyGroups.name })
      .from(agencyGroups)
      .where(and(eq(agencyGroups.isOpen, false), or(isNull(agencyGroups.validTo), gte(agencyGroups.validTo, today)))),
    ctx.db
      .select({ id: tasks.id, code: tasks.code, title: tasks.title })
      .from(tasks)
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(and(eq(plans.year, year), ne(plans.status, 'draft'), ne(plans.status, 'archived')))
      .orderBy(asc(plans.id), asc(tasks.position)),
    ctx.db
      .select({ id: responseCases.id, title: responseCases.title })
      .from(responseCases)
      .where(ne(responseCases.status, 'closed'))
      .orderBy(desc(responseCases.id))
      .limit(50),
  ]);
  return {
    agencies: agencyRows.sort((a, b) => collator.compare(a.name, b.name)),
    groups: groupRows.sort((a, b) => collator.compare(a.name, b.name)),
    tasks: taskRows,
    anniversaries: anniversariesOf(year).map((o) => ({ key: o.key, title: anniversaryTitle(o), round: o.round })),
    cases: caseRows,
  };
}
