import { createAnalyzer } from './analyzer.js';
import { loadLexicon, loadModel, loadProfile } from './defaults.js';
import { compileModel } from './model.js';

// The shipped weights with the seed lexicon as it is now: the lexicon rides in the model JSON, so a
// cue added since the model was last trained is only seen this way.
let reader: ReturnType<typeof createAnalyzer> | undefined;
const analyse = (title: string, body: string) => {
  reader ??= createAnalyzer(loadProfile(), compileModel({ ...loadModel().json, lexicon: loadLexicon() }));
  return reader.analyze({ id: 'cue', publishedAt: '2025-10-05', title, body }, { explain: true });
};

/** The seed lexicon's cues an invented article's wording hits, by category. */
export const seedCueHits = (title: string, body: string) => analyse(title, body).classification?.lexiconHits ?? {};

/** The flags the seed lexicon gives an invented article. */
export const seedFlags = (title: string, body: string) => analyse(title, body).analysis.flags.map((f) => f.label);
