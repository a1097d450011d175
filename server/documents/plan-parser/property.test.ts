import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanJson } from '../../../common/contracts/plan-json.js';
import { parsePlanText } from './index.js';

const DIR = join(import.meta.dirname, '../../../fixtures/plans');
const TEXTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'));
const NOISE = [
  'Trang 3/7',
  '- 2 -',
  '2',
  'a) Cơ quan chủ trì:',
  '+ ;',
  'II. NHIỆM VỤ',
  'Nơi nhận:',
  'TM. ỦY BAN NHÂN DÂN',
  '1.1.1.1.1',
  '\t\t\t',
  'c) Thời gian thực hiện: Quý V/20251',
  '(((((',
  '\u0000\u0007',
  '9999. ',
  'Căn cứ Luật',
  'TT\tNội dung\tCơ quan chủ trì',
];

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('noise' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 40 })),
  }),
);

function mutate(text: string, ms: Array<{ op: string; at: number; to?: number; text?: string }>, nfd: boolean): string {
  const lines = text.split('\n');
  for (const m of ms) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    if (m.op === 'delete') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.op === 'swap') {
      const j = (m.to ?? 0) % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    } else lines.splice(i, 0, m.text ?? '');
  }
  const out = lines.join('\n');
  return nfd ? out.normalize('NFD') : out;
}

const allStrings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) allStrings(x, out);
  return out;
};

describe('parsePlanText on mutated fixtures', () => {
  it('never throws, always returns schema-valid NFC JSON, and never hangs (10 s bound; speed lives in bench/)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: TEXTS.length - 1 }),
        fc.array(mutation, { maxLength: 12 }),
        fc.boolean(),
        (k, ms, nfd) => {
          const text = mutate(TEXTS[k] ?? '', ms, nfd);
          const t0 = performance.now();
          const plan = parsePlanText(text);
          expect(performance.now() - t0).toBeLessThan(10_000);
          expect(PlanJson.safeParse(plan).success).toBe(true);
          for (const s of allStrings(plan)) expect(s).toBe(s.normalize('NFC'));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('copes with arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => PlanJson.safeParse(parsePlanText(s)).success),
      { numRuns: 300 },
    );
  });
});
