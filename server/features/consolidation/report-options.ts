/**
 * What the coordinator sets on a consolidated report besides the five sections' text: the
 * ministry's request the report answers, whether the agencies' own lines go in as an appendix, the
 * drafting unit after "Lưu: VT,", dismissed checks, and the highlights chosen per task. They live in
 * the same `consolidated_reports.sections` jsonb under keys that start with "_" (no migration).
 */

import { Highlights, ReportOptions } from '../../../common/contracts/consolidation.js';
import { SECTION_KEYS, type NarrativeSections } from './narrative-sections.js';

export { Highlights, ReportOptions } from '../../../common/contracts/consolidation.js';

const OPTIONS_KEY = '_options';
const HIGHLIGHTS_KEY = '_highlights';

/** Splits a stored row into section edits, options and highlights; malformed extras read as defaults. */
export function readSaved(stored: Record<string, unknown> | null | undefined): {
  edits: Partial<NarrativeSections>;
  options: ReportOptions;
  highlights: Highlights;
} {
  const row = stored ?? {};
  const edits: Partial<NarrativeSections> = {};
  for (const key of SECTION_KEYS) {
    const text = row[key];
    if (typeof text === 'string') edits[key] = text;
  }
  const options = ReportOptions.safeParse(row[OPTIONS_KEY] ?? {});
  const highlights = Highlights.safeParse(row[HIGHLIGHTS_KEY] ?? {});
  return {
    edits,
    options: options.success ? options.data : ReportOptions.parse({}),
    highlights: highlights.success ? highlights.data : {},
  };
}

/** The jsonb to store: section edits plus the extras under their own keys. */
export function toStored(
  edits: Partial<NarrativeSections>,
  options: ReportOptions,
  highlights: Highlights,
): Record<string, unknown> {
  return { ...edits, [OPTIONS_KEY]: options, [HIGHLIGHTS_KEY]: highlights };
}
