package dev.parley.timex;

import java.util.Objects;

/**
 * One time expression of an article, normalised against its publication date. This is the row of
 * the {@code times} table (with the article's {@code doc} and {@code article_id}).
 *
 * @param sentence index of its sentence
 * @param start code point offset in the article text
 * @param end code point offset after it
 * @param text the expression as written
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value ("2019-06", "2019-06-29TEV", "P1W", "PAST_REF", "XXXX-WXX-6" when
 *     it could not be anchored)
 * @param origin which finder produced it and whether a rule changed SUTime's reading
 */
public record TimeExpression(
    int sentence, int start, int end, String text, TimexType type, String value, Origin origin) {

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span: " + start + "-" + end);
    }
  }

  /** Where a time expression came from. */
  public enum Origin {
    /** SUTime's span, type and value, kept as they were. */
    SUTIME,
    /** SUTime's expression with its span, type or value changed by one of Parley's rules. */
    CORRECTED,
    /** Found by one of Parley's rules where SUTime found nothing ("the year-earlier quarter"). */
    RULE
  }
}
