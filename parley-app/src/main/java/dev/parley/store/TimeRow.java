package dev.parley.store;

import dev.parley.timex.TimeExpression;
import java.util.Objects;

/**
 * One stored time expression with its article: the fields of the times JSONL contract.
 *
 * @param articleId the article's id
 * @param doc the article's input name (JSONL id or path, first sighting)
 * @param time the expression, normalised against the article's publication date
 */
public record TimeRow(String articleId, String doc, TimeExpression time) {
  public TimeRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(time, "time");
  }
}
