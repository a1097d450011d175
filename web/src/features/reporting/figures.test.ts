import { translatorFor } from '@common/i18n/translate';
import { describe, expect, it } from 'vitest';
import {
  checkFigure,
  collectFigures,
  figureTexts,
  groupIndicators,
  indicatorSum,
  parseFigure,
  serverFigureProblems,
} from './figures';
import type { IndicatorDef } from './reporting.types';

const vi = translatorFor('vi');
const en = translatorFor('en');

const count: IndicatorDef = {
  code: 'EVENTS',
  name: 'Sự kiện',
  unit: 'sự kiện',
  group: 'V',
  isInteger: true,
  minValue: 0,
  maxValue: 1000,
  breakdown: null,
};
const money: IndicatorDef = {
  code: 'BUDGET_SPENT',
  name: 'Kinh phí',
  unit: 'triệu đồng',
  group: 'VII',
  isInteger: false,
  minValue: 0,
  maxValue: 100_000,
  breakdown: null,
};
const news: IndicatorDef = {
  code: 'NEWS_BY_LANGUAGE',
  name: 'Tin bài',
  unit: 'tin, bài',
  group: 'II',
  isInteger: true,
  minValue: 0,
  maxValue: 50_000,
  breakdown: {
    dimension: 'language',
    keys: [
      { key: 'vi', label: 'Tiếng Việt' },
      { key: 'en', label: 'Tiếng Anh' },
    ],
  },
};

describe('figures', () => {
  it('reads Vietnamese thousands and decimal commas', () => {
    expect(parseFigure('1.234')).toEqual({ kind: 'value', value: 1234 });
    expect(parseFigure('1 234')).toEqual({ kind: 'value', value: 1234 });
    expect(parseFigure('12,5')).toEqual({ kind: 'value', value: 12.5 });
    expect(parseFigure('12.5')).toEqual({ kind: 'value', value: 12.5 });
    expect(parseFigure('  ')).toEqual({ kind: 'empty' });
    expect(parseFigure('mười')).toEqual({ kind: 'error', problem: 'notNumber' });
  });

  it('checks sign, whole numbers and the plausible maximum', () => {
    expect(checkFigure('-1', count)).toMatchObject({ kind: 'error', problem: 'negative' });
    expect(checkFigure('2,5', count)).toMatchObject({ kind: 'error', problem: 'notInteger' });
    expect(checkFigure('2,5', money)).toEqual({ kind: 'value', value: 2.5 });
    expect(checkFigure('1001', count)).toMatchObject({ kind: 'error', problem: 'tooLarge', max: 1000 });
  });

  it('collects the figures to save and flags the wrong ones', () => {
    const ok = collectFigures([count, news], {
      'EVENTS|': '3',
      'NEWS_BY_LANGUAGE|vi': '120',
      'NEWS_BY_LANGUAGE|en': '',
    });
    expect(ok.valid).toBe(true);
    expect(ok.values).toEqual([
      { code: 'EVENTS', breakdownKey: '', value: 3 },
      { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'vi', value: 120 },
    ]);
    const bad = collectFigures([count], { 'EVENTS|': 'abc' });
    expect(bad.valid).toBe(false);
    expect(bad.problems['EVENTS|']?.problem).toBe('notNumber');
  });

  it('sums a breakdown, groups the catalogue and shows stored values with a decimal comma', () => {
    expect(indicatorSum(news, { 'NEWS_BY_LANGUAGE|vi': '10', 'NEWS_BY_LANGUAGE|en': '5' })).toBe(15);
    expect(indicatorSum(news, {})).toBeNull();
    expect(groupIndicators([news, count, money]).map((g) => g.group)).toEqual(['II', 'V', 'VII']);
    expect(figureTexts([{ code: 'BUDGET_SPENT', breakdownKey: '', value: 12.5 }])).toEqual({ 'BUDGET_SPENT|': '12,5' });
  });

  it('words the server’s per-indicator refusals in the reader’s language', () => {
    const details = {
      indicators: [
        { code: 'EVENTS', name: 'Sự kiện', breakdownKey: '', problem: 'notInteger', unit: 'sự kiện' },
        { code: 'NEWS', name: 'Tin, bài', breakdownKey: 'en', problem: 'tooLarge', unit: 'tin, bài', max: 5000 },
      ],
    };
    expect(serverFigureProblems(vi, details)).toEqual({
      'EVENTS|': 'Phải là số nguyên (sự kiện)',
      'NEWS|en': 'Vượt mức hợp lý (5.000 tin, bài) — kiểm tra lại',
    });
    expect(serverFigureProblems(en, details)['EVENTS|']).toBe('Must be a whole number (sự kiện)');
    expect(serverFigureProblems(vi, null)).toEqual({});
  });
});
