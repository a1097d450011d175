import { type DupSignature, dupSignature } from './dup-signature.js';
import { articleStyle } from './features.js';
import { type Classification, type CompiledModel, classify } from './model.js';
import type { CompiledProfile } from './profile.js';
import { assessRelevance, tokenizeArticle } from './relevance.js';
import type { ArticleAnalysis, ArticleInput } from './types.js';

/** One article analysed: the result, and the signature the near-duplicate index needs. */
export type AnalysedArticle = { analysis: ArticleAnalysis; signature: DupSignature; classification?: Classification };

/** The per-article analysis for one province: relevance, then tone, topics and flags when relevant. */
export type Analyzer = {
  profile: CompiledProfile;
  model: CompiledModel;
  /** `explain` fills `why` with the top features of each decision (slower; for the UI and --explain). */
  analyze(article: ArticleInput, options?: { explain?: boolean }): AnalysedArticle;
};

/**
 * Builds the analyser from a compiled profile and model. Pure and synchronous: ingest calls it per
 * article, and clustering is done separately by a NearDuplicateIndex (it needs the other articles).
 */
export function createAnalyzer(profile: CompiledProfile, model: CompiledModel): Analyzer {
  return {
    profile,
    model,
    analyze(article, options = {}) {
      const tokenized = tokenizeArticle(article);
      const [title, body] = tokenized.fields as [(typeof tokenized.fields)[0], (typeof tokenized.fields)[0]];
      const relevance = assessRelevance(profile, article, tokenized);
      const signature = dupSignature(title.tokens, body.tokens, article.publishedAt);
      if (!relevance.relevant)
        return { analysis: { id: article.id, relevance, tone: null, topics: [], flags: [], why: {} }, signature };
      const style = articleStyle(title.tokens, body.tokens, tokenized.body, article.url);
      const classification = classify(model, title.tokens, body.tokens, {
        folded: relevance.mode === 'folded',
        style,
        explain: options.explain === true,
      });
      return {
        analysis: {
          id: article.id,
          relevance,
          tone: classification.tone,
          topics: classification.topics,
          flags: classification.flags,
          why: classification.why,
        },
        signature,
        classification,
      };
    },
  };
}
