/**
 * Leave one set out: for each named set, a model trained on the corpus's training split and every
 * other outside set is scored on the set left out — what the shipped model (trained on all of them)
 * should do on the next hand's set. Hyperparameters come from the flags, to compare settings:
 *   node --import tsx server/features/monitoring/analysis/heldout-loso.ts k l m n o p q r [--l2 0.03] [--ngram-scale 1] [--ngram-l2 1]
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer } from './analyzer.js';
import { loadProfile } from './defaults.js';
import { evaluate } from './evaluate.js';
import { CORPUS_DIR } from './heldout-build.js';
import { loadHeldoutSet, trainJsonOn } from './heldout-eval.js';
import { compileModel } from './model.js';

/** Every outside set on disk (heldout-<set>.jsonl). */
export function allHeldoutSets(): string[] {
  return readdirSync(CORPUS_DIR)
    .map((f) => /^heldout-([a-z]{1,2})\.jsonl$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { l2: { type: 'string' }, 'ngram-scale': { type: 'string' }, 'ngram-l2': { type: 'string' } },
  });
  const number = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const profile = loadProfile();
  const sets = allHeldoutSets();
  const tones: number[] = [];
  for (const left of positionals) {
    const others = sets.filter((s) => s !== left).flatMap(loadHeldoutSet);
    const model = trainJsonOn(others, {
      l2: number(values.l2),
      ngramScale: number(values['ngram-scale']),
      ngramL2Factor: number(values['ngram-l2']),
    });
    const report = evaluate(createAnalyzer(profile, compileModel(model)), loadHeldoutSet(left));
    tones.push(report.toneMacroF1);
    const relevance = report.relevance.find((c) => c.label === 'relevant')!.f1;
    console.log(
      `${left}: relevance ${relevance.toFixed(3)} tone ${report.toneMacroF1.toFixed(3)} pairs ${report.nearDuplicates.f1.toFixed(3)} flags ${report.flagRecall.toFixed(3)}`,
    );
  }
  const mean = tones.reduce((a, b) => a + b, 0) / tones.length;
  console.log(`mean tone ${mean.toFixed(3)}, lowest ${Math.min(...tones).toFixed(3)} (${JSON.stringify(values)})`);
}
