package dev.parley.pipeline;

import dev.parley.clean.Article;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.Token;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stage 2, annotate: CoreNLP's tokens, sentences, tags, time expressions and dependency parses,
 * parsing only the sentences {@code parseThis} selects (parsing is the dearest step).
 */
public final class AnnotateStage implements Stage<Article, AnnotatedArticle> {
  private final CoreNlpAnnotator annotator;
  private final Predicate<List<Token>> parseThis;

  public AnnotateStage(CoreNlpAnnotator annotator, Predicate<List<Token>> parseThis) {
    this.annotator = annotator;
    this.parseThis = parseThis;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Class<Article> needs() {
    return Article.class;
  }

  @Override
  public Class<AnnotatedArticle> provides() {
    return AnnotatedArticle.class;
  }

  @Override
  public AnnotatedArticle apply(Article article) {
    return annotator.annotate(article, parseThis);
  }

  /** The NLP preset: another preset tags and parses differently. */
  @Override
  public List<Knowledge> knowledge() {
    return List.of(Knowledge.setting("nlp", annotator.config()));
  }
}
