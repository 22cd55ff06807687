package dev.parley.pipeline;

import dev.parley.actors.ResolvedArticle;
import dev.parley.quotes.ArticleQuotes;
import dev.parley.quotes.QuoteFinder;

/**
 * Stage "quotes": the direct quotes and reported speech of the article with their speakers,
 * resolved to actors through the same dictionary as the resolve stage (whose knowledge, declared
 * there, is in the version already). It needs the parse of the sentences that hold a quotation mark
 * or a verb of saying, which the annotate stage selects with {@link QuoteFinder#worthParsing}.
 */
public final class QuotesStage implements Stage<ResolvedArticle, ArticleQuotes> {
  private final QuoteFinder finder;

  public QuotesStage(QuoteFinder finder) {
    this.finder = finder;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Class<ResolvedArticle> needs() {
    return ResolvedArticle.class;
  }

  @Override
  public Class<ArticleQuotes> provides() {
    return ArticleQuotes.class;
  }

  @Override
  public ArticleQuotes apply(ResolvedArticle resolved) {
    return new ArticleQuotes(resolved.annotated().article().id(), finder.find(resolved));
  }
}
