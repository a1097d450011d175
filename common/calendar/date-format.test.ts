import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isIsoDate, parseDateInput } from './iso-date.js';

describe('formatDate', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
    expect(formatDate('2025-12-31T17:00:00.000Z')).toBe('31/12/2025');
  });
  it('leaves empty and non-dates alone', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('Quý I')).toBe('Quý I');
  });
});

describe('formatDateTime', () => {
  it('uses Vietnam time (UTC+7)', () => {
    expect(formatDateTime('2025-05-31T17:30:00.000Z')).toBe('01/06/2025 00:30');
  });
});

describe('parseDateInput', () => {
  it('reads dd/mm/yyyy and its variants', () => {
    expect(parseDateInput('01/06/2025')).toBe('2025-06-01');
    expect(parseDateInput('1/6/2025')).toBe('2025-06-01');
    expect(parseDateInput(' 15.11.2025 ')).toBe('2025-11-15');
    expect(parseDateInput('15-11-2025')).toBe('2025-11-15');
    expect(parseDateInput('2025-03-01')).toBe('2025-03-01');
  });
  it('refuses impossible or partial dates', () => {
    expect(parseDateInput('31/02/2025')).toBeNull();
    expect(parseDateInput('29/02/2025')).toBeNull();
    expect(parseDateInput('29/02/2024')).toBe('2024-02-29');
    expect(parseDateInput('06/2025')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });
  it('round-trips with formatDate', () => {
    expect(parseDateInput(formatDate('2025-07-01'))).toBe('2025-07-01');
  });
});

describe('isIsoDate', () => {
  it('accepts only real yyyy-mm-dd dates', () => {
    expect(isIsoDate('2025-06-01')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('01/06/2025')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
