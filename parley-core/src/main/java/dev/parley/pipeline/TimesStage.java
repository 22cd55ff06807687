package dev.parley.pipeline;

import dev.parley.nlp.AnnotatedArticle;
import dev.parley.timex.ArticleTimes;
import dev.parley.timex.TimexNormaliser;

/**
 * Stage "times": every time expression of the article, normalised against its publication date
 * ({@link TimexNormaliser}), for the {@code times} table. The annotate stage has already put the
 * normalised readings into the sentences for the event coder; the normaliser reads the words, not
 * SUTime's value, so reading them again here gives the same expressions, and this stage is right
 * after an annotate stage that does not normalise too.
 */
public final class TimesStage implements Stage<AnnotatedArticle, ArticleTimes> {
  private final TimexNormaliser normaliser;

  public TimesStage(TimexNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Class<AnnotatedArticle> needs() {
    return AnnotatedArticle.class;
  }

  @Override
  public Class<ArticleTimes> provides() {
    return ArticleTimes.class;
  }

  @Override
  public ArticleTimes apply(AnnotatedArticle annotated) {
    return new ArticleTimes(annotated.article().id(), normaliser.find(annotated));
  }
}
