package dev.parley.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a day, a month or only a year: "in March 2019" is {@code 2019-03} with
 * month precision, not the first of March.
 */
public record PartialDate(int year, int month, int day, Precision precision)
    implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    Objects.requireNonNull(precision, "precision");
    if (precision == Precision.DAY) {
      LocalDate.of(year, month, day); // validates
    } else if (precision == Precision.MONTH) {
      LocalDate.of(year, month, 1);
      day = 0;
    } else {
      month = 0;
      day = 0;
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /**
   * Reads the leading {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} of an ISO string (a
   * date-time is cut to its date). Empty when the string does not start with a valid date.
   */
  public static Optional<PartialDate> parse(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(iso.trim());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return Optional.of(
            new PartialDate(
                y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Precision.DAY));
      }
      if (m.group(2) != null) {
        return Optional.of(new PartialDate(y, Integer.parseInt(m.group(2)), 0, Precision.MONTH));
      }
      return Optional.of(new PartialDate(y, 0, 0, Precision.YEAR));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The first day this date can mean, for range comparisons. */
  public LocalDate start() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date can mean. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> start();
      case MONTH -> start().withDayOfMonth(start().lengthOfMonth());
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** The middle day of the period: the best single-day guess for a month or a year. */
  public LocalDate middle() {
    LocalDate a = start();
    return a.plusDays(java.time.temporal.ChronoUnit.DAYS.between(a, end()) / 2);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
    };
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  /** How much of a date is known. Words as written in the JSONL contract. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
