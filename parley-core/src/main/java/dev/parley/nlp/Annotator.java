package dev.parley.nlp;

import dev.parley.clean.Article;

/**
 * Stage 2 of the flow: turns a cleaned {@link Article} into sentences with tokens, lemmas,
 * part-of-speech and named-entity tags, time expressions and dependency parses. Implementations are
 * shared by all worker threads and must be safe to call concurrently.
 */
public interface Annotator {

  /**
   * Annotates one article. Offsets in the result are Unicode code points into {@code
   * article.text()}.
   */
  AnnotatedArticle annotate(Article article);
}
