/**
 * The press-monitoring analysis core, pure TypeScript (no database, network or framework): what
 * ingest, storage, search, digests and alerts build on.
 *
 *   const analyzer = createAnalyzer(compileProfile(profileJson), compileModel(modelJson));
 *   const { analysis, signature } = analyzer.analyze(article);          // relevance, tone, topics, flags
 *   const { clusterId, renamedFrom } = index.add(article, signature);    // near-duplicate group
 *   const newModel = trainModel([...examples, ...corrections], { lexicon, base: modelJson });
 */
export { type AnalysedArticle, type Analyzer, createAnalyzer } from './analyzer.js';
export { canonicalizeUrl } from './canonical-url.js';
export { type CorpusArticle, type CorpusLabels, loadCorpus, trainingExamples } from './corpus.js';
export { DEFAULT_PATHS, loadLexicon, loadModel, loadProfile } from './defaults.js';
export { compareSignatures, type DupComparison } from './dup-compare.js';
export { type DupSignature, dupSignature } from './dup-signature.js';
export { AnalysisError, type AnalysisErrorCode } from './errors.js';
export { type EvaluationReport, evaluate, formatReport } from './evaluate.js';
export type { Lexicon } from './features.js';
export { type CompiledModel, compileModel, type ModelJson, modelSchema } from './model.js';
export { type DupAddResult, NearDuplicateIndex } from './near-duplicate-index.js';
export { type CompiledProfile, compileProfile, parseProfile } from './profile.js';
export { type ProfileData, type ProfileInput, profileSchema } from './profile-schema.js';
export { articleDate, assessRelevance, relevanceReasons, tokenizeArticle } from './relevance.js';
export { decodeSignature, encodeSignature } from './signature-codec.js';
export { type TrainingExample, type TrainOptions, trainModel } from './train.js';
export * from './types.js';
