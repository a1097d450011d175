/** The reporting API's shapes as the screens receive them, inferred from `common/contracts/reporting`. */
import type * as contacts from '@common/contracts/contacts';
import type * as r from '@common/contracts/reporting';
import type { Wire } from '../../api/types';

export type SubmissionStatus = Wire<typeof r.SubmissionStatus>;
export type TimelinessClass = Wire<typeof r.TimelinessClass>;
export type LineStatus = Wire<typeof r.LineStatus>;
export type Rates = Wire<typeof r.Rates>;
export type Period = Wire<typeof r.PeriodView>;
export type ObligationRow = Wire<typeof r.ObligationRow>;
export type PeriodWithRates = Wire<typeof r.PeriodWithRates>;
export type Board = Wire<typeof r.TimelinessBoard>;
export type SubmissionAbilities = Wire<typeof r.SubmissionAbilities>;
export type SubmissionLine = Wire<typeof r.SubmissionLine>;
export type IndicatorDef = Wire<typeof r.IndicatorDef>;
export type IndicatorValue = Wire<typeof r.IndicatorValue>;
export type SubmissionFile = Wire<typeof r.SubmissionFile>;
export type SubmissionView = Wire<typeof r.SubmissionView>;
export type TaskView = Wire<typeof r.TaskView>;
export type DraftPayload = Wire<typeof r.SaveDraftBody>;
export type FocalOfficial = Wire<typeof contacts.FocalOfficialView>;
export type Spokesperson = Wire<typeof contacts.SpokespersonView>;
export type ComplianceRow = Wire<typeof contacts.ComplianceRow>;
export type ComplianceBoard = Wire<typeof contacts.getCompliance.response>;
export type PublicSpokesperson = Wire<typeof contacts.listPublicSpokespersons.response>['spokespersons'][number];
export type OwnTaskLink = Wire<typeof r.OwnTaskLink>;
export type OwnPlan = Wire<typeof r.OwnPlan>;
