/** Reading and checking indicator figures as people type them (a courtesy; the server checks again). */
import type { IndicatorDef, IndicatorValue } from './reporting.types';

export type FigureProblem = 'notNumber' | 'negative' | 'notInteger' | 'tooLarge';
export type ParsedFigure = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'error'; problem: FigureProblem; max?: number };

/**
 * Reads "1.234" / "1 234" (thousands) and "12,5" (decimal comma) the Vietnamese way, as well as
 * "12.5"; empty text means "no figure".
 */
export function parseFigure(text: string): { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'error'; problem: 'notNumber' } {
  const raw = text.replace(/[\s\u00a0]/g, '');
  if (raw === '') return { kind: 'empty' };
  let normal = raw;
  if (raw.includes(',')) normal = raw.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(raw)) normal = raw.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { kind: 'error', problem: 'notNumber' };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'error', problem: 'notNumber' };
}

/** Parses and checks one figure against its indicator (not negative, whole where countable, under the maximum). */
export function checkFigure(text: string, indicator: Pick<IndicatorDef, 'isInteger' | 'minValue' | 'maxValue'>): ParsedFigure {
  const parsed = parseFigure(text);
  if (parsed.kind !== 'value') return parsed;
  if (parsed.value < indicator.minValue) return { kind: 'error', problem: 'negative' };
  if (indicator.isInteger && !Number.isInteger(parsed.value)) return { kind: 'error', problem: 'notInteger' };
  if (indicator.maxValue !== null && parsed.value > indicator.maxValue) return { kind: 'error', problem: 'tooLarge', max: indicator.maxValue };
  return parsed;
}

/** The form's key of one figure. */
export const figureKey = (code: string, breakdownKey: string) => `${code}|${breakdownKey}`;

/** Stored figures → the texts the inputs show ("1200" → "1200", 12.5 → "12,5"). */
export function figureTexts(values: IndicatorValue[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const v of values) texts[figureKey(v.code, v.breakdownKey)] = String(v.value).replace('.', ',');
  return texts;
}

/** The input keys an indicator has: one per breakdown key, or the total alone. */
export function inputKeysOf(indicator: Pick<IndicatorDef, 'breakdown'>): string[] {
  return indicator.breakdown ? indicator.breakdown.keys.map((k) => k.key) : [''];
}

/**
 * Texts → the figures to save, and the problems found. `valid` is false when any figure is wrong:
 * the form then saves its texts without figures, so the stored ones are not replaced by a partial set.
 */
export function collectFigures(indicators: IndicatorDef[], texts: Record<string, string>): { values: IndicatorValue[]; problems: Record<string, ParsedFigure & { kind: 'error' }>; valid: boolean } {
  const values: IndicatorValue[] = [];
  const problems: Record<string, ParsedFigure & { kind: 'error' }> = {};
  for (const indicator of indicators) {
    for (const breakdownKey of inputKeysOf(indicator)) {
      const key = figureKey(indicator.code, breakdownKey);
      const checked = checkFigure(texts[key] ?? '', indicator);
      if (checked.kind === 'value') values.push({ code: indicator.code, breakdownKey, value: checked.value });
      else if (checked.kind === 'error') problems[key] = checked;
    }
  }
  return { values, problems, valid: Object.keys(problems).length === 0 };
}

/** Sum of an indicator's figures (its breakdown), null when none is filled. */
export function indicatorSum(indicator: IndicatorDef, texts: Record<string, string>): number | null {
  let sum: number | null = null;
  for (const key of inputKeysOf(indicator)) {
    const parsed = parseFigure(texts[figureKey(indicator.code, key)] ?? '');
    if (parsed.kind === 'value') sum = (sum ?? 0) + parsed.value;
  }
  return sum;
}

/** Groups indicators by their catalogue group, keeping catalogue order. */
export function groupIndicators(indicators: IndicatorDef[]): Array<{ group: string; indicators: IndicatorDef[] }> {
  const groups: Array<{ group: string; indicators: IndicatorDef[] }> = [];
  for (const indicator of indicators) {
    const last = groups.at(-1);
    if (last && last.group === indicator.group) last.indicators.push(indicator);
    else groups.push({ group: indicator.group, indicators: [indicator] });
  }
  return groups;
}

/** The server's VALIDATION_FAILED details per figure: { "CODE|key": message }. */
export function serverFigureProblems(details: unknown): Record<string, string> {
  const list = (details as { indicators?: Array<{ code: string; breakdownKey: string; message: string }> } | null)?.indicators;
  const out: Record<string, string> = {};
  for (const p of list ?? []) out[figureKey(p.code, p.breakdownKey ?? '')] = p.message.split(' / ')[0] ?? p.message;
  return out;
}
