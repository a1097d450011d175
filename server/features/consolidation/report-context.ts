/**
 * What the report needs beyond the period's own rows: who holds each task's roles on the due date,
 * the same period of the year before, the agencies' own plans and focal officials, the
 * reorganisations around the period, the territory on those dates and the next deadline. The
 * loader fills it from the registry and the reporting tables; the synthesis and the checks read it.
 */

import type { AgencyKind } from '../../db/schema/organisations.js';
import type { TaskRoleKind } from '../../db/schema/plans.js';
import type { BudgetSummary } from '../budget/budget-report.js';
import type { ResponseSummary } from '../response/response-report.js';

/** One role of a task resolved to the agencies holding it on the due date, named as on that date. */
export type ResolvedRole = {
  taskId: number;
  role: TaskRoleKind;
  /** The words the plan printed ("Sở Thông tin và Truyền thông", "Các sở, ban, ngành"). */
  printed: string;
  /** True when the plan named a group: the role is everyone's, no agency leads it. */
  isGroup: boolean;
  holders: Array<{ agencyId: number; name: string }>;
};

/** A reorganisation of the registry around the period, for sections I and IV. */
export type ReorganisationEvent = {
  effectiveOn: string;
  kind: 'rename' | 'merge' | 'split' | 'transfer' | 'dissolve';
  functions: string[];
  from: { agencyId: number; name: string; kind: AgencyKind; province: string };
  to: { agencyId: number; name: string; kind: AgencyKind; province: string } | null;
};

/** A place named by a local government of the registry, and when it belonged to which province. */
export type Place = { name: string; province: string; validFrom: string; validTo: string | null };

/** The same period one year earlier: its label and its figures, province-wide and by agency. */
export type History = {
  label: string;
  /** Totals per indicator code, with the breakdown. */
  totals: Record<string, { total: number; byBreakdown: Record<string, number> }>;
  /** Per current agency (its predecessors' figures included): indicator code → total. */
  byAgency: Record<number, Record<string, number>>;
};

/** Everything around the period; every field may be missing (a plan without a registry, a first year). */
export type ReportContext = {
  roles: ResolvedRole[];
  agencyKinds: Record<number, AgencyKind>;
  history: History | null;
  /** The plan's own "agencies issue their plan in Q1" period: how many did. */
  agencyPlans: { submitted: number; expected: number; label: string } | null;
  /** Obligated agencies with a focal leader and officer on the window's last day; spokespersons named. */
  focal: { expected: number; withLeader: number; withOfficer: number; withBoth: number; spokespersons: number } | null;
  events: ReorganisationEvent[];
  places: Place[];
  /** The plan's next reporting deadline after this period. */
  nextPeriod: { label: string; kind: string; dueOn: string } | null;
  /** The department that leads the plan (drafts the report): the holder of most lead roles. */
  coordinator: { agencyId: number; name: string; abbreviation: string | null } | null;
  /** Cases handled, press conferences held, foreign press groups received in the data window. */
  response: ResponseSummary | null;
  /** The year's allocations, spending to the window's end, requests beyond the estimate (optional: older fixtures lack it). */
  budget?: BudgetSummary | null;
};

/** A context with nothing in it: the narrative falls back to what the period's rows say. */
export function emptyContext(): ReportContext {
  return {
    roles: [],
    agencyKinds: {},
    history: null,
    agencyPlans: null,
    focal: null,
    events: [],
    places: [],
    nextPeriod: null,
    coordinator: null,
    response: null,
  };
}
