/** Indicator figures in the form: typed texts ↔ stored values, with the server's rules (common/reporting/figures). */
import type { Translate } from '@common/i18n/translate';
import { checkFigure, type FigureRefusal, type ParsedFigure, parseFigure } from '@common/reporting/figures';
import type { IndicatorDef, IndicatorValue } from './reporting.types';

export { checkFigure, parseFigure, type ParsedFigure };

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
export function collectFigures(
  indicators: IndicatorDef[],
  texts: Record<string, string>,
): { values: IndicatorValue[]; problems: Record<string, ParsedFigure & { kind: 'error' }>; valid: boolean } {
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
    const parsed = parseFigure(texts[figureKey(indicator.code, key)] ?? '', indicator.unit);
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

/** The server's INDICATOR_INVALID details per figure, in words: { "CODE|key": message }. */
export function serverFigureProblems(t: Translate, details: unknown): Record<string, string> {
  const list = (details as { indicators?: FigureRefusal[] } | null)?.indicators;
  const out: Record<string, string> = {};
  for (const r of list ?? []) {
    out[figureKey(r.code, r.breakdownKey ?? '')] = t(`reporting.figure.${r.problem}`, {
      max: r.max ?? 0,
      unit: r.unit,
    });
  }
  return out;
}
