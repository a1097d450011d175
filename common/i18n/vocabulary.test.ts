import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en/index.js';
import { vi } from './vi/index.js';

const glossary = readFileSync(new URL('../../docs/GLOSSARY.md', import.meta.url), 'utf8');

/** The rows of the table under a "### … (key `prefix.*`)" heading: value, Vietnamese, English. */
function tableOf(prefix: string): Array<[string, string, string]> {
  const at = glossary.indexOf(`key \`${prefix}.*\``);
  expect(at, `GLOSSARY.md has a table for ${prefix}.*`).toBeGreaterThan(0);
  const rows: Array<[string, string, string]> = [];
  for (const line of glossary.slice(at).split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'value' || cells[1]?.startsWith('---')) continue;
    rows.push([cells[1]!, cells[2]!, cells[3]!]);
  }
  return rows;
}

describe('one vocabulary: the catalogue says what docs/GLOSSARY.md says', () => {
  for (const prefix of [
    'reporting.status',
    'reporting.timeliness',
    'plans.status',
    'reporting.lineStatus',
    'cycle.status',
    'budget.status',
  ]) {
    it(`${prefix}.* matches the glossary in both languages`, () => {
      const rows = tableOf(prefix);
      expect(rows.length).toBeGreaterThan(2);
      for (const [value, vietnamese, english] of rows) {
        const key = `${prefix}.${value}` as keyof typeof vi;
        expect(vi[key], key).toBe(vietnamese);
        expect(en[key], key).toBe(english);
      }
    });
  }

  it('writes tone marks in the traditional placement of official documents (hòa, khóa, hủy, Ủy)', () => {
    // A syllable ending in oa/oe/uy (not after "q") carries its mark on the first vowel.
    const modern = /(?<![qQ])(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}])/iu;
    const offenders = Object.entries(vi).filter(([, text]) => modern.test(text.normalize('NFC')));
    expect(offenders.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
