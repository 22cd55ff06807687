package dev.parley.pipeline;

import dev.parley.clean.Article;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.Token;
import dev.parley.timex.TimexNormaliser;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stage 2, annotate: CoreNLP's tokens, sentences, tags, time expressions and dependency parses,
 * parsing only the sentences {@code parseThis} selects (parsing is the dearest step). With a {@link
 * TimexNormaliser}, each sentence's time expressions carry its reading (news rules over SUTime:
 * "Tuesday" in "met on Tuesday" is the Tuesday before the publication date) instead of SUTime's, so
 * the event coder dates events with it; the spans stay SUTime's. The annotator itself still gives
 * SUTime's reading, which the timex benchmark measures beside Parley's.
 */
public final class AnnotateStage implements Stage<Article, AnnotatedArticle> {
  private final CoreNlpAnnotator annotator;
  private final Predicate<List<Token>> parseThis;
  private final TimexNormaliser normaliser;

  /** Annotates with SUTime's time expressions as they are. */
  public AnnotateStage(CoreNlpAnnotator annotator, Predicate<List<Token>> parseThis) {
    this(annotator, parseThis, null);
  }

  /**
   * @param normaliser replaces SUTime's readings in the sentences, or null to keep them
   */
  public AnnotateStage(
      CoreNlpAnnotator annotator, Predicate<List<Token>> parseThis, TimexNormaliser normaliser) {
    this.annotator = annotator;
    this.parseThis = parseThis;
    this.normaliser = normaliser;
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
    AnnotatedArticle annotated = annotator.annotate(article, parseThis);
    return normaliser == null ? annotated : normaliser.normalise(annotated);
  }

  /** The NLP preset: another preset tags and parses differently. */
  @Override
  public List<Knowledge> knowledge() {
    return List.of(
        Knowledge.setting("nlp", annotator.config()),
        Knowledge.setting("timex", normaliser == null ? "sutime" : "news-rules"));
  }
}
