package dev.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry into ISO 8601: RSS {@code pubDate} (RFC 822, "Mon, 01 Jul 2019
 * 10:00:00 GMT", with the named US zones RFC 822 allows) and Atom or Dublin Core dates (RFC 3339,
 * or a bare date). The offset is kept as given: the local date is the one the outlet published on.
 */
public final class FeedDates {
  private static final Pattern RFC822 =
      Pattern.compile(
          "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2}|\\d{4})\\s+"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$");

  private FeedDates() {}

  /** An RSS pubDate as ISO date-time; empty when it cannot be read. */
  public static Optional<String> rfc822(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = RFC822.matcher(text.strip().replaceAll("\\s+", " "));
    if (!m.matches()) {
      return rfc3339(text); // some feeds put ISO dates in pubDate
    }
    java.util.OptionalInt month = Months.of(m.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 822 two-digit years, as RFC 2822 reads them
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              year,
              month.getAsInt(),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = offset(m.group(7), local);
      if (offset == null) {
        return Optional.of(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      }
      return Optional.of(
          OffsetDateTime.of(local, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An Atom, RFC 3339 or Dublin Core date as ISO; empty when it cannot be read. */
  public static Optional<String> rfc3339(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not a full date-time; a bare date or a local date-time is still a date
    }
    try {
      return Optional.of(LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(s).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The offset of an RFC 822 zone; null when absent or unknown (the time is then local). */
  private static ZoneOffset offset(String zone, LocalDateTime local) {
    return zone == null ? null : Zones.inFeed(zone, local).orElse(null);
  }
}
