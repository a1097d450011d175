import { projectPath } from '../../../paths.js';
import { readFileSync } from 'node:fs';
import { analysisError } from './errors.js';
import type { Lexicon } from './features.js';
import { type CompiledModel, compileModel } from './model.js';
import { type CompiledProfile, compileProfile } from './profile.js';

const fixture = (path: string) => projectPath('fixtures/monitoring', path);

/** Where the shipped data lives (the coordinator's edited copies will live in the database). */
export const DEFAULT_PATHS = {
  profile: fixture('profiles/tuyen-quang.json'),
  model: fixture('models/classifier.json'),
  lexicon: fixture('lexicon.vi.json'),
  corpus: fixture('corpus/corpus.jsonl'),
};

/** Reads a JSON file; a missing or malformed file is a clear error with its path. */
export function readJsonFile(path: string, code: 'MONITOR_PROFILE_INVALID' | 'MONITOR_MODEL_INVALID'): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw analysisError(code, `Không đọc được tệp / Cannot read file: ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw analysisError(code, `Tệp JSON hỏng / Malformed JSON: ${path} (${(error as Error).message})`);
  }
}

/** The province profile from a file (default: Tuyên Quang). */
export function loadProfile(path = DEFAULT_PATHS.profile): CompiledProfile {
  return compileProfile(readJsonFile(path, 'MONITOR_PROFILE_INVALID') as never);
}

/** The classifier from a file (default: the model trained on the corpus's training split). */
export function loadModel(path = DEFAULT_PATHS.model): CompiledModel {
  return compileModel(readJsonFile(path, 'MONITOR_MODEL_INVALID'));
}

/** The seed lexicon that training starts from. */
export function loadLexicon(path = DEFAULT_PATHS.lexicon): Lexicon {
  return readJsonFile(path, 'MONITOR_MODEL_INVALID') as Lexicon;
}
