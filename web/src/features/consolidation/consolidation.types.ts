/** The consolidation API's shapes as the screen receives them, inferred from `common/contracts/consolidation`. */
import type * as c from '@common/contracts/consolidation';
import { SECTION_KEYS, type SectionKey } from '@common/contracts/consolidation';
import type { Wire } from '../../api/types';

export { SECTION_KEYS, type SectionKey };
export type NarrativeSections = c.NarrativeSections;
export type AgencyReportStatus = Wire<typeof c.AgencyReportStatus>;
export type IndicatorTotal = Wire<typeof c.IndicatorTotal>;
export type TaskSynthesis = Wire<typeof c.TaskSynthesis>;
export type ConsolidationView = Wire<typeof c.ConsolidationView>;
export type ConsolidationCheck = Wire<typeof c.ConsolidationCheck>;
export type TaskParagraph = Wire<typeof c.TaskParagraph>;
export type ReportOptions = c.ReportOptions;
export type Highlights = c.Highlights;
/** The body of PUT /api/consolidation/periods/:id/narrative. */
export type SaveReportBody = Wire<typeof c.SaveNarrativeBody>;

/** What a highlights box holds (one per line) as the list to save: empty lines dropped, at most five. */
export function highlightsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^[-+•]\s*/u, '').trim())
    .filter(Boolean)
    .slice(0, 5);
}

/** Checks to show first: warnings not yet dismissed, then the rest. */
export function orderChecks(checks: readonly ConsolidationCheck[]): ConsolidationCheck[] {
  const rank = (k: ConsolidationCheck) => (k.dismissed ? 2 : k.severity === 'warning' ? 0 : 1);
  return [...checks].sort((a, b) => rank(a) - rank(b));
}

/** Only the sections that differ from the generated draft are sent as edits (the rest follow the data). */
export function editsToSave(
  draft: NarrativeSections,
  texts: NarrativeSections,
): Partial<Record<SectionKey, string | null>> {
  const edits: Partial<Record<SectionKey, string | null>> = {};
  for (const key of SECTION_KEYS)
    edits[key] = texts[key].trim() === '' || texts[key] === draft[key] ? null : texts[key];
  return edits;
}
