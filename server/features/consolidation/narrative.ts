/**
 * The report's narrative: five sections drafted from the one aggregation (domain-facts §7.2), each
 * replaceable by the coordinator's own text. Deterministic templates, no network, no model. Text
 * conventions, shared with the DOCX: a line "1. …" / "1.2. …" is a sub-heading, "- …" or "+ …" a
 * bullet, anything else a paragraph.
 */

import { flaggedLines, runChecks, type ConsolidationCheck } from './checks/plausibility-checks.js';
import type { Consolidation } from './consolidate.js';
import { withBudgetLines } from '../budget/budget-report.js';
import { responseReportText } from '../response/response-report.js';
import { SECTION_KEYS, type NarrativeSections } from './narrative-sections.js';
import { type Highlights, ReportOptions } from './report-options.js';
import { assessmentSection } from './synthesis/assessment.js';
import { directionSection } from './synthesis/direction.js';
import { forwardLookSection } from './synthesis/forward-look.js';
import { proposalsSection } from './synthesis/proposals.js';
import { resultsSection, synthesiseTasks, type TaskParagraph } from './synthesis/task-synthesis.js';

export { SECTION_KEYS, SECTION_TITLES, type NarrativeSections, type SectionKey } from './narrative-sections.js';
export { periodPhrase } from './synthesis/report-form.js';
export { formatNumberVi } from './synthesis/prose.js';
export { breakdownLabel } from './synthesis/figures-text.js';

/** The saved edits win section by section; a section without an edit keeps the fresh draft. */
export function mergeNarrative(draft: NarrativeSections, edits: Partial<Record<string, unknown>>): NarrativeSections {
  const out = { ...draft };
  for (const key of SECTION_KEYS) {
    const edit = edits[key];
    if (typeof edit === 'string') out[key] = edit;
  }
  return out;
}

/** The draft, the per-task paragraphs it was built from and the checks run before it. */
export type Synthesis = { draft: NarrativeSections; tasks: TaskParagraph[]; checks: ConsolidationCheck[] };

/**
 * Runs the checks, then drafts every section. Lines a check flags are never quoted as highlights;
 * the coordinator's highlights replace the ones chosen by rule, task by task.
 */
export function synthesise(
  c: Consolidation,
  options: ReportOptions = ReportOptions.parse({}),
  highlights: Highlights = {},
): Synthesis {
  const checks = runChecks(c, options);
  const tasks = synthesiseTasks(c, flaggedLines(checks), highlights);
  return {
    checks,
    tasks,
    draft: {
      direction: directionSection(c),
      results: withBudgetLines(withResponseWork(resultsSection(c, tasks), c), c.context.budget),
      assessment: assessmentSection(c, tasks, checks),
      nextSteps: forwardLookSection(c, tasks),
      proposals: proposalsSection(c),
    },
  };
}

/**
 * Section II ends with the response work of the period (cases, press conferences, foreign press),
 * under the next heading number after the plan's own tasks, so nobody retypes it.
 */
function withResponseWork(results: string, c: Consolidation): string {
  const lines = c.context.response ? responseReportText(c.context.response) : [];
  if (lines.length === 0) return results;
  const top = c.tasks.filter((t) => t.parentId === null).map((t) => Number.parseInt(t.code, 10));
  const next = Math.max(0, ...top.filter((n) => Number.isFinite(n))) + 1;
  return [
    results,
    `${next}. Công tác xử lý thông tin sai sự thật, sản phẩm thể hiện sai chủ quyền và quan hệ báo chí`,
    ...lines,
  ].join('\n');
}

/** Drafts every section from the consolidated figures and lines (default options, no highlight edits). */
export function draftNarrative(c: Consolidation): NarrativeSections {
  return synthesise(c).draft;
}
