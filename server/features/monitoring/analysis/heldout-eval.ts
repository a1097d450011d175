/**
 * Scores the analyser on the outside held-out sets with a model trained on the corpus's training
 * split only (the honest figure), or also on the sets named with --train-on:
 *   node --import tsx server/features/monitoring/analysis/heldout-eval.ts b [c] [--train-on b] [--shipped]
 * --shipped scores the shipped model (models/classifier.json) instead of retraining.
 * --out writes the trained model; the shipped one is made with
 *   heldout-eval.ts --train-on b … --train-on z --train-on aa … --train-on av --out fixtures/monitoring/models/classifier.json
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from './analyzer.js';
import { type CorpusArticle, loadCorpus, trainingExamples } from './corpus.js';
import { DEFAULT_PATHS, loadLexicon, loadModel, loadProfile } from './defaults.js';
import { type EvaluationReport, evaluate, formatReport } from './evaluate.js';
import { CORPUS_DIR } from './heldout-build.js';
import { type CompiledModel, compileModel, type ModelJson } from './model.js';
import { type TrainOptions, trainModel } from './train.js';

/** The articles of one outside held-out set (heldout-<set>.jsonl). */
export function loadHeldoutSet(set: string): CorpusArticle[] {
  return loadCorpus(join(CORPUS_DIR, `heldout-${set}.jsonl`));
}

/** A model trained on the corpus's training split plus any extra labelled articles. */
export function trainOn(extra: CorpusArticle[] = []): CompiledModel {
  return compileModel(trainJsonOn(extra));
}

/** The JSON of a model trained on the corpus's training split plus any extra labelled articles. */
export function trainJsonOn(extra: CorpusArticle[] = [], hyper: Omit<TrainOptions, 'lexicon'> = {}): ModelJson {
  const train = loadCorpus(DEFAULT_PATHS.corpus).filter((a) => a.split === 'train');
  return trainModel(trainingExamples([...train, ...extra]), { ...hyper, lexicon: loadLexicon() });
}

/** Scores one held-out set with the given model and the shipped profile. */
export function scoreHeldoutSet(set: string, model: CompiledModel): EvaluationReport {
  return evaluate(createAnalyzer(loadProfile(), model), loadHeldoutSet(set));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'train-on': { type: 'string', multiple: true },
      shipped: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const extra = (values['train-on'] ?? []).flatMap(loadHeldoutSet);
  let model: CompiledModel;
  if (values.shipped) model = loadModel();
  else {
    const json = trainJsonOn(extra);
    if (values.out) {
      writeFileSync(values.out, `${JSON.stringify(json)}\n`);
      console.log(`Trained on ${json.trainedOn.tone} tone examples → ${values.out}`);
    }
    model = compileModel(json);
  }
  const how = values.shipped
    ? 'shipped model'
    : `trained on corpus train${extra.length ? ` + ${values['train-on']}` : ''}`;
  for (const set of positionals) console.log(`${formatReport(scoreHeldoutSet(set, model), `Set ${set} (${how})`)}\n`);
}
