package dev.parley.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which quotes {@link Store#quotes} returns. Every field may be null (no condition).
 *
 * @param speaker prefix of the speaker's actor code ({@code USA} matches {@code USAGOV});
 *     upper-cased; quotes with no resolved speaker never match it
 * @param from first day, inclusive: a quote matches when its article's publication date (a day, a
 *     month or a year) overlaps {@code [from, to]}; quotes of undated articles never match a date
 *     condition
 * @param to last day, inclusive
 */
public record QuoteFilter(String speaker, LocalDate from, LocalDate to) {

  /** No condition: every quote. */
  public static final QuoteFilter ALL = new QuoteFilter(null, null, null);

  public QuoteFilter {
    if (speaker != null) {
      speaker = speaker.strip();
      if (speaker.isEmpty()) {
        throw new IllegalArgumentException("quote filter: speaker must not be blank");
      }
      speaker = speaker.toUpperCase(Locale.ROOT);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("quote filter: from " + from + " is after to " + to);
    }
  }
}
