package dev.parley.quotes;

import java.util.List;
import java.util.Objects;

/**
 * The quotes of one article: what the {@code quotes} stage provides and the {@code quotes} table
 * stores.
 *
 * @param articleId the article's id
 * @param quotes its quotes in text order
 */
public record ArticleQuotes(String articleId, List<Quote> quotes) {
  public ArticleQuotes {
    Objects.requireNonNull(articleId, "articleId");
    quotes = List.copyOf(quotes);
  }
}
