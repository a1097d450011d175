/** The plan-import API's shapes as the review screen receives them, inferred from `common/contracts`. */
import type * as org from '@common/contracts/organisations';
import type * as json from '@common/contracts/plan-json';
import type * as plans from '@common/contracts/plans';
import type { Wire } from '../../api/types';

export type TimeframeKind = Wire<typeof json.TimeframeKind>;
export type ParsedTask = Wire<typeof json.PlanJsonTask>;
export type ParsedPlan = Wire<typeof json.PlanJson>;
export type SourceSpan = Wire<typeof plans.SourceSpan>;
export type NameTarget = Wire<typeof org.NameTarget>;
export type NameMatch = Wire<typeof org.NameMatch>;
export type NameResolution = Wire<typeof org.NameResolution>;
export type TaskChange = Wire<typeof plans.TaskChange>;
export type PlanDiff = Wire<typeof plans.PlanDiff>;
export type UploadAnswer = Wire<typeof plans.UploadAnswer>;
export type ImportAnswer = Wire<typeof plans.ImportAnswer>;

export type RoleField = 'lead' | 'coordinators' | 'implementers' | 'guides';

export const ROLE_FIELDS: ReadonlyArray<{ field: RoleField; role: 'lead' | 'coordinator' | 'implementer' | 'guide' }> =
  [
    { field: 'lead', role: 'lead' },
    { field: 'coordinators', role: 'coordinator' },
    { field: 'implementers', role: 'implementer' },
    { field: 'guides', role: 'guide' },
  ];
