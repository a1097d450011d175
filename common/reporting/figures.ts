/**
 * Indicator figures as people type them and the rules every figure must meet. Shared so that the
 * form warns with exactly the rule the server enforces.
 */

/** Why a figure cannot be stored. */
export type FigureProblem =
  | 'notNumber'
  | 'negative'
  | 'notInteger'
  | 'tooLarge'
  | 'notInReport'
  | 'unknownBreakdown'
  | 'duplicate';

/** What a figure is checked against. */
export type FigureRule = { isInteger: boolean; minValue: number; maxValue: number | null };

/** A typed figure read: nothing, a number, or why it is not one. */
export type ParsedFigure =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'error'; problem: FigureProblem; max?: number };

/**
 * Reads "1.234" / "1 234" (thousands) and "12,5" (decimal comma) the Vietnamese way, as well as
 * "12.5" and a figure followed by its unit ("2 vụ", "1.250 bản"); empty text means "no figure".
 */
export function parseFigure(text: string, unit?: string): ParsedFigure {
  let raw = text.normalize('NFC').trim();
  if (unit) {
    const u = unit.normalize('NFC').trim().toLowerCase();
    if (u && raw.toLowerCase().endsWith(u)) raw = raw.slice(0, raw.length - u.length);
  }
  raw = raw.replace(/[\s\u00a0]/g, '');
  if (raw === '') return { kind: 'empty' };
  let normal = raw;
  if (raw.includes(',')) normal = raw.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(raw)) normal = raw.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { kind: 'error', problem: 'notNumber' };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'error', problem: 'notNumber' };
}

/** The rule a stored figure breaks, or null when it may be stored. */
export function figureProblem(value: number, rule: FigureRule): FigureProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notNumber';
  if (value < rule.minValue) return 'negative';
  if (rule.isInteger && !Number.isInteger(value)) return 'notInteger';
  if (rule.maxValue !== null && value > rule.maxValue) return 'tooLarge';
  return null;
}

/** Parses and checks one typed figure against its indicator. */
export function checkFigure(text: string, rule: FigureRule & { unit?: string }): ParsedFigure {
  const parsed = parseFigure(text, rule.unit);
  if (parsed.kind !== 'value') return parsed;
  const problem = figureProblem(parsed.value, rule);
  if (!problem) return parsed;
  return problem === 'tooLarge'
    ? { kind: 'error', problem, max: rule.maxValue ?? undefined }
    : { kind: 'error', problem };
}

/** One figure the server refused, as sent in INDICATOR_INVALID's details. */
export type FigureRefusal = {
  code: string;
  name: string;
  breakdownKey: string;
  problem: FigureProblem;
  unit: string;
  max?: number;
};
