package dev.parley.timex;

import java.util.List;
import java.util.Objects;

/**
 * The time expressions of one article, normalised: what the {@code times} stage provides and the
 * {@code times} table stores.
 *
 * @param articleId the article's id
 * @param times its time expressions in text order
 */
public record ArticleTimes(String articleId, List<TimeExpression> times) {
  public ArticleTimes {
    Objects.requireNonNull(articleId, "articleId");
    times = List.copyOf(times);
  }
}
