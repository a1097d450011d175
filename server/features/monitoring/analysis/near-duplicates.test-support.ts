import { dupSignature } from './dup-signature.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { tokenizeArticle } from './relevance.js';
import type { ArticleInput } from './types.js';

/** The near-duplicate signature of an article, as the analyser makes it (title, then body). */
export function signatureOf(article: ArticleInput) {
  const t = tokenizeArticle(article);
  return dupSignature(t.fields[0]!.tokens, t.fields[1]!.tokens, article.publishedAt);
}

/** Each article's cluster id, the articles added in order to one fresh index. */
export function clusterOf(articles: ArticleInput[]): Map<string, string> {
  const index = new NearDuplicateIndex();
  return new Map(articles.map((a) => [a.id, index.add(a, signatureOf(a)).clusterId]));
}
