/**
 * The API's shapes as the web app receives them: every type here is inferred from the schemas of
 * `common/contracts` (their wire side), none is written by hand.
 */
import type { AuditEventView } from '@common/contracts/audit';
import type { SessionView } from '@common/contracts/auth';
import type * as org from '@common/contracts/organisations';
import type * as owes from '@common/contracts/owes';
import type * as plans from '@common/contracts/plans';
import type { ActorView } from '@common/contracts/primitives';
import type { z } from 'zod';

/** The wire form of a contract schema (timestamps as ISO strings). */
export type Wire<S extends z.ZodType> = z.input<S>;

export type { Abilities } from '@common/permissions';
export type User = Wire<typeof ActorView>;
export type Me = Wire<typeof SessionView>;
export type LoginAnswer = Me;

export type PlanSummary = Wire<typeof plans.PlanSummary>;
export type LegalBasis = Wire<typeof plans.LegalBasisView>;
export type PlanDetail = Wire<typeof plans.PlanDetail>;
export type PathStep = Wire<typeof owes.PathStep>;
export type SuccessionKind = Wire<typeof org.SuccessionKind>;
export type Obligation = Wire<typeof owes.Obligation>;
export type TaskRoleChip = Wire<typeof plans.TaskRoleChip>;
export type PlanTask = Wire<typeof plans.PlanTaskView>;
export type PlanTree = Wire<typeof plans.PlanTree>;

export type Agency = Wire<typeof org.AgencyView>;
export type AgencyAlias = Wire<typeof org.AgencyAliasView>;
export type AgencyName = Wire<typeof org.AgencyNameView>;
export type AgencyHistoryEntry = Wire<typeof org.AgencyHistoryEntry>;
export type AgencyProfile = Wire<typeof org.AgencyProfile>;
export type AgencyGroup = Wire<typeof org.GroupView>;
export type SuccessionEvent = Wire<typeof org.SuccessionEventView>;
export type SuccessionEventInput = Wire<typeof org.SuccessionEventBody>;
export type SuccessionPreviewPlan = Wire<typeof org.SuccessionPreviewPlan>;
export type AuditEvent = Wire<typeof AuditEventView>;
