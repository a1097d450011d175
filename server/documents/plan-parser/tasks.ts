/**
 * Numbered tasks of the tasks part: "1.", "2.3.", "2.3.1." headings with their labelled fields.
 * Fields are keyed on the label text, never on the letter, and every surprise becomes a warning
 * that names the task and the physical line.
 */
import type { PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { splitAgencies } from './agencies.js';
import { expectedLetter, findLabels, leadingLetter, letterFollows, type LabelField, type LabelHit } from './labels.js';
import { atPhysicalStart, fold, lineAt, type LogicalLine } from './lines.js';
import { NO_TIMEFRAME, parseTimeframe } from './timeframe.js';

/** A warning anchored to a physical line, sorted by line before printing. */
export interface LineWarning {
  line: number;
  text: string;
}

/** Shared state of one parse. */
export interface ParseContext {
  year: number | null;
  lexicon: readonly string[];
  warnings: LineWarning[];
  /** The text came from OCR: misread digits of heading numbers may be repaired. */
  ocr?: boolean;
}

/** A numbered heading: "2.3.1. Title", "1) Title", "2.1 Title". */
export const HEADING = /^(\d{1,3}(?:\.\d{1,3}){0,5})(?:\s*[.)]\s*|\s+(?=\S))(?=[\p{Lu}\p{Ll}“"'(«])(.*)$/u;

interface Draft {
  task: PlanJsonTask;
  line: number;
  labelled: boolean;
  lastLetter: string | null;
  content: string[];
  pending: { field: LabelField; label: string } | null;
}

const AGENCY_FIELDS = new Set<LabelField>(['lead', 'coordinators', 'implementers', 'guides']);

/** Tracks accepted codes so that numbered lines inside content ("1. …" lists) are not tasks. */
export class CodeSequence {
  private readonly codes = new Set<string>();
  private readonly lastChild = new Map<string, number>();
  private lastCode: string | null = null;

  /** Whether `code` plausibly follows the codes seen so far. */
  accepts(code: string): boolean {
    if (this.codes.has(code)) return false;
    const parts = code.split('.');
    const last = Number(parts[parts.length - 1]);
    const parent = parts.slice(0, -1).join('.');
    const prev = this.lastChild.get(parent) ?? 0;
    if (parts.length === 1) return last > prev && last <= prev + 2;
    if (this.codes.has(parent)) return last > prev && last <= prev + 2;
    // A child whose parent is missing: accept only as the start of a run or the next sibling.
    return this.lastCode === null ? last <= 2 : prev === 0 ? last === 1 : last === prev + 1;
  }

  /**
   * The code an OCR misreading stands for: the one expected next (a sibling at any level or a first
   * child) that differs from `code` in a single digit ("9.3" read where "5.3" follows "5.2").
   */
  repairMisread(code: string): string | null {
    if (this.lastCode === null) return null;
    const parts = this.lastCode.split('.').map(Number);
    const expected = [`${this.lastCode}.1`];
    for (let k = parts.length; k >= 1; k--)
      expected.push([...parts.slice(0, k - 1), (parts[k - 1] ?? 0) + 1].join('.'));
    for (const want of expected) {
      if (want.length !== code.length || !this.accepts(want)) continue;
      let diff = 0;
      for (let i = 0; i < want.length; i++) {
        if (want[i] === code[i]) continue;
        if (!/\d/u.test(want[i] ?? '') || !/\d/u.test(code[i] ?? '')) diff = 99;
        diff++;
      }
      if (diff === 1) return want;
    }
    return null;
  }

  /** Records an accepted code. */
  add(code: string): void {
    this.codes.add(code);
    const parts = code.split('.');
    this.lastChild.set(parts.slice(0, -1).join('.'), Number(parts[parts.length - 1]));
    this.lastCode = code;
  }
}

/** Parent code: the code without its last segment, or null at the top level. */
export function parentOf(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

function newTask(code: string, title: string): PlanJsonTask {
  return {
    code,
    parent: parentOf(code),
    title,
    content: '',
    lead: [],
    coordinators: [],
    implementers: [],
    guides: [],
    timeframe: NO_TIMEFRAME,
  };
}

function addAgencies(task: PlanJsonTask, field: LabelField, names: string[]): void {
  if (field === 'lead') task.lead.push(...names);
  else if (field === 'coordinators') task.coordinators.push(...names);
  else if (field === 'implementers') task.implementers.push(...names);
  else if (field === 'guides') task.guides.push(...names);
}

/** Builds the numbered tasks from the logical lines of the tasks part. */
export function buildTasks(lines: LogicalLine[], ctx: ParseContext, seq = new CodeSequence()): PlanJsonTask[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  const warn = (line: number, text: string): void => {
    ctx.warnings.push({ line, text: cur ? `${cur.task.code}: line ${line}: ${text}` : `line ${line}: ${text}` });
  };
  const checkLetter = (letter: string, line: number): void => {
    if (!cur) return;
    if (!letterFollows(cur.lastLetter, letter))
      warn(line, `letter ${letter}) out of order (expected ${expectedLetter(cur.lastLetter)}))`);
    cur.lastLetter = letter;
  };
  for (const ll of lines) {
    const text = ll.text;
    const h = HEADING.exec(text);
    let code = h?.[1] ?? '';
    if (h && ctx.ocr && !seq.accepts(code)) {
      const repaired = seq.repairMisread(code);
      if (repaired) {
        ctx.warnings.push({
          line: ll.parts[0]?.no ?? 0,
          text: `${repaired}: line ${ll.parts[0]?.no ?? 0}: heading number read as ${code} by OCR, taken as ${repaired}`,
        });
        code = repaired;
      }
    }
    if (h && seq.accepts(code)) {
      seq.add(code);
      const rest = h[2] ?? '';
      const hits = findLabels(rest).filter((x) => x.field !== 'unknown');
      const title = fold(hits.length > 0 ? rest.slice(0, hits[0]?.start) : rest);
      cur = {
        task: newTask(code, title),
        line: ll.parts[0]?.no ?? 0,
        labelled: false,
        lastLetter: null,
        content: [],
        pending: null,
      };
      drafts.push(cur);
      if (hits.length > 0) {
        const offset = text.length - rest.length;
        applyLabels(
          { text, parts: ll.parts },
          hits.map((x) => ({ ...x, start: x.start + offset, valueStart: x.valueStart + offset })),
        );
      }
      continue;
    }
    if (!cur) continue;
    if (h && /^\d+\.\d/u.test(code))
      warn(ll.parts[0]?.no ?? 0, `numbered line ${code} out of sequence, kept as content`);
    const hits = findLabels(text);
    if (hits.length === 0) {
      const lead = leadingLetter(text);
      if (lead) checkLetter(lead.letter, ll.parts[0]?.no ?? 0);
      if (cur.pending && AGENCY_FIELDS.has(cur.pending.field) && !lead && /^[-+•*–]|^[\p{Lu}]|^các\s/u.test(text)) {
        addAgencies(cur.task, cur.pending.field, splitAgencies(text, ctx.lexicon));
        continue;
      }
      if (cur.pending?.field === 'timeframe' && !lead) {
        cur.task.timeframe = parseTimeframe(text, ctx.year);
        cur.pending = null;
        continue;
      }
      cur.pending = null;
      const body = fold(lead ? lead.rest : text);
      if (body !== '') cur.content.push(body);
      continue;
    }
    cur.pending = null;
    const before = fold(text.slice(0, hits[0]?.start ?? 0));
    if (before !== '') {
      const lead = leadingLetter(before);
      if (lead) checkLetter(lead.letter, ll.parts[0]?.no ?? 0);
      const body = fold(lead ? lead.rest : before);
      if (body !== '') cur.content.push(body);
    }
    applyLabels(ll, hits);
  }
  for (const d of drafts) d.task.content = fold(d.content.join(' '));
  const parents = new Set(drafts.map((d) => d.task.parent).filter((p): p is string => p !== null));
  for (const d of drafts) {
    if (!d.labelled && !parents.has(d.task.code)) {
      ctx.warnings.push({
        line: d.line,
        text: `${d.task.code}: line ${d.line}: no labelled fields (no agencies, no timeframe)`,
      });
    }
  }
  return drafts.map((d) => d.task);

  function applyLabels(ll: LogicalLine, hits: LabelHit[]): void {
    if (!cur) return;
    for (let k = 0; k < hits.length; k++) {
      const hit = hits[k];
      if (!hit) continue;
      const end = hits[k + 1]?.start ?? ll.text.length;
      const value = fold(ll.text.slice(hit.valueStart, end));
      const line = lineAt(ll, hit.start);
      if (hit.letter) checkLetter(hit.letter, line);
      if (!atPhysicalStart(ll, hit.start)) {
        warn(
          line,
          hit.letter
            ? `label ${hit.letter}) glued to the previous text`
            : `label '${hit.label}' glued to the previous text`,
        );
      }
      const valueEndLine = lineAt(ll, Math.max(hit.valueStart, end - 1));
      if (
        hit.field !== 'content' &&
        hit.field !== 'unknown' &&
        value !== '' &&
        valueEndLine !== lineAt(ll, hit.valueStart)
      ) {
        warn(lineAt(ll, hit.valueStart), `value of '${hit.label}' continues on line ${valueEndLine}`);
      }
      if (hit.field === 'content') {
        if (value !== '') cur.content.push(value);
      } else if (hit.field === 'unknown') {
        warn(line, `unknown label '${hit.label}', kept as content`);
        cur.content.push(fold(`${hit.label}: ${value}`));
      } else if (hit.field === 'timeframe') {
        cur.labelled = true;
        if (value === '') cur.pending = { field: 'timeframe', label: hit.label };
        else {
          if (cur.task.timeframe.text !== null) warn(line, `second '${hit.label}' label; the last one is kept`);
          cur.task.timeframe = parseTimeframe(value, ctx.year);
        }
      } else {
        cur.labelled = true;
        if (value === '') cur.pending = { field: hit.field, label: hit.label };
        else {
          addAgencies(cur.task, hit.field, splitAgencies(value, ctx.lexicon));
          // A list ending in ";" or "," goes on: the next line names more agencies of this label.
          if (k === hits.length - 1 && /[;,]$/u.test(value)) cur.pending = { field: hit.field, label: hit.label };
        }
      }
    }
  }
}
